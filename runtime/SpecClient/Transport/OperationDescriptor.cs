using System;
using System.Collections.Generic;

namespace SpecClient;

/// <summary>
/// What the generator knows about one operation: its name, product, version, style, required parameters
/// and the sample responses of its doc page. Generated clients use it to build requests; the emulator in
/// SpecClient.Testing uses it to check requests and answer them.
/// </summary>
public sealed class OperationDescriptor
{
    /// <summary>Creates a descriptor. Generated code calls this; users rarely need to.</summary>
    public OperationDescriptor(
        string product,
        string version,
        string action,
        ApiStyle style,
        string httpMethod,
        string path,
        IReadOnlyList<string> requiredParameters,
        string? sampleResponseJson,
        string? sampleResponseXml,
        bool isReadOnly)
        : this(product, version, action, style, httpMethod, path, requiredParameters, sampleResponseJson, sampleResponseXml, isReadOnly, hostParameter: null)
    {
    }

    /// <summary>Creates a descriptor of an operation with a parameter in the host name (SLS's project). Generated code calls this.</summary>
    public OperationDescriptor(
        string product,
        string version,
        string action,
        ApiStyle style,
        string httpMethod,
        string path,
        IReadOnlyList<string> requiredParameters,
        string? sampleResponseJson,
        string? sampleResponseXml,
        bool isReadOnly,
        string? hostParameter)
    {
        HostParameter = hostParameter;
        Product = product ?? throw new ArgumentNullException(nameof(product));
        Version = version ?? throw new ArgumentNullException(nameof(version));
        Action = action ?? throw new ArgumentNullException(nameof(action));
        Style = style;
        HttpMethod = httpMethod ?? throw new ArgumentNullException(nameof(httpMethod));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        RequiredParameters = requiredParameters ?? Array.Empty<string>();
        SampleResponseJson = sampleResponseJson;
        SampleResponseXml = sampleResponseXml;
        IsReadOnly = isReadOnly;
    }

    /// <summary>The product code, for example <c>Domain</c>.</summary>
    public string Product { get; }

    /// <summary>The API version, for example <c>2018-01-29</c>.</summary>
    public string Version { get; }

    /// <summary>The operation name (the RPC <c>Action</c>), for example <c>ResendEmailVerification</c>.</summary>
    public string Action { get; }

    /// <summary>RPC or ROA.</summary>
    public ApiStyle Style { get; }

    /// <summary>The HTTP method the operation is sent with.</summary>
    public string HttpMethod { get; }

    /// <summary>The request path: <c>/</c> for RPC, the resource path pattern for ROA.</summary>
    public string Path { get; }

    /// <summary>The wire names of the parameters the doc page marks as required.</summary>
    public IReadOnlyList<string> RequiredParameters { get; }

    /// <summary>The doc page's sample success response in JSON, if it has one.</summary>
    public string? SampleResponseJson { get; }

    /// <summary>The doc page's sample success response in XML, if it has one.</summary>
    public string? SampleResponseXml { get; }

    /// <summary>True for operations that only read (Describe, List, Query, Get, Check ...): safe to send twice.</summary>
    public bool IsReadOnly { get; }

    /// <summary>
    /// The wire name of the parameter that travels as the first label of the host name
    /// (<see cref="ParameterLocation.Host"/>: SLS's <c>project</c>), or null.
    /// </summary>
    public string? HostParameter { get; }

    /// <inheritdoc />
    public override string ToString() => Product + "/" + Version + "/" + Action;
}

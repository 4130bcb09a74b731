using System;
using System.Collections.Generic;
using SpecClient.Signing;

namespace SpecClient.Testing;

/// <summary>
/// One request the emulator received and how it answered, so tests can assert what a client sent.
/// </summary>
public sealed class EmulatedRequest
{
    internal EmulatedRequest(
        string requestId,
        DateTimeOffset receivedAt,
        string httpMethod,
        string? action,
        string? version,
        string? product,
        SignatureVersion? signatureVersion,
        string? accessKeyId,
        IReadOnlyList<KeyValuePair<string, string>> parameters,
        int statusCode,
        string? errorCode,
        byte[] body,
        string? contentType)
    {
        RequestId = requestId;
        ReceivedAt = receivedAt;
        HttpMethod = httpMethod;
        Action = action;
        Version = version;
        Product = product;
        SignatureVersion = signatureVersion;
        AccessKeyId = accessKeyId;
        Parameters = parameters;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Body = body;
        ContentType = contentType;
    }

    /// <summary>The request ID the emulator answered with (the <c>x-acs-request-id</c> header).</summary>
    public string RequestId { get; }

    /// <summary>When the request arrived, by the emulator's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The HTTP method, for example <c>POST</c>.</summary>
    public string HttpMethod { get; }

    /// <summary>The action asked for (<c>Action</c> parameter or <c>x-acs-action</c> header), or null if none was sent.</summary>
    public string? Action { get; }

    /// <summary>The API version asked for (<c>Version</c> parameter or <c>x-acs-version</c> header), or null.</summary>
    public string? Version { get; }

    /// <summary>The product of the operation the action resolved to, or null when it resolved to none.</summary>
    public string? Product { get; }

    /// <summary>
    /// The signature scheme the request used: V3 when it carried an <c>Authorization</c> header, V1 otherwise,
    /// null when its <c>Authorization</c> header named an unknown algorithm.
    /// </summary>
    public SignatureVersion? SignatureVersion { get; }

    /// <summary>The AccessKey ID the request was signed with, or null if it named none.</summary>
    public string? AccessKeyId { get; }

    /// <summary>
    /// The parameters received in the query string and the form body, in that order, decoded; for a ROA
    /// operation also its path values and the top-level scalar fields of its JSON body, after those. A
    /// <c>SecurityToken</c> value is replaced by <c>***</c>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>
    /// The request body as received (empty when there was none), for bodies the parameters do not show: bytes
    /// such as SLS's protocol-buffers log groups, or a whole JSON document.
    /// </summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The request's <c>Content-Type</c>, or null when it sent none.</summary>
    public string? ContentType { get; }

    /// <summary>The HTTP status the emulator answered.</summary>
    public int StatusCode { get; }

    /// <summary>The error <c>Code</c> the emulator answered, or null for a success.</summary>
    public string? ErrorCode { get; }

    /// <summary>Returns the first value of parameter <paramref name="name"/> (case-sensitive), or null.</summary>
    public string? GetParameter(string name)
    {
        foreach (var pair in Parameters)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() =>
        HttpMethod + " " + (Action ?? "(no action)") + " " + (SignatureVersion?.ToString() ?? "?") + " -> " + StatusCode + (ErrorCode is null ? string.Empty : " " + ErrorCode);
}

using System;
using System.Collections.Generic;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>
/// Reads one <c>apis.&lt;Name&gt;</c> entry into an <see cref="Operation"/> shaped like the one
/// <see cref="MarkdownSpecReader"/> reads from the operation's doc page, so the emitters treat both alike.
/// </summary>
internal sealed class MetadataOperationReader
{
    private static readonly string[] ReadOnlyPrefixes = { "Describe", "List", "Query", "Get", "Check" };

    private readonly MetadataContext _context;
    private readonly ProductFacts _product;

    public MetadataOperationReader(MetadataContext context, ProductFacts product)
    {
        _context = context;
        _product = product;
    }

    public Operation Read(JsonProperty entry, string sourcePath)
    {
        string name = entry.Name;
        var api = (JsonObject)entry.Value;
        string pascal = Identifier.Pascal(name);
        bool roa = _product.Style == ApiStyleKind.Roa;

        EquatableArray<RequestParameter> parameters = new MetadataRequestBuilder(_context, rpc: !roa).Build(api.GetArray("parameters"), pascal + "Request");
        EquatableArray<ResponseField> response = WithRequestId(Response(api, pascal + "Response"), _context.At(entry));
        (string? json, string? xml) = ResponseDemo.Read(api, _context);

        return new Operation(
            sourcePath,
            name,
            _product.Product,
            _product.Version,
            _product.Endpoint,
            _product.Namespace,
            _product.ClientName,
            _product.Style,
            HttpMethod(api, roa),
            roa ? api.GetString("path") is { Length: > 0 } path ? path : "/" : "/",
            Summary(api),
            parameters,
            response,
            MetadataErrorCodes.Read(api),
            json,
            xml,
            IsReadOnly(api, name),
            _context.At(entry),
            _product.RegionEndpoints);
    }

    private EquatableArray<ResponseField> Response(JsonObject api, string className)
    {
        JsonObject? responses = api.GetObject("responses");
        JsonProperty? success = null;
        foreach (JsonProperty status in responses?.Properties ?? Array.Empty<JsonProperty>())
        {
            if (status.Name == "200" || (success is null && status.Name.Length == 3 && status.Name[0] == '2'))
            {
                success = status;
            }
        }

        // No schema: the body is empty (SLS answers many writes with headers only).
        if (success?.Value is not JsonObject answer)
        {
            return EquatableArray<ResponseField>.Empty;
        }

        var builder = new MetadataResponseBuilder(_context);
        EquatableArray<ResponseField> body = answer.GetObject("schema") is { } schema ? builder.Build(schema, className, success) : EquatableArray<ResponseField>.Empty;
        return answer.GetObject("headers") is { } headers ? builder.AddHeaders(body, headers, className) : body;
    }

    // RPC: POST where allowed (no URL length limit), else the first. ROA: the first, which the path is for.
    private static string HttpMethod(JsonObject api, bool roa)
    {
        var methods = new List<string>();
        foreach (JsonValue method in api.GetArray("methods")?.Items ?? Array.Empty<JsonValue>())
        {
            if (method.AsString is { Length: > 0 } text)
            {
                methods.Add(text.Trim().ToUpperInvariant());
            }
        }

        if (methods.Count == 0)
        {
            return roa ? "GET" : "POST";
        }

        return !roa && methods.Contains("POST") ? "POST" : methods[0];
    }

    private static string Summary(JsonObject api)
    {
        string summary = DocText.OneLine(api.GetString("summary") ?? string.Empty).Trim();
        if (summary.Length == 0)
        {
            summary = DocText.OneLine(api.GetString("title") ?? string.Empty).Trim();
        }

        summary = Schema.Printable(summary);

        // Deprecated operations are still generated: existing callers need them until they are switched off.
        if (api.GetBoolean("deprecated") == true)
        {
            summary = summary.Length == 0 ? "Deprecated." : "Deprecated. " + summary;
        }

        return summary;
    }

    private static bool IsReadOnly(JsonObject api, string name)
    {
        switch (api.GetString("operationType"))
        {
            case "read":
                return true;
            case "write":
            case "readAndWrite":
                return false;
        }

        // No operationType: the doc pages' rule, by name.
        foreach (string prefix in ReadOnlyPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length && char.IsUpper(name[prefix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    // Every Alibaba Cloud response carries a request id (SLS in a header), as MarkdownSpecReader assumes too.
    private static EquatableArray<ResponseField> WithRequestId(EquatableArray<ResponseField> fields, LocationInfo location)
    {
        foreach (ResponseField field in fields)
        {
            if (field.IsRequestId)
            {
                return fields;
            }
        }

        var all = new List<ResponseField>(fields.Items)
        {
            new("RequestId", "RequestId", ValueShape.Scalar, ScalarKind.String, new DocComment("The ID of the request.", null, null), null, null, EquatableArray<ResponseField>.Empty, location),
        };
        return all.ToEquatableArray();
    }
}

using System;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// A ROA request whose syntax sends bytes, not JSON: <c>Content-Type: application/x-protobuf</c> (SLS's
/// <c>PutLogs</c>, whose log group is protocol buffers) or <c>application/octet-stream</c>. The docs describe
/// such a body in prose and schema pages, never as parameter rows, so the request gets one required
/// <c>body</c> parameter of bytes, sent with that content type.
/// </summary>
internal static class BinaryBody
{
    public const string Protobuf = "application/x-protobuf";
    /// <summary>Bytes of no named type; also what a bytes parameter without a media type is sent as.</summary>
    public const string OctetStream = "application/octet-stream";

    /// <summary>
    /// <paramref name="parameters"/> with the bytes parameter added, when the request syntax sends bytes with a
    /// method that carries a body, and no parameter is the body yet. (SLS pages show
    /// <c>Content-Type: application/x-protobuf</c> on GET and DELETE requests too, with an empty body: the
    /// header its Java SDK sends on every request.)
    /// </summary>
    public static EquatableArray<RequestParameter> Add(EquatableArray<RequestParameter> parameters, string method, string? contentType, bool sls, LocationInfo at)
    {
        string? mediaType = MediaType(contentType);
        if (mediaType is null || method is not ("POST" or "PUT" or "PATCH"))
        {
            return parameters;
        }

        foreach (RequestParameter p in parameters)
        {
            if (p.Position == ParameterPosition.Body)
            {
                return parameters;
            }
        }

        string text = "The request body: the bytes sent as " + mediaType + "."
            + (sls && mediaType == Protobuf ? " SpecClient.Sls.LogGroup.ToProtobuf() writes a log group in this form." : string.Empty);
        var body = new RequestParameter(
            RequestBodySection.WholeBodyName,
            "Body",
            ValueShape.Scalar,
            ScalarKind.Binary,
            IsRequired: true,
            new DocComment(text, null, null),
            ItemTypeName: null,
            EquatableArray<RequestParameter>.Empty,
            at,
            ParameterPosition.Body,
            MediaType: mediaType);
        return new EquatableArray<RequestParameter>(parameters.Items.Add(body));
    }

    /// <summary>
    /// <c>application/x-protobuf</c>, <c>application/octet-stream; charset=...</c> → the media type; anything else (JSON,
    /// a placeholder) → null. Also what a request syntax's <c>Accept</c> asks for (<see cref="BinaryResponse"/>).
    /// </summary>
    public static string? MediaType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        int semicolon = contentType.IndexOf(';');
        string type = (semicolon < 0 ? contentType : contentType.Substring(0, semicolon)).Trim();
        return string.Equals(type, Protobuf, StringComparison.OrdinalIgnoreCase) ? Protobuf
            : string.Equals(type, OctetStream, StringComparison.OrdinalIgnoreCase) ? OctetStream
            : null;
    }
}

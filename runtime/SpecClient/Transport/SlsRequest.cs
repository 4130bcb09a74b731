using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using SpecClient.Serialization;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// Builds a Simple Log Service request: the project (a <see cref="ParameterLocation.Host"/> parameter) as the
/// first label of the host, the headers SLS's own SDKs send (<c>Date</c>, <c>x-log-apiversion</c>,
/// <c>x-log-signaturemethod</c>, <c>x-log-bodyrawsize</c>, and <c>Content-MD5</c> / <c>Content-Type</c> for a body),
/// signed with the <c>LOG</c> signature (<see cref="SlsSignature"/>). A body of bytes (<c>PutLogs</c>' log group)
/// is compressed with zlib (<c>x-log-compresstype: deflate</c>), as SLS's SDKs compress it: log text shrinks
/// several times, and SLS bills the traffic. <c>x-log-bodyrawsize</c> is then the uncompressed size.
/// </summary>
internal static class SlsRequest
{
    /// <summary>The body's content type, as SLS's SDKs send it; signed, so it is sent exactly as written here.</summary>
    public const string JsonContentType = "application/json";

    private const string LoadBalancePath = "/shards/lb";
    private const string RoutePath = "/shards/route";
    private const string HashKeyParameter = "key";

    /// <summary>The request to <paramref name="endpoint"/>, which already carries the project label when there is one.</summary>
    public static HttpRequestMessage Create(ApiRequest request, AccessKeyCredential credential, ResolvedEndpoint endpoint, DateTimeOffset now)
    {
        OperationDescriptor operation = request.Operation;
        string path = HashedWrite(RoaPath.Encoded(endpoint, operation, request.PathValues), request.Parameters);
        byte[]? raw = request.BodyBytes();
        bool compressed = raw is not null && request.BodyContentType is not null;
        byte[]? body = compressed ? Zlib.Compress(raw!) : raw;
        string date = now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
        string? contentMd5 = body is null ? null : SlsSignature.ContentMd5(body);
        string? contentType = body is null ? null : request.BodyContentType ?? JsonContentType;

        IReadOnlyList<KeyValuePair<string, string>> operationHeaders = request.Headers;
        var headers = new List<KeyValuePair<string, string>>(9 + operationHeaders.Count)
        {
            Pair("host", endpoint.HostHeader),
            Pair("date", date),
            Pair("x-log-apiversion", SlsSignature.ApiVersion),
            Pair("x-log-signaturemethod", SlsSignature.SignatureMethod),
            Pair(SlsCompression.RawSizeHeader, (raw?.Length ?? 0).ToString(CultureInfo.InvariantCulture)),
        };
        if (compressed)
        {
            headers.Add(Pair(SlsCompression.CompressTypeHeader, SlsCompression.Deflate));
        }

        RoaRequest.AddClosingHeaders(headers, credential, contentMd5, contentType, operationHeaders);

        string stringToSign = SlsSignature.StringToSign(
            operation.HttpMethod,
            contentMd5,
            contentType,
            date,
            SlsSignature.CanonicalizedHeaders(headers),
            SlsSignature.CanonicalizedResource(path, request.Parameters));
        string signature = SlsSignature.Sign(stringToSign, credential.AccessKeySecret);
        HttpRequestMessage message = RoaRequest.Message(endpoint, operation.HttpMethod, path, Acs3SignatureV3.CanonicalQuery(request.Parameters), headers, body);
        message.Headers.TryAddWithoutValidation("Authorization", SlsSignature.Authorization(credential.AccessKeyId, signature));
        return message;
    }

    // PutLogs' KeyHash mode: a write to /shards/lb that carries a hash key (the generated HashKey, wire name "key") goes
    // to /shards/route?key=..., as SLS's SDKs send it; the key stays in the query, signed with the resource.
    private static string HashedWrite(string path, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        if (!path.EndsWith(LoadBalancePath, StringComparison.Ordinal))
        {
            return path;
        }

        foreach (KeyValuePair<string, string> parameter in parameters)
        {
            if (parameter.Key == HashKeyParameter)
            {
                return path.Substring(0, path.Length - LoadBalancePath.Length) + RoutePath;
            }
        }

        return path;
    }

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
}

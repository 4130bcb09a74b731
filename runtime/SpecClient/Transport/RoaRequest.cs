using System;
using System.Collections.Generic;
using System.Net.Http;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// Builds a ROA request signed with V3 (ACS3-HMAC-SHA256): the operation's method, its path with the path values
/// filled in (the canonical URI, sent as signed), the query parameters in canonical order, the operation's headers,
/// and the JSON body, whose SHA-256 is both <c>x-acs-content-sha256</c> and the signed payload hash.
/// </summary>
internal static class RoaRequest
{
    /// <summary>The body's content type; signed, so it is sent exactly as written here.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    public static HttpRequestMessage Create(ApiRequest request, AccessKeyCredential credential, ResolvedEndpoint endpoint, string timestamp, string nonce)
    {
        OperationDescriptor operation = request.Operation;
        string path = RoaPath.Encoded(endpoint, operation, request.PathValues);
        string canonicalQuery = Acs3SignatureV3.CanonicalQuery(request.Parameters);
        byte[]? body = request.BodyBytes();
        string hashedPayload = body is null ? Acs3SignatureV3.EmptyPayloadHash : Acs3SignatureV3.HashPayload(body);

        IReadOnlyList<KeyValuePair<string, string>> operationHeaders = request.Headers;
        var headers = new List<KeyValuePair<string, string>>(8 + operationHeaders.Count)
        {
            Pair("host", endpoint.HostHeader),
            Pair("x-acs-action", operation.Action),
            Pair("x-acs-version", operation.Version),
            Pair("x-acs-date", timestamp),
            Pair("x-acs-signature-nonce", nonce),
            Pair("x-acs-content-sha256", hashedPayload),
        };
        // The operation's own headers: signed when they are x-acs-* (Acs3SignatureV3 decides), sent either way.
        AddClosingHeaders(headers, credential, contentMd5: null, body is null ? null : request.BodyContentType ?? JsonContentType, operationHeaders);

        string authorization = Acs3SignatureV3.SignedAuthorization(operation.HttpMethod, path, canonicalQuery.AsSpan(), headers, hashedPayload, credential);
        HttpRequestMessage message = Message(endpoint, operation.HttpMethod, path, canonicalQuery, headers, body);
        message.Headers.TryAddWithoutValidation("Authorization", authorization);
        return message;
    }

    /// <summary>
    /// The headers every ROA form (V3, V1, SLS) ends with: the STS token, the body's <c>content-md5</c> and
    /// <c>content-type</c> when given, then the operation's own headers.
    /// </summary>
    internal static void AddClosingHeaders(
        List<KeyValuePair<string, string>> headers,
        AccessKeyCredential credential,
        string? contentMd5,
        string? contentType,
        IReadOnlyList<KeyValuePair<string, string>> operationHeaders)
    {
        if (credential.SecurityToken is { } token)
        {
            headers.Add(Pair("x-acs-security-token", token));
        }

        if (contentMd5 is not null)
        {
            headers.Add(Pair("content-md5", contentMd5));
        }

        if (contentType is not null)
        {
            headers.Add(Pair("content-type", contentType));
        }

        for (int i = 0; i < operationHeaders.Count; i++)
        {
            headers.Add(operationHeaders[i]);
        }
    }

    /// <summary>
    /// The message both ROA signature versions send: <paramref name="headers"/> as given (host through
    /// <c>Headers.Host</c>, <c>content-type</c> on the content), and the body.
    /// </summary>
    internal static HttpRequestMessage Message(ResolvedEndpoint endpoint, string method, string encodedPath, string query, List<KeyValuePair<string, string>> headers, byte[]? body)
    {
        string authority = endpoint.BaseUri.GetLeftPart(UriPartial.Authority);
        var uri = new Uri(authority + encodedPath + (query.Length == 0 ? string.Empty : "?" + query), UriKind.Absolute);
        var message = new HttpRequestMessage(new HttpMethod(method), uri);
        if (body is not null)
        {
            message.Content = new ByteArrayContent(body);
        }

        message.Headers.Host = endpoint.HostHeader;
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (string.Equals(header.Key, "host", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (IsContentHeader(header.Key))
            {
                message.Content ??= new ByteArrayContent(Array.Empty<byte>());
                message.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return message;
    }

    private static bool IsContentHeader(string name) =>
        string.Equals(name, "content-type", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "content-md5", StringComparison.OrdinalIgnoreCase);

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
}

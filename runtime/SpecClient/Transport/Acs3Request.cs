using System;
using System.Collections.Generic;
using System.Net.Http;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// Builds an RPC request signed with V3 (ACS3-HMAC-SHA256): a POST to the endpoint's path with the API
/// parameters in the query string (in canonical order, so the sent query is the signed one), an empty body,
/// the <c>x-acs-*</c> headers and the <c>Authorization</c> header. <c>Format=XML</c>, when asked for, is one more
/// (signed) query parameter; JSON, the service's default, is not sent.
/// </summary>
internal static class Acs3Request
{
    private const string Method = "POST";

    // Enough for a typical request's query without growing the pooled buffer.
    private const int QueryCapacity = 256;

    public static HttpRequestMessage Create(ApiRequest request, AccessKeyCredential credential, ResolvedEndpoint endpoint, string timestamp, string nonce, string? format)
    {
        OperationDescriptor operation = request.Operation;
        // Signed and sent as it is, so it is never made a string of its own.
        using var canonicalQuery = new SigningBuffer(QueryCapacity);
        EncodedPair.Write(format is null ? request.Parameters : WithFormat(request.Parameters, format), "query", canonicalQuery);

        // In canonical order (names lower-case and sorted), which lets the signing skip its copy and sort.
        var headers = new List<KeyValuePair<string, string>>(7)
        {
            Pair("host", endpoint.HostHeader),
            Pair("x-acs-action", operation.Action),
            Pair("x-acs-content-sha256", Acs3SignatureV3.EmptyPayloadHash),
            Pair("x-acs-date", timestamp),
        };
        if (credential.SecurityToken is { } token)
        {
            headers.Add(Pair("x-acs-security-token", token));
        }

        headers.Add(Pair("x-acs-signature-nonce", nonce));
        headers.Add(Pair("x-acs-version", operation.Version));

        // The public steps (CanonicalHeaders, CanonicalRequest, StringToSign, Signature, Authorization) in one go,
        // without their intermediate strings.
        string authorization = Acs3SignatureV3.SignedAuthorization(
            Method,
            endpoint.CanonicalUri,
            canonicalQuery.AsSpan(),
            headers,
            Acs3SignatureV3.EmptyPayloadHash,
            credential);

        var message = new HttpRequestMessage(HttpMethod.Post, endpoint.WithQuery(canonicalQuery.AsSpan()));
        message.Headers.Host = endpoint.HostHeader;
        // headers[0] is host, which HttpRequestHeaders.Host carries.
        for (int i = 1; i < headers.Count; i++)
        {
            message.Headers.TryAddWithoutValidation(headers[i].Key, headers[i].Value);
        }

        message.Headers.TryAddWithoutValidation("Authorization", authorization);
        return message;
    }

    private static List<KeyValuePair<string, string>> WithFormat(IReadOnlyList<KeyValuePair<string, string>> parameters, string format)
    {
        var all = new List<KeyValuePair<string, string>>(parameters.Count + 1);
        for (int i = 0; i < parameters.Count; i++)
        {
            all.Add(parameters[i]);
        }

        all.Add(Pair("Format", format));
        return all;
    }

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
}

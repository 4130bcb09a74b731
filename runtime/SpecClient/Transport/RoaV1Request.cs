using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// Builds a ROA request signed with V1 (<c>Authorization: acs AccessKeyId:Signature</c>), with the headers the
/// official SDKs send: <c>Date</c>, <c>Accept</c>, <c>Content-MD5</c> and <c>Content-Type</c> for a body, and the
/// <c>x-acs-*</c> headers (signature method, version and nonce, API version, action, security token).
/// </summary>
internal static class RoaV1Request
{
    public static HttpRequestMessage Create(ApiRequest request, AccessKeyCredential credential, ResolvedEndpoint endpoint, DateTimeOffset now, string nonce, string accept)
    {
        OperationDescriptor operation = request.Operation;
        string path = RoaPath.Encoded(endpoint, operation, request.PathValues);
        byte[]? body = request.BodyBytes();
        string date = now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
        string? contentMd5 = body is null ? null : RoaSignatureV1.ContentMd5(body);
        string? contentType = body is null ? null : request.BodyContentType ?? RoaRequest.JsonContentType;

        IReadOnlyList<KeyValuePair<string, string>> operationHeaders = request.Headers;
        var headers = new List<KeyValuePair<string, string>>(12 + operationHeaders.Count)
        {
            Pair("host", endpoint.HostHeader),
            Pair("date", date),
            Pair("accept", accept),
            Pair("x-acs-signature-method", RoaSignatureV1.SignatureMethod),
            Pair("x-acs-signature-version", RoaSignatureV1.SignatureVersion),
            Pair("x-acs-signature-nonce", nonce),
            Pair("x-acs-version", operation.Version),
            Pair("x-acs-action", operation.Action),
        };
        RoaRequest.AddClosingHeaders(headers, credential, contentMd5, contentType, operationHeaders);

        string stringToSign = RoaSignatureV1.StringToSign(
            operation.HttpMethod,
            accept,
            contentMd5,
            contentType,
            date,
            RoaSignatureV1.CanonicalizedHeaders(headers),
            RoaSignatureV1.CanonicalizedResource(path, request.Parameters));
        string signature = RoaSignatureV1.Sign(stringToSign, credential.AccessKeySecret);
        HttpRequestMessage message = RoaRequest.Message(endpoint, operation.HttpMethod, path, Acs3SignatureV3.CanonicalQuery(request.Parameters), headers, body);
        message.Headers.TryAddWithoutValidation("Authorization", RoaSignatureV1.Authorization(credential.AccessKeyId, signature));
        return message;
    }

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
}

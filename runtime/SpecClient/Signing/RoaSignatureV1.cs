using System;
using System.Collections.Generic;

namespace SpecClient.Signing;

/// <summary>
/// Signature V1 of ROA-style APIs (HMAC-SHA1, <c>Authorization: acs AccessKeyId:Signature</c>), step by step,
/// as the official SDKs compute it (aliyun-net-sdk-core's RoaSignatureComposer, AlibabaCloud.OpenApiUtil's
/// GetStringToSign). Each step is public so that a <c>SignatureDoesNotMatch</c> can be compared with the
/// service's string to sign.
/// </summary>
/// <example>
/// <code>
/// string stringToSign = RoaSignatureV1.StringToSign("POST", accept, contentMd5, contentType, date,
///     RoaSignatureV1.CanonicalizedHeaders(headers), RoaSignatureV1.CanonicalizedResource(encodedPath, query));
/// string authorization = RoaSignatureV1.Authorization(accessKeyId, RoaSignatureV1.Sign(stringToSign, accessKeySecret));
/// </code>
/// </example>
public static class RoaSignatureV1
{
    /// <summary>The value of the <c>x-acs-signature-method</c> header.</summary>
    public const string SignatureMethod = "HMAC-SHA1";

    /// <summary>The value of the <c>x-acs-signature-version</c> header.</summary>
    public const string SignatureVersion = "1.0";

    /// <summary>
    /// The <c>x-acs-*</c> headers (names compared case-insensitively), as <c>name:value\n</c> lines with the
    /// name lower-cased and the value trimmed, sorted by name (ordinal). Every other header is left out.
    /// </summary>
    /// <param name="headers">Every header of the request.</param>
    /// <returns>The canonicalized headers; empty when there is no <c>x-acs-*</c> header.</returns>
    public static string CanonicalizedHeaders(IEnumerable<KeyValuePair<string, string>> headers) =>
        CanonicalizedParts.Headers(headers, "x-acs-", null);

    /// <summary>
    /// The path as sent (percent-encoded), then, when there are query parameters, <c>?</c> and the parameters
    /// sorted by name (ordinal) as raw <c>name=value</c>, or just <c>name</c> for an empty value, joined with <c>&amp;</c>.
    /// </summary>
    /// <param name="encodedPath">The request path as sent, for example <c>/openapi/instances/es-1/nodes</c>.</param>
    /// <param name="query">The query parameters, raw (not encoded).</param>
    /// <returns>The canonicalized resource.</returns>
    public static string CanonicalizedResource(string encodedPath, IEnumerable<KeyValuePair<string, string>> query) =>
        CanonicalizedParts.Resource(encodedPath, query, keepEmptyEquals: false);

    /// <summary>
    /// <c>method\naccept\ncontent-md5\ncontent-type\ndate\n</c> followed by the canonicalized headers and resource;
    /// a missing header is an empty line.
    /// </summary>
    /// <param name="method">The HTTP method, verbatim.</param>
    /// <param name="accept">The <c>Accept</c> header, or null.</param>
    /// <param name="contentMd5">The <c>Content-MD5</c> header, or null.</param>
    /// <param name="contentType">The <c>Content-Type</c> header, or null.</param>
    /// <param name="date">The <c>Date</c> header.</param>
    /// <param name="canonicalizedHeaders">The result of <see cref="CanonicalizedHeaders"/>.</param>
    /// <param name="canonicalizedResource">The result of <see cref="CanonicalizedResource"/>.</param>
    /// <returns>The string to sign.</returns>
    public static string StringToSign(string method, string? accept, string? contentMd5, string? contentType, string date, string canonicalizedHeaders, string canonicalizedResource)
    {
        return (method ?? throw new ArgumentNullException(nameof(method))) + "\n"
            + accept + "\n"
            + contentMd5 + "\n"
            + contentType + "\n"
            + (date ?? throw new ArgumentNullException(nameof(date))) + "\n"
            + (canonicalizedHeaders ?? throw new ArgumentNullException(nameof(canonicalizedHeaders)))
            + (canonicalizedResource ?? throw new ArgumentNullException(nameof(canonicalizedResource)));
    }

    /// <summary>Base64 of HMAC-SHA1 over <paramref name="stringToSign"/>, keyed with the secret itself (no <c>&amp;</c>, unlike RPC V1).</summary>
    /// <param name="stringToSign">The result of <see cref="StringToSign"/>.</param>
    /// <param name="accessKeySecret">The AccessKey secret.</param>
    /// <returns>The signature.</returns>
    public static string Sign(string stringToSign, string accessKeySecret)
    {
        if (stringToSign is null)
        {
            throw new ArgumentNullException(nameof(stringToSign));
        }

        if (accessKeySecret is null)
        {
            throw new ArgumentNullException(nameof(accessKeySecret));
        }

        return Convert.ToBase64String(Hashing.HmacSha1(accessKeySecret, stringToSign));
    }

    /// <summary>The <c>Authorization</c> header value: <c>acs AccessKeyId:Signature</c>.</summary>
    /// <param name="accessKeyId">The AccessKey ID.</param>
    /// <param name="signature">The result of <see cref="Sign"/>.</param>
    /// <returns>The header value.</returns>
    public static string Authorization(string accessKeyId, string signature) =>
        "acs " + (accessKeyId ?? throw new ArgumentNullException(nameof(accessKeyId))) + ":" + (signature ?? throw new ArgumentNullException(nameof(signature)));

    /// <summary>Base64 of the MD5 of the body: the <c>Content-MD5</c> header of a request with a body.</summary>
    /// <param name="body">The body bytes.</param>
    /// <returns>The header value.</returns>
    public static string ContentMd5(byte[] body) =>
        Convert.ToBase64String(Hashing.Md5(body ?? throw new ArgumentNullException(nameof(body))));
}

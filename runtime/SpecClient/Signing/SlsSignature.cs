using System;
using System.Collections.Generic;

namespace SpecClient.Signing;

/// <summary>
/// The request signature of Simple Log Service (SLS), which signs neither like RPC nor like other ROA APIs:
/// <c>Authorization: LOG AccessKeyId:Signature</c>, HMAC-SHA1 over the method, <c>Content-MD5</c> (upper-case
/// hex, not Base64), <c>Content-Type</c>, <c>Date</c>, the <c>x-log-*</c> and <c>x-acs-*</c> headers and the
/// resource, as SLS's own SDKs compute it (aliyun-log-python-sdk, aliyun-log-java-sdk). Each step is public so
/// that a <c>SignatureNotMatch</c> can be compared with the service's string to sign.
/// </summary>
/// <example>
/// <code>
/// string stringToSign = SlsSignature.StringToSign("POST", contentMd5, contentType, date,
///     SlsSignature.CanonicalizedHeaders(headers), SlsSignature.CanonicalizedResource("/logstores", query));
/// string authorization = SlsSignature.Authorization(accessKeyId, SlsSignature.Sign(stringToSign, accessKeySecret));
/// </code>
/// </example>
public static class SlsSignature
{
    /// <summary>The value of the <c>x-log-apiversion</c> header: the version of SLS's wire protocol.</summary>
    public const string ApiVersion = "0.6.0";

    /// <summary>The value of the <c>x-log-signaturemethod</c> header.</summary>
    public const string SignatureMethod = "hmac-sha1";

    /// <summary>
    /// The <c>x-log-*</c> and <c>x-acs-*</c> headers (names compared case-insensitively), as <c>name:value\n</c>
    /// lines with the name lower-cased and the value trimmed, sorted by name (ordinal). Every other header is left out.
    /// </summary>
    /// <param name="headers">Every header of the request.</param>
    /// <returns>The canonicalized headers; empty when there is no such header.</returns>
    public static string CanonicalizedHeaders(IEnumerable<KeyValuePair<string, string>> headers) =>
        CanonicalizedParts.Headers(headers, "x-log-", "x-acs-");

    /// <summary>
    /// The path as sent, then, when there are query parameters, <c>?</c> and every parameter as raw
    /// <c>name=value</c> (an empty value keeps its <c>=</c>, unlike ROA V1), sorted by name (ordinal), joined with <c>&amp;</c>.
    /// </summary>
    /// <param name="encodedPath">The request path as sent, for example <c>/logstores/app-log</c>.</param>
    /// <param name="query">The query parameters, raw (not encoded).</param>
    /// <returns>The canonicalized resource.</returns>
    public static string CanonicalizedResource(string encodedPath, IEnumerable<KeyValuePair<string, string>> query) =>
        CanonicalizedParts.Resource(encodedPath, query, keepEmptyEquals: true);

    /// <summary>
    /// <c>method\ncontent-md5\ncontent-type\ndate\n</c> followed by the canonicalized headers and resource; a
    /// missing header is an empty line.
    /// </summary>
    /// <param name="method">The HTTP method, verbatim.</param>
    /// <param name="contentMd5">The <c>Content-MD5</c> header, or null.</param>
    /// <param name="contentType">The <c>Content-Type</c> header, or null.</param>
    /// <param name="date">The <c>Date</c> header.</param>
    /// <param name="canonicalizedHeaders">The result of <see cref="CanonicalizedHeaders"/>.</param>
    /// <param name="canonicalizedResource">The result of <see cref="CanonicalizedResource"/>.</param>
    /// <returns>The string to sign.</returns>
    public static string StringToSign(string method, string? contentMd5, string? contentType, string date, string canonicalizedHeaders, string canonicalizedResource)
    {
        return (method ?? throw new ArgumentNullException(nameof(method))) + "\n"
            + contentMd5 + "\n"
            + contentType + "\n"
            + (date ?? throw new ArgumentNullException(nameof(date))) + "\n"
            + (canonicalizedHeaders ?? throw new ArgumentNullException(nameof(canonicalizedHeaders)))
            + (canonicalizedResource ?? throw new ArgumentNullException(nameof(canonicalizedResource)));
    }

    /// <summary>Base64 of HMAC-SHA1 over <paramref name="stringToSign"/>, keyed with the secret itself: the same step as ROA V1's.</summary>
    /// <param name="stringToSign">The result of <see cref="StringToSign"/>.</param>
    /// <param name="accessKeySecret">The AccessKey secret.</param>
    /// <returns>The signature.</returns>
    public static string Sign(string stringToSign, string accessKeySecret) =>
        RoaSignatureV1.Sign(stringToSign, accessKeySecret);

    /// <summary>The <c>Authorization</c> header value: <c>LOG AccessKeyId:Signature</c>.</summary>
    /// <param name="accessKeyId">The AccessKey ID.</param>
    /// <param name="signature">The result of <see cref="Sign"/>.</param>
    /// <returns>The header value.</returns>
    public static string Authorization(string accessKeyId, string signature) =>
        "LOG " + (accessKeyId ?? throw new ArgumentNullException(nameof(accessKeyId))) + ":" + (signature ?? throw new ArgumentNullException(nameof(signature)));

    /// <summary>The MD5 of the body in upper-case hex: SLS's <c>Content-MD5</c> header (other APIs use Base64).</summary>
    /// <param name="body">The body bytes.</param>
    /// <returns>The header value.</returns>
    public static string ContentMd5(byte[] body) =>
        Hashing.LowerHex(Hashing.Md5(body ?? throw new ArgumentNullException(nameof(body)))).ToUpperInvariant();
}

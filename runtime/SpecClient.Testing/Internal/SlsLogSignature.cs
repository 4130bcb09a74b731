using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;

namespace SpecClient.Testing.Internal;

/// <summary>
/// Server side of Simple Log Service's <c>LOG</c> signature, written from SLS's own SDKs' algorithm
/// (aliyun-log-python-sdk, aliyun-log-java-sdk), independently of the runtime's client-side code:
/// <code>
/// METHOD \n Content-MD5 \n Content-Type \n Date \n
/// x-acs-name:value\n x-log-name:value\n ... (lower-case names, sorted)  path[?name=value&amp;name=value ...] (raw values, sorted by name)
/// </code>
/// signed with HMAC-SHA1 keyed with the secret and written in Base64; <c>Content-MD5</c> is upper-case hex.
/// </summary>
internal static class SlsLogSignature
{
    public const string Scheme = "LOG ";

    public static string StringToSign(
        string method,
        Func<string, string?> header,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers,
        string rawPath,
        IEnumerable<KeyValuePair<string, string>> query) =>
        RoaV1Signature.StringToSign(method, header, headers, rawPath, query, new[] { "Content-MD5", "Content-Type", "Date" }, new[] { "x-log-", "x-acs-" }, keepEmptyEquals: true);

    public static string ContentMd5(byte[] body)
    {
        using var md5 = MD5.Create();
        return string.Concat(md5.ComputeHash(body).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace SpecClient.Testing.Internal;

/// <summary>
/// Server side of ROA signature V1 (<c>Authorization: acs AccessKeyId:Signature</c>), written from the algorithm
/// of the official SDKs (aliyun-net-sdk-core RoaSignatureComposer, AlibabaCloud.OpenApiUtil GetStringToSign),
/// independently of the runtime's client-side code:
/// <code>
/// METHOD \n Accept \n Content-MD5 \n Content-Type \n Date \n
/// x-acs-name:value\n ... (lower-case names, sorted)  path[?name=value&amp;name ...] (raw values, sorted by name)
/// </code>
/// signed with HMAC-SHA1 keyed with the secret (no <c>&amp;</c>) and written in Base64.
/// </summary>
internal static class RoaV1Signature
{
    public const string Scheme = "acs ";

    /// <summary>Splits <c>acs id:signature</c>; false when the header is not of that form.</summary>
    public static bool TryParse(string authorization, out string accessKeyId, out string signature) =>
        TryParse(authorization, Scheme, out accessKeyId, out signature);

    /// <summary>Splits <c>scheme id:signature</c> (ROA V1's <c>acs</c>, SLS's <c>LOG</c>); false when the header is not of that form.</summary>
    public static bool TryParse(string authorization, string scheme, out string accessKeyId, out string signature)
    {
        accessKeyId = signature = string.Empty;
        if (!authorization.StartsWith(scheme, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = authorization.Substring(scheme.Length).Trim();
        var colon = rest.LastIndexOf(':');
        if (colon <= 0 || colon == rest.Length - 1)
        {
            return false;
        }

        accessKeyId = rest.Substring(0, colon);
        signature = rest.Substring(colon + 1);
        return true;
    }

    public static string StringToSign(
        string method,
        Func<string, string?> header,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers,
        string rawPath,
        IEnumerable<KeyValuePair<string, string>> query) =>
        StringToSign(method, header, headers, rawPath, query, new[] { "Accept", "Content-MD5", "Content-Type", "Date" }, new[] { "x-acs-" }, keepEmptyEquals: false);

    /// <summary>
    /// The shape ROA V1 and SLS's LOG signature share: the method and the <paramref name="leading"/> headers' values
    /// on lines of their own, the headers starting with one of <paramref name="prefixes"/> as sorted lower-case
    /// <c>name:value</c> lines, then the path and the sorted raw query (<c>name=</c> or bare <c>name</c> for an empty value).
    /// </summary>
    public static string StringToSign(
        string method,
        Func<string, string?> header,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers,
        string rawPath,
        IEnumerable<KeyValuePair<string, string>> query,
        string[] leading,
        string[] prefixes,
        bool keepEmptyEquals)
    {
        var text = new StringBuilder();
        text.Append(method).Append('\n');
        foreach (var name in leading)
        {
            text.Append(header(name) ?? string.Empty).Append('\n');
        }

        var signed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in headers)
        {
            var name = pair.Key.ToLowerInvariant();
            if (prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                signed[name] = string.Join(",", pair.Value).Trim();
            }
        }

        foreach (var pair in signed)
        {
            text.Append(pair.Key).Append(':').Append(pair.Value).Append('\n');
        }

        text.Append(rawPath);
        var sorted = query.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).ToList();
        if (sorted.Count > 0)
        {
            text.Append('?').Append(string.Join("&", sorted.Select(p => p.Value.Length == 0 && !keepEmptyEquals ? p.Key : p.Key + "=" + p.Value)));
        }

        return text.ToString();
    }

    public static string Sign(string stringToSign, string accessKeySecret)
    {
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(accessKeySecret));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
    }

    public static string ContentMd5(byte[] body)
    {
        using var md5 = MD5.Create();
        return Convert.ToBase64String(md5.ComputeHash(body));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace SpecClient.Testing.Internal;

/// <summary>
/// Server side of signature V3 (ACS3-HMAC-SHA256), written from the algorithm description in
/// shared/vectors/README.md, independently of the runtime's client-side code. The server does not decide
/// which headers are signed: it takes the client's <c>SignedHeaders</c> list and uses the values it received.
/// </summary>
internal static class Acs3Signature
{
    public const string Algorithm = "ACS3-HMAC-SHA256";

    /// <summary>Each path segment percent-encoded, rejoined with <c>/</c>; an empty path is <c>/</c>.</summary>
    public static string CanonicalUri(string path)
    {
        if (string.IsNullOrEmpty(path) || path == "/")
        {
            return "/";
        }

        return string.Join("/", path.Split('/').Select(Rfc3986.Encode));
    }

    /// <summary>Pairs sorted by name (ordinal, stable), <c>name=encode(value)</c>, joined by <c>&amp;</c>.</summary>
    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> query) =>
        string.Join(
            "&",
            query.Select(p => (Name: Rfc3986.Encode(p.Key), Value: Rfc3986.Encode(p.Value)))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => p.Name + "=" + p.Value));

    /// <summary>
    /// <c>name:value\n</c> for each signed header name in the order the client listed it. A header sent more
    /// than once contributes its trimmed values sorted ordinally and joined by <c>", "</c>; a listed header that
    /// did not arrive contributes an empty value (and so, almost surely, a mismatch).
    /// </summary>
    public static string CanonicalHeaders(IReadOnlyList<string> signedHeaders, Func<string, IEnumerable<string>> valuesOf)
    {
        var builder = new StringBuilder();
        foreach (var name in signedHeaders)
        {
            var values = valuesOf(name).Select(v => v.Trim(' ', '\t')).OrderBy(v => v, StringComparer.Ordinal);
            builder.Append(name).Append(':').Append(string.Join(", ", values)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Lower-case hex SHA-256.</summary>
    public static string HashHex(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return ToHex(sha.ComputeHash(bytes));
    }

    public static string CanonicalRequest(
        string method, string canonicalUri, string canonicalQuery, string canonicalHeaders, string signedHeaders, string hashedPayload) =>
        method + "\n" + canonicalUri + "\n" + canonicalQuery + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + hashedPayload;

    public static string StringToSign(string canonicalRequest) =>
        Algorithm + "\n" + HashHex(Encoding.UTF8.GetBytes(canonicalRequest));

    /// <summary>Lower-case hex HMAC-SHA256 keyed with the secret itself (no <c>&amp;</c>, unlike V1).</summary>
    public static string Sign(string stringToSign, string accessKeySecret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(accessKeySecret));
        return ToHex(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
    }

    private static string ToHex(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}

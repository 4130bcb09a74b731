using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace SpecClient.Testing.Internal;

/// <summary>
/// Server side of RPC signature V1 (HMAC-SHA1), written from the algorithm description in
/// shared/vectors/README.md, independently of the runtime's client-side code.
/// </summary>
internal static class RpcV1Signature
{
    /// <summary>
    /// Encoded <c>name=value</c> pairs of every received parameter except <c>Signature</c>, sorted by encoded
    /// name in ordinal order (a stable sort, so repeated names keep their received order), joined by <c>&amp;</c>.
    /// </summary>
    public static string CanonicalizedQuery(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var encoded = parameters
            .Where(p => !string.Equals(p.Key, "Signature", StringComparison.Ordinal))
            .Select(p => (Name: Rfc3986.Encode(p.Key), Value: Rfc3986.Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal);
        return string.Join("&", encoded.Select(p => p.Name + "=" + p.Value));
    }

    /// <summary><c>METHOD&amp;%2F&amp;encode(canonicalizedQuery)</c>.</summary>
    public static string StringToSign(string method, string canonicalizedQuery) =>
        method + "&" + Rfc3986.Encode("/") + "&" + Rfc3986.Encode(canonicalizedQuery);

    /// <summary>Base64 HMAC-SHA1 keyed with <c>secret + "&amp;"</c>.</summary>
    public static string Sign(string stringToSign, string accessKeySecret)
    {
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(accessKeySecret + "&"));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>Compares in constant time, so the emulator does not teach timing attacks by example.</summary>
    public static bool Matches(string? received, string expected) =>
        received is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(expected));
}

using System;
using System.Collections.Generic;
using System.Text;

namespace SpecClient.Signing;

/// <summary>
/// The two parts that ROA signature V1 and SLS's LOG signature build alike: the signed headers as sorted
/// <c>name:value\n</c> lines, and the resource (the path and its sorted raw query). They differ only in which
/// header prefixes are signed and in how a parameter with an empty value is written.
/// </summary>
internal static class CanonicalizedParts
{
    /// <summary>
    /// The headers whose lower-cased name starts with <paramref name="prefix"/> or <paramref name="otherPrefix"/>,
    /// as <c>name:value\n</c> lines with the value trimmed, sorted by name (ordinal).
    /// </summary>
    public static string Headers(IEnumerable<KeyValuePair<string, string>> headers, string prefix, string? otherPrefix)
    {
        if (headers is null)
        {
            throw new ArgumentNullException(nameof(headers));
        }

        var signed = new List<KeyValuePair<string, string>>();
        foreach (KeyValuePair<string, string> header in headers)
        {
            string name = (header.Key ?? throw new ArgumentException("A header name is null.", nameof(headers))).Trim().ToLowerInvariant();
            if (name.StartsWith(prefix, StringComparison.Ordinal) || (otherPrefix is not null && name.StartsWith(otherPrefix, StringComparison.Ordinal)))
            {
                signed.Add(new KeyValuePair<string, string>(name, (header.Value ?? string.Empty).Trim()));
            }
        }

        signed.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
        var builder = new StringBuilder();
        foreach (KeyValuePair<string, string> header in signed)
        {
            builder.Append(header.Key).Append(':').Append(header.Value).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="encodedPath"/>, then, when there are query parameters, <c>?</c> and the raw parameters sorted
    /// by name then value (ordinal), joined with <c>&amp;</c>; an empty value is written <c>name=</c> when
    /// <paramref name="keepEmptyEquals"/>, else <c>name</c>.
    /// </summary>
    public static string Resource(string encodedPath, IEnumerable<KeyValuePair<string, string>> query, bool keepEmptyEquals)
    {
        if (encodedPath is null)
        {
            throw new ArgumentNullException(nameof(encodedPath));
        }

        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        var pairs = new List<KeyValuePair<string, string>>(query);
        if (pairs.Count == 0)
        {
            return encodedPath;
        }

        pairs.Sort(static (x, y) =>
        {
            int byName = string.CompareOrdinal(x.Key, y.Key);
            return byName != 0 ? byName : string.CompareOrdinal(x.Value, y.Value);
        });
        var builder = new StringBuilder(encodedPath).Append('?');
        for (int i = 0; i < pairs.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('&');
            }

            builder.Append(pairs[i].Key);
            if (keepEmptyEquals || !string.IsNullOrEmpty(pairs[i].Value))
            {
                builder.Append('=').Append(pairs[i].Value);
            }
        }

        return builder.ToString();
    }
}

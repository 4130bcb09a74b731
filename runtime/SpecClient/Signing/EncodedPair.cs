using System;
using System.Collections.Generic;

namespace SpecClient.Signing;

/// <summary>
/// A percent-encoded name and value. Both signature versions build their canonical query the same way:
/// encode every pair, sort by encoded name (ordinal, then value so duplicates are deterministic) and join.
/// </summary>
internal readonly struct EncodedPair
{
    private static readonly Comparison<EncodedPair> s_ordinal = Compare;

    private EncodedPair(string name, string value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    public string Value { get; }

    /// <summary>Encodes, sorts and joins <paramref name="pairs"/> as <c>name=value&amp;...</c>.</summary>
    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> pairs, string parameterName)
    {
        if (pairs is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var encoded = new List<EncodedPair>(pairs is ICollection<KeyValuePair<string, string>> c ? c.Count : 16);
        int length = 0;
        foreach (KeyValuePair<string, string> pair in pairs)
        {
            if (pair.Key is null)
            {
                throw new ArgumentException("A parameter name is null.", parameterName);
            }

            var item = new EncodedPair(PercentEncoding.Encode(pair.Key), PercentEncoding.Encode(pair.Value ?? string.Empty));
            length += item.Name.Length + item.Value.Length + 2;
            encoded.Add(item);
        }

        encoded.Sort(s_ordinal);
        using var buffer = new SigningBuffer(length);
        for (int i = 0; i < encoded.Count; i++)
        {
            if (i > 0)
            {
                buffer.Append('&');
            }

            buffer.Append(encoded[i].Name).Append('=').Append(encoded[i].Value);
        }

        return buffer.ToString();
    }

    private static int Compare(EncodedPair x, EncodedPair y)
    {
        int byName = string.CompareOrdinal(x.Name, y.Name);
        return byName != 0 ? byName : string.CompareOrdinal(x.Value, y.Value);
    }
}

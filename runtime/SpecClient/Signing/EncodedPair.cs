using System;
using System.Buffers;
using System.Collections.Generic;

namespace SpecClient.Signing;

/// <summary>
/// A percent-encoded name and its raw value. Both signature versions build their canonical query the same way:
/// encode every pair, sort by encoded name (ordinal, then encoded value so duplicates are deterministic) and join.
/// </summary>
/// <remarks>
/// Values are encoded straight into the output rather than into a string each: only names are needed to sort, and
/// a name that needs no encoding (nearly all of them) is its own encoded form, so no string is made per pair.
/// </remarks>
internal readonly struct EncodedPair
{
    private const int InitialCapacity = 256;

    private EncodedPair(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The encoded name.</summary>
    public string Name { get; }

    /// <summary>The raw value.</summary>
    public string Value { get; }

    /// <summary>Encodes, sorts and joins <paramref name="pairs"/> as <c>name=value&amp;...</c>.</summary>
    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> pairs, string parameterName)
    {
        using var buffer = new SigningBuffer(InitialCapacity);
        Write(pairs, parameterName, buffer);
        return buffer.ToString();
    }

    /// <summary>Writes what <see cref="CanonicalQuery"/> returns to <paramref name="buffer"/>.</summary>
    public static void Write(IEnumerable<KeyValuePair<string, string>> pairs, string parameterName, SigningBuffer buffer)
    {
        if (pairs is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        EncodedPair[] items = ArrayPool<EncodedPair>.Shared.Rent(pairs is IReadOnlyCollection<KeyValuePair<string, string>> c ? Math.Max(c.Count, 1) : 16);
        int count = 0;
        try
        {
            if (pairs is IReadOnlyList<KeyValuePair<string, string>> list)
            {
                // Indexed: no boxed enumerator for the usual List or array.
                for (int i = 0; i < list.Count; i++)
                {
                    Add(ref items, ref count, list[i], parameterName);
                }
            }
            else
            {
                foreach (KeyValuePair<string, string> pair in pairs)
                {
                    Add(ref items, ref count, pair, parameterName);
                }
            }

            Sort(items, count);
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    buffer.Append('&');
                }

                buffer.Append(items[i].Name).Append('=').AppendEncoded(items[i].Value);
            }
        }
        finally
        {
            // The values can hold a security token.
            Array.Clear(items, 0, count);
            ArrayPool<EncodedPair>.Shared.Return(items);
        }
    }

    private static void Add(ref EncodedPair[] items, ref int count, KeyValuePair<string, string> pair, string parameterName)
    {
        if (pair.Key is null)
        {
            throw new ArgumentException("A parameter name is null.", parameterName);
        }

        if (count == items.Length)
        {
            EncodedPair[] larger = ArrayPool<EncodedPair>.Shared.Rent(items.Length * 2);
            Array.Copy(items, larger, count);
            Array.Clear(items, 0, count);
            ArrayPool<EncodedPair>.Shared.Return(items);
            items = larger;
        }

        items[count++] = new EncodedPair(PercentEncoding.Encode(pair.Key), pair.Value ?? string.Empty);
    }

    // A request has a dozen parameters or so: an insertion sort with direct comparisons beats Array.Sort's
    // comparer dispatch there; long lists still get Array.Sort.
    private static void Sort(EncodedPair[] items, int count)
    {
        if (count > 24)
        {
            Array.Sort(items, 0, count, OrdinalComparer.Instance);
            return;
        }

        for (int i = 1; i < count; i++)
        {
            EncodedPair item = items[i];
            int j = i - 1;
            while (j >= 0 && Compare(items[j], item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    private static int Compare(EncodedPair x, EncodedPair y)
    {
        int byName = string.CompareOrdinal(x.Name, y.Name);
        if (byName != 0 || ReferenceEquals(x.Value, y.Value))
        {
            return byName;
        }

        // A repeated name (rare): the encoded values decide, as in the canonical form.
        return string.CompareOrdinal(PercentEncoding.Encode(x.Value), PercentEncoding.Encode(y.Value));
    }

    private sealed class OrdinalComparer : IComparer<EncodedPair>
    {
        public static readonly OrdinalComparer Instance = new();

        int IComparer<EncodedPair>.Compare(EncodedPair x, EncodedPair y) => EncodedPair.Compare(x, y);
    }
}

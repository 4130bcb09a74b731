using System;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Searches text as if it were lower-cased with <see cref="string.ToLowerInvariant()"/>, without making a
/// lower-case string: every description and line would otherwise be copied once per check. The lower-case
/// text goes into one buffer per thread, so a span it hands out is valid until the next search.
/// </summary>
internal static class LowerText
{
    [ThreadStatic]
    private static char[]? Buffer;

    /// <summary>The text lower-cased as ToLowerInvariant would, in the per-thread buffer.</summary>
    public static ReadOnlySpan<char> Of(string text) => Of(text.AsSpan());

    /// <inheritdoc cref="Of(string)"/>
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> text)
    {
        char[] buffer = Buffer is { } existing && existing.Length >= text.Length ? existing : Buffer = new char[Math.Max(text.Length, 1024)];

        // ASCII and Chinese text (nearly every description) is lower-cased here; the runtime's casing, which goes
        // through ICU for any non-ASCII text, only for text with a character that may have a lower case.
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                buffer[i] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            }
            else if (IsCaseless(c))
            {
                buffer[i] = c;
            }
            else
            {
                int written = text.ToLowerInvariant(buffer);
                return buffer.AsSpan(0, written);
            }
        }

        return buffer.AsSpan(0, text.Length);
    }

    /// <summary>char.ToLowerInvariant, without the runtime's casing (ICU) for ASCII and caseless characters.</summary>
    public static char ToLower(char c) =>
        c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c)
        : IsCaseless(c) ? c
        : char.ToLowerInvariant(c);

    /// <summary>
    /// Whether <paramref name="c"/> is in a block with no cased letters, so ToLowerInvariant leaves it as it is:
    /// Latin-1 punctuation, general punctuation, arrows and mathematical and technical symbols, box drawing and
    /// shapes, CJK symbols and punctuation, kana, CJK ideographs, and the full-width forms that are not letters.
    /// (LowerTextTests checks every character of these blocks against the runtime.)
    /// </summary>
    internal static bool IsCaseless(char c) =>
        (c >= '\u00a0' && c <= '\u00bf')
        || (c >= '\u2000' && c <= '\u206f')
        || (c >= '\u2190' && c <= '\u23ff')
        || (c >= '\u2500' && c <= '\u25ff')
        || (c >= '\u3000' && c <= '\u9fff')
        || (c >= '\uff01' && c <= '\uff20')
        || (c >= '\uff3b' && c <= '\uff40')
        || (c >= '\uff5b' && c <= '\uffef');

    /// <summary>Where <paramref name="lowerNeedle"/> (already lower case) first occurs in the lower-cased text; -1 when nowhere.</summary>
    public static int IndexOf(string text, string lowerNeedle) => Of(text).IndexOf(lowerNeedle.AsSpan());

    public static bool Contains(string text, string lowerNeedle) => IndexOf(text, lowerNeedle) >= 0;

    public static bool ContainsAny(string text, string[] lowerNeedles) => ContainsAny(text.AsSpan(), lowerNeedles);

    /// <inheritdoc cref="ContainsAny(string, string[])"/>
    public static bool ContainsAny(ReadOnlySpan<char> text, string[] lowerNeedles)
    {
        ReadOnlySpan<char> lower = Of(text);
        foreach (string needle in lowerNeedles)
        {
            if (lower.IndexOf(needle.AsSpan()) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the lower-cased text contains <paramref name="lowerNeedle"/> (ASCII, lower case, with a letter other
    /// than 'i' and 'k'), found without lower-casing the text: see <see cref="IndexOfAscii(ReadOnlySpan{char}, string, int)"/>.
    /// </summary>
    public static bool ContainsAscii(ReadOnlySpan<char> text, string lowerNeedle) => IndexOfAscii(text, lowerNeedle, AnchorOf(lowerNeedle)) >= 0;

    /// <summary>
    /// Where <paramref name="lowerNeedle"/> (ASCII, lower case) first occurs in the lower-cased text, -1 when nowhere, found
    /// without lower-casing the text and without the runtime's ignore-case search (which in invariant globalization mode
    /// is a character-by-character loop): the needle's letter at <paramref name="anchor"/> (<see cref="AnchorOf"/>) is
    /// searched for in both cases, a vectorized search, and the whole needle compared, lower-casing, where it is found.
    /// The anchor is a letter that no other character lower-cases to (not 'i' or 'k'; LowerTextTests checks every
    /// character), so no place the lower-cased text has the needle is passed over.
    /// </summary>
    public static int IndexOfAscii(ReadOnlySpan<char> text, string lowerNeedle, int anchor)
    {
        char lower = lowerNeedle[anchor];
        char upper = (char)(lower - ('a' - 'A'));
        int from = anchor;
        int last = text.Length - lowerNeedle.Length + anchor;
        while (from <= last)
        {
            int found = text.Slice(from, last + 1 - from).IndexOfAny(lower, upper);
            if (found < 0)
            {
                return -1;
            }

            int start = from + found - anchor;
            if (StartsWith(text.Slice(start), lowerNeedle))
            {
                return start;
            }

            from += found + 1;
        }

        return -1;
    }

    // ASCII letters from the rarest in English prose to the commonest, without 'i' and 'k' (Kelvin sign and, with some
    // casings, 'İ' lower-case to them): a needle's anchor is its letter found here first, so the search stops seldom.
    private const string Rarest = "zqxjvbpygfwmucldrhsnoate";

    // Each ASCII character's place in Rarest (byte.MaxValue when not there), looked up for each character of a needle:
    // AnchorOf runs on every search (a needle of 25 letters would otherwise cost 25 searches of Rarest).
    private static readonly byte[] RankOf = MakeRanks();

    /// <summary>Where <paramref name="lowerNeedle"/>'s rarest letter that only itself and its upper case lower-case to is (<see cref="IndexOfAscii"/>).</summary>
    public static int AnchorOf(string lowerNeedle)
    {
        int anchor = -1;
        int rank = byte.MaxValue;
        for (int i = 0; i < lowerNeedle.Length; i++)
        {
            char c = lowerNeedle[i];
            if (c < 0x80 && RankOf[c] < rank)
            {
                anchor = i;
                rank = RankOf[c];
            }
        }

        return anchor >= 0 ? anchor : throw new ArgumentException("The needle has no letter to search for: " + lowerNeedle, nameof(lowerNeedle));
    }

    private static byte[] MakeRanks()
    {
        byte[] ranks = new byte[0x80];
        for (int c = 0; c < ranks.Length; c++)
        {
            int at = Rarest.IndexOf((char)c);
            ranks[c] = at < 0 ? byte.MaxValue : (byte)at;
        }

        return ranks;
    }

    /// <summary>Whether the lower-cased text is <paramref name="lowerText"/> (already lower case).</summary>
    public static bool Is(string text, string lowerText) => Is(text.AsSpan(), lowerText);

    /// <inheritdoc cref="Is(string, string)"/>
    public static bool Is(ReadOnlySpan<char> text, string lowerText) => text.Length == lowerText.Length && StartsWith(text, lowerText);

    /// <summary>Whether the lower-cased text starts with <paramref name="lowerPrefix"/> (already lower case); compared char by char, which is what ToLowerInvariant does for these prefixes.</summary>
    public static bool StartsWith(string text, string lowerPrefix) => StartsWith(text.AsSpan(), lowerPrefix);

    /// <inheritdoc cref="StartsWith(string, string)"/>
    public static bool StartsWith(ReadOnlySpan<char> text, string lowerPrefix)
    {
        if (text.Length < lowerPrefix.Length)
        {
            return false;
        }

        for (int i = 0; i < lowerPrefix.Length; i++)
        {
            if (ToLower(text[i]) != lowerPrefix[i])
            {
                return false;
            }
        }

        return true;
    }
}

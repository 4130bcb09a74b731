using System;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Searches text as if it were lower-cased with <see cref="string.ToLowerInvariant()"/>, without making the
/// lower-case copy: every description and line would otherwise be copied once per check. Char by char, which
/// is what ToLowerInvariant does for the markers searched (none is a surrogate), so the answers are the same.
/// </summary>
internal static class LowerText
{
    /// <summary>Where <paramref name="lowerNeedle"/> (already lower case) first occurs in the lower-cased text at or after <paramref name="start"/>; -1 when nowhere.</summary>
    public static int IndexOf(string text, string lowerNeedle, int start = 0)
    {
        int last = text.Length - lowerNeedle.Length;
        char first = lowerNeedle[0];
        char upper = char.ToUpperInvariant(first);

        // Candidates for the first character by a vectorized search: an ASCII character other than 'k' (the Kelvin
        // sign lower-cases to 'k') or a CJK ideograph has no other character lower-casing to it than itself and its
        // upper case. Anything else is compared character by character.
        bool searchable = (first < 128 && first != 'k') || (first >= '\u4e00' && first <= '\u9fff');
        for (int i = start; i <= last; i++)
        {
            if (searchable)
            {
                int next = text.AsSpan(i, last - i + 1).IndexOfAny(first, upper);
                if (next < 0)
                {
                    return -1;
                }

                i += next;
            }
            else if (char.ToLowerInvariant(text[i]) != first)
            {
                continue;
            }

            int j = 1;
            while (j < lowerNeedle.Length && char.ToLowerInvariant(text[i + j]) == lowerNeedle[j])
            {
                j++;
            }

            if (j == lowerNeedle.Length)
            {
                return i;
            }
        }

        return -1;
    }

    public static bool Contains(string text, string lowerNeedle) => IndexOf(text, lowerNeedle) >= 0;

    public static bool ContainsAny(string text, string[] lowerNeedles)
    {
        foreach (string needle in lowerNeedles)
        {
            if (IndexOf(text, needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the lower-cased text is <paramref name="lowerText"/> (already lower case).</summary>
    public static bool Is(string text, string lowerText) => text.Length == lowerText.Length && StartsWith(text, lowerText);

    /// <summary>Whether the lower-cased text starts with <paramref name="lowerPrefix"/> (already lower case).</summary>
    public static bool StartsWith(string text, string lowerPrefix)
    {
        if (text.Length < lowerPrefix.Length)
        {
            return false;
        }

        for (int i = 0; i < lowerPrefix.Length; i++)
        {
            if (char.ToLowerInvariant(text[i]) != lowerPrefix[i])
            {
                return false;
            }
        }

        return true;
    }
}

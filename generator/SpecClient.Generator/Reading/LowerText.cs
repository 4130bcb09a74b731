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
    public static ReadOnlySpan<char> Of(string text)
    {
        char[] buffer = Buffer is { } existing && existing.Length >= text.Length ? existing : Buffer = new char[Math.Max(text.Length, 1024)];
        int written = text.AsSpan().ToLowerInvariant(buffer);
        return buffer.AsSpan(0, written);
    }

    /// <summary>Where <paramref name="lowerNeedle"/> (already lower case) first occurs in the lower-cased text; -1 when nowhere.</summary>
    public static int IndexOf(string text, string lowerNeedle) => Of(text).IndexOf(lowerNeedle.AsSpan());

    public static bool Contains(string text, string lowerNeedle) => IndexOf(text, lowerNeedle) >= 0;

    public static bool ContainsAny(string text, string[] lowerNeedles)
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

    /// <summary>Whether the lower-cased text is <paramref name="lowerText"/> (already lower case).</summary>
    public static bool Is(string text, string lowerText) => text.Length == lowerText.Length && StartsWith(text, lowerText);

    /// <summary>Whether the lower-cased text starts with <paramref name="lowerPrefix"/> (already lower case); compared char by char, which is what ToLowerInvariant does for these prefixes.</summary>
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

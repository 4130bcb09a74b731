using System;

namespace SpecClient.Generator.Reading.Json;

/// <summary>
/// Hands back one string for every occurrence of a short piece of text: api-docs.json repeats the same property
/// names ("type", "description", "schema") and values ("string", "query") tens of thousands of times, and each
/// would otherwise be a string of its own (about a third of what reading a metadata file allocated).
/// </summary>
/// <remarks>
/// One per thread, reused from parse to parse (metadata files also parse each operation's sample response on
/// its own: a table per parse cost more than it saved). Bounded: direct-mapped, a slot holds the last text
/// hashed to it, and a collision only costs a new string, never a wrong one (a hit compares every character).
/// </remarks>
internal sealed class ShortStrings
{
    [ThreadStatic]
    private static ShortStrings? PerThread;

    /// <summary>Longer texts are rarely repeated (descriptions): they are cut out as they are.</summary>
    public const int MaxLength = 32;

    private const int Slots = 2048;

    private readonly string?[] _slots = new string?[Slots];

    private ShortStrings()
    {
    }

    /// <summary>The current thread's table.</summary>
    public static ShortStrings ForThread() => PerThread ??= new ShortStrings();

    /// <summary>The string for <paramref name="text"/>[start..start+length), which must be at most <see cref="MaxLength"/> long.</summary>
    public string Get(string text, int start, int length)
    {
        uint hash = 2166136261;
        for (int i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619;
        }

        int slot = (int)(hash & (Slots - 1));
        string? known = _slots[slot];
        if (known is not null && known.Length == length && string.CompareOrdinal(known, 0, text, start, length) == 0)
        {
            return known;
        }

        string made = text.Substring(start, length);
        _slots[slot] = made;
        return made;
    }
}

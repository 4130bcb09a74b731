using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// A list of markers (<see cref="EnumValues"/>' "valid values", "取值", ...) to look for in text as if it were
/// lower-cased (<see cref="LowerText"/>), in one pass over the text for the English ones and one for the Chinese ones,
/// instead of one search per marker. Every English marker contains a common part ("valu", "default"): the text is
/// searched for that part (<see cref="LowerText.IndexOfAscii"/>, anchored on its rarest letter in either case), and
/// where it occurs each English marker is compared in its place around it. Each Chinese marker starts with one of a few
/// characters, searched for at once; lower-casing leaves Chinese text as it is and makes no Chinese character of any
/// other, so those are compared as they are.
/// </summary>
/// <remarks>
/// The runtime's ignore-case search, which this replaces, is vectorized only with ICU: in invariant globalization mode
/// (containers with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1) it is a character-by-character loop, and was 6.6 % of a
/// whole-corpus run. EnumMarkerSearchTests checks the set against lower-casing the text and searching it ordinally.
/// </remarks>
internal sealed class MarkerSet
{
    private readonly string _common;
    private readonly int _anchor;

    // The English markers, each with where the common part starts in it.
    private readonly (string Marker, int Common)[] _english;

    private readonly char[] _starts;
    private readonly string[] _chinese;

    // Each marker's anchor (LowerText.AnchorOf) for IndexOf; -1 for a Chinese marker.
    private readonly int[] _anchors;

    /// <param name="common">What every English marker contains (lower case).</param>
    /// <param name="markers">The markers, lower case, in the order they are tried.</param>
    public MarkerSet(string common, string[] markers)
    {
        _common = common;
        _anchor = LowerText.AnchorOf(common);
        Markers = markers;
        var english = new List<(string, int)>();
        var starts = new List<char>();
        var chinese = new List<string>();
        foreach (string marker in markers)
        {
            if (marker[0] < 0x80)
            {
                int at = marker.IndexOf(common, StringComparison.Ordinal);
                english.Add((marker, at >= 0 ? at : throw new ArgumentException(marker + " does not contain " + common, nameof(markers))));
            }
            else
            {
                chinese.Add(marker);
                if (!starts.Contains(marker[0]))
                {
                    starts.Add(marker[0]);
                }
            }
        }

        _english = english.ToArray();
        _starts = starts.ToArray();
        _chinese = chinese.ToArray();
        _anchors = Array.ConvertAll(markers, marker => marker[0] < 0x80 ? LowerText.AnchorOf(marker) : -1);
    }

    public string[] Markers { get; }

    /// <summary>Whether the lower-cased text contains one of the markers.</summary>
    /// <param name="chinese">False when the text is known to have no Chinese marker's first character: then only the English markers are looked for.</param>
    public bool IsIn(ReadOnlySpan<char> text, bool chinese = true) => EnglishIn(text) || (chinese && ChineseIn(text));

    /// <summary>
    /// Whether the lower-cased text may contain one of the markers: false when the text has neither the common part's
    /// anchor letter in either case nor (unless <paramref name="chinese"/> is false) a Chinese marker's first character.
    /// </summary>
    public bool MayBeIn(ReadOnlySpan<char> text, bool chinese = true)
    {
        char lower = _common[_anchor];
        return text.IndexOfAny(lower, (char)(lower - ('a' - 'A'))) >= 0 || (chinese && text.IndexOfAny(_starts.AsSpan()) >= 0);
    }

    /// <summary>Where <see cref="Markers"/>[<paramref name="marker"/>] first occurs in the lower-cased text; -1 when nowhere.</summary>
    public int IndexOf(ReadOnlySpan<char> text, int marker) =>
        _anchors[marker] < 0 ? text.IndexOf(Markers[marker].AsSpan()) : LowerText.IndexOfAscii(text, Markers[marker], _anchors[marker]);

    private bool EnglishIn(ReadOnlySpan<char> text)
    {
        int from = 0;
        while (true)
        {
            int found = LowerText.IndexOfAscii(text.Slice(from), _common, _anchor);
            if (found < 0)
            {
                return false;
            }

            int common = from + found;
            foreach ((string marker, int at) in _english)
            {
                int start = common - at;
                if (start >= 0 && LowerText.StartsWith(text.Slice(start), marker))
                {
                    return true;
                }
            }

            from = common + 1;
        }
    }

    private bool ChineseIn(ReadOnlySpan<char> text)
    {
        int from = 0;
        while (true)
        {
            int found = text.Slice(from).IndexOfAny(_starts.AsSpan());
            if (found < 0)
            {
                return false;
            }

            ReadOnlySpan<char> rest = text.Slice(from + found);
            foreach (string marker in _chinese)
            {
                if (LowerText.StartsWith(rest, marker))
                {
                    return true;
                }
            }

            from += found + 1;
        }
    }
}

using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// EnumValues finds its markers ("Valid values", "默认值：") ignoring case in a description as it is, not in a
/// lower-cased copy: over every cell and line of the corpus, that finds what searching the lower-cased text finds.
/// </summary>
public sealed class EnumMarkerSearchTests
{
    [Fact]
    public void Markers_are_found_ignoring_case_where_the_lower_cased_text_has_them_on_every_corpus_page()
    {
        string[] markers = EnumValues.ListMarkers.Concat(EnumValues.DefaultMarkers).ToArray();
        int found = 0;
        foreach (string path in EnumCorpusFiguresTests.CorpusFiles().Where(p => p.EndsWith(".md", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(path);
            foreach (string line in text.Split('\n'))
            {
                string lower = line.ToLowerInvariant();
                foreach (string marker in markers)
                {
                    bool expected = lower.Contains(marker, StringComparison.Ordinal);
                    Assert.Equal(expected, EnumValues.ContainsMarker(line.AsSpan(), marker));
                    found += expected ? 1 : 0;
                }
            }
        }

        // Both cases occur, for English and Chinese markers alike.
        Assert.True(found > 1000, $"{found} markers found");
    }

    [Fact]
    public void Marker_sets_are_found_where_the_lower_cased_text_has_one_of_their_markers_on_every_corpus_line_and_page()
    {
        int list = 0, defaults = 0;
        foreach (string path in EnumCorpusFiguresTests.CorpusFiles().Where(p => p.EndsWith(".md", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(path);
            foreach (string piece in text.Split('\n').Append(text))
            {
                string lower = piece.ToLowerInvariant();
                bool expectedList = EnumValues.ListMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal));
                bool expectedDefault = EnumValues.DefaultMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal));
                Assert.Equal(expectedList, EnumValues.HasListMarker(piece.AsSpan()));
                Assert.Equal(expectedDefault, EnumValues.HasDefaultMarker(piece.AsSpan()));

                // What a description is first checked for, with the default's markers looked for in its plain text.
                string plain = EnumValues.PlainSpan(piece.AsSpan()).ToString().ToLowerInvariant();
                (bool listMarked, _, bool defaultMarked) = EnumValues.Marks(piece.AsSpan(), multiLine: piece.Contains('\n'));
                Assert.Equal(expectedList, listMarked);
                Assert.Equal(EnumValues.DefaultMarkers.Any(m => plain.Contains(m, StringComparison.Ordinal)), defaultMarked);
                list += expectedList ? 1 : 0;
                defaults += expectedDefault ? 1 : 0;
            }
        }

        Assert.True(list > 1000 && defaults > 1000, $"{list} list markers, {defaults} default markers");
    }

    /// <summary>
    /// Every character there is, in place of each character of each marker, before it and after it: the searches
    /// find the marker exactly where lower-casing the text makes it the marker. This is where anchoring the search on
    /// one letter in both cases (LowerText.IndexOfAscii) could pass over a place: a character other than the letter
    /// and its upper case that lower-cases to it (the Kelvin sign to 'k').
    /// </summary>
    [Fact]
    public void Every_character_in_and_next_to_each_marker_is_matched_as_lower_casing_matches_it()
    {
        string[] markers = EnumValues.ListMarkers.Concat(EnumValues.DefaultMarkers).ToArray();
        int matched = 0;
        foreach (string marker in markers)
        {
            for (int at = 0; at <= marker.Length; at++)
            {
                for (int c = 0; c <= char.MaxValue; c++)
                {
                    // The character replaces the marker's character at `at`, and goes in before it (at the end: after the marker).
                    string replaced = at < marker.Length ? "x " + marker.Substring(0, at) + (char)c + marker.Substring(at + 1) + " y" : null!;
                    string inserted = "x" + marker.Substring(0, at) + (char)c + marker.Substring(at) + "y";
                    foreach (string text in at < marker.Length ? new[] { replaced, inserted } : new[] { inserted })
                    {
                        string lower = text.ToLowerInvariant();
                        bool expected = lower.Contains(marker, StringComparison.Ordinal);
                        Assert.Equal(expected, EnumValues.ContainsMarker(text.AsSpan(), marker));
                        Assert.Equal(EnumValues.ListMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal)), EnumValues.HasListMarker(text.AsSpan()));
                        Assert.Equal(EnumValues.DefaultMarkers.Any(m => lower.Contains(m, StringComparison.Ordinal)), EnumValues.HasDefaultMarker(text.AsSpan()));
                        matched += expected ? 1 : 0;
                    }
                }
            }
        }

        // Each marker's own characters in both cases at least.
        Assert.True(matched > markers.Sum(m => m.Length) * 2, $"{matched} matched");
    }

    /// <summary>
    /// The letters LowerText.IndexOfAscii anchors on: exactly the letter and its upper case lower-case to it, among all
    /// 65,536 characters; 'i' and 'k', which it never anchors on, are not so (the Kelvin sign lower-cases to 'k').
    /// </summary>
    [Fact]
    public void Only_a_letter_and_its_upper_case_lower_case_to_it_for_every_anchor_letter()
    {
        for (char letter = 'a'; letter <= 'z'; letter++)
        {
            int onto = 0;
            for (int c = 0; c <= char.MaxValue; c++)
            {
                onto += ((char)c).ToString().ToLowerInvariant() == letter.ToString() ? 1 : 0;
            }

            string needle = letter.ToString();
            if (letter is 'i' or 'k')
            {
                Assert.Throws<ArgumentException>(() => LowerText.AnchorOf(needle));
                Assert.True(letter == 'i' || onto == 3, $"{onto} characters lower-case to {letter}");
            }
            else
            {
                Assert.Equal(0, LowerText.AnchorOf(needle));
                Assert.Equal(2, onto);
            }
        }
    }

    [Theory]
    [InlineData("kit", 2)]
    [InlineData("error", 1)]
    [InlineData("default", 2)]
    [InlineData("valu", 0)]
    [InlineData("possible values", 9)]
    public void The_anchor_is_the_needles_rarest_letter_but_i_and_k(string needle, int anchor) =>
        Assert.Equal(anchor, LowerText.AnchorOf(needle));

    [Theory]
    [InlineData("VALID VALUES: A, B", "valid values", true)]
    [InlineData("Valid Values：", "valid values", true)]
    [InlineData("Default Value：1", "default value：", true)]
    [InlineData("默认值：1", "默认值：", true)]
    [InlineData("valid-values", "valid values", false)]
    [InlineData("The default.", "default:", false)]
    [InlineData("The DEFAULT: x", "default:", true)]
    [InlineData("Its Value: x", "valu", true)]
    [InlineData("val ue", "valu", false)]
    public void A_marker_is_found_in_any_case(string text, string marker, bool expected) =>
        Assert.Equal(expected, EnumValues.ContainsMarker(text.AsSpan(), marker));
}

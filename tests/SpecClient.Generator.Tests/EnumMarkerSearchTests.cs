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

    /// <summary>
    /// An English marker without the letters of <see cref="EnumValues.FoldedOnto"/> is searched ignoring case ordinally:
    /// that matches a character to each of the marker's letters exactly where lower-casing makes it that letter, for
    /// every character there is. ('i', 'k' and 's' are left out whatever the runtime's casing does: with ICU, 'İ' and
    /// the Kelvin sign lower-case to 'i' and 'k', and 'ı' and 'ſ' fold ordinally onto 'I' and 'S'.)
    /// </summary>
    [Fact]
    public void Ordinal_case_folding_and_lower_casing_agree_on_every_character_for_letters_other_than_i_k_and_s()
    {
        int letters = 0;
        for (char letter = 'a'; letter <= 'z'; letter++)
        {
            if (Array.IndexOf(EnumValues.FoldedOnto, letter) >= 0)
            {
                continue;
            }

            for (int c = 0; c <= char.MaxValue; c++)
            {
                string one = ((char)c).ToString();
                bool lowerCased = char.ToLowerInvariant((char)c) == letter;
                Assert.Equal(lowerCased, string.Equals(one, letter.ToString(), StringComparison.OrdinalIgnoreCase));
                Assert.Equal(lowerCased, one.AsSpan().IndexOf(letter.ToString().AsSpan(), StringComparison.OrdinalIgnoreCase) == 0);
            }

            letters++;
        }

        Assert.Equal(23, letters);
    }

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

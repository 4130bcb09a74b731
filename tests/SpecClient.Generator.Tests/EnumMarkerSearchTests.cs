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

    [Theory]
    [InlineData("VALID VALUES: A, B", "valid values", true)]
    [InlineData("Valid Values：", "valid values", true)]
    [InlineData("Default Value：1", "default value：", true)]
    [InlineData("默认值：1", "默认值：", true)]
    [InlineData("valid-values", "valid values", false)]
    [InlineData("The default.", "default:", false)]
    public void A_marker_is_found_in_any_case(string text, string marker, bool expected) =>
        Assert.Equal(expected, EnumValues.ContainsMarker(text.AsSpan(), marker));
}

using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The page outline (headings and fenced code, by line) where Markdig's block tree is taken a shortcut through:
/// pipe-table lines at the top level are one block whose lines are not kept (<see cref="TableLinesParser"/>),
/// and wherever that could change what Markdig makes of the lines, they stay a paragraph.
/// </summary>
public sealed class PageOutlineTests
{
    [Fact]
    public void Headings_and_code_after_a_table_keep_their_lines()
    {
        PageOutline page = Parse("# Title\n\n| a | b |\n|---|---|\n| x | y |\n\n## Next\n```json\n{}\n```\n");

        Assert.Equal(new[] { (1, "Title", 0), (2, "Next", 6) }, page.Headings.Select(h => (h.Level, h.Text, h.Line)));
        CodeSample code = Assert.Single(page.CodeBlocks);
        Assert.Equal((7, 9, "json", "{}"), (code.StartLine, code.EndLine, code.Info, code.Content));
        Assert.Equal("| x | y |", page.Line(4));
        Assert.False(page.IsInCodeBlock(4));
        Assert.True(page.IsInCodeBlock(8));
    }

    [Fact]
    public void A_table_line_under_which_a_setext_underline_follows_is_still_a_heading()
    {
        // CommonMark: a paragraph line followed by "---" is a level-2 heading (Markdig places it at the underline); taken
        // as a table run, the "---" would be a thematic break and the heading lost.
        PageOutline page = Parse("| a | b |\n---\ntext\n");

        Heading heading = Assert.Single(page.Headings);
        Assert.Equal((2, 1), (heading.Level, heading.Line));
    }

    [Fact]
    public void Lazy_text_after_a_table_line_joins_its_paragraph_as_before()
    {
        PageOutline page = Parse("| a |\r\ntext\r\n===\r\n");

        Heading heading = Assert.Single(page.Headings);
        Assert.Equal((1, 2), (heading.Level, heading.Line));
        Assert.Equal("text", page.Line(1));
    }

    private static PageOutline Parse(string text) => PageOutline.Parse(text, new LineIndex("t.md", text));
}

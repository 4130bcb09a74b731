using Markdig.Syntax;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The page outline (headings and fenced code, by line) where Markdig's block tree is taken a shortcut through:
/// pipe-table lines at the top level are one block whose lines are not kept (<see cref="TableLinesParser"/>),
/// and wherever that could change what Markdig makes of the lines, they stay a paragraph. Paragraphs and headings keep
/// no lines at all, and fenced code's text is built as its lines go by (<see cref="OutlineContext"/>): the expected values
/// below are what the outline gave when it read Markdig's own block tree and line arrays.
/// </summary>
public sealed class PageOutlineTests
{
    [Fact]
    public void Headings_and_code_after_a_table_keep_their_lines()
    {
        PageOutline page = Parse("# Title\n\n| a | b |\n|---|---|\n| x | y |\n\n## Next\n```json\n{}\n```\n");

        Assert.Equal(new[] { (1, "Title", 0), (2, "Next", 6) }, page.Headings.Select(h => (h.Level, h.Text, h.Line)));
        CodeSample code = Assert.Single(page.CodeBlocks);
        Assert.Equal((7, 9, "json", "{}"), (code.StartLine, code.EndLine, code.Info, code.Content.ToString()));
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

    [Fact]
    public void A_paragraph_of_link_definitions_is_no_setext_heading_and_one_of_text_is()
    {
        Assert.Empty(Parse("[a]: /url\n===\n").Headings);

        Heading heading = Assert.Single(Parse("text\nmore\n===\n").Headings);
        Assert.Equal((1, 2), (heading.Level, heading.Line));
        heading = Assert.Single(Parse("[a]: /url\n[b]: /x\ntext\n---\n").Headings);
        Assert.Equal((2, 3), (heading.Level, heading.Line));
    }

    [Fact]
    public void Atx_and_setext_headings_come_in_line_order()
    {
        PageOutline page = Parse("# A #\nSetext *x*\n---\n## B {#b}\n");

        Assert.Equal(new[] { (1, 0), (2, 2), (2, 3) }, page.Headings.Select(h => (h.Level, h.Line)));
        Assert.Equal(new[] { "A", "B" }, new[] { page.Headings[0].Text, page.Headings[2].Text });
    }

    [Theory]
    [InlineData("- item\n\n  ```js\n  a\n\tb\n   c\n  ```\n", 2, 6, "js", "a\n  b\nc")] // list indent taken off, a tab across a tab stop as spaces
    [InlineData("```\r\nx\r\n\r\ny\r\n```\r\n", 0, 4, "", "x\r\n\r\ny")] // line breaks as in the page
    [InlineData("  ```\n    four\n  two\n ```\n", 0, 3, "", "  four\ntwo")] // the fence's indent taken off
    [InlineData("1. one\n   ```\n   code\n   ```\n2. two\n", 1, 3, "", "code")]
    [InlineData("```\nunclosed\n\tz", 0, 2, "", "unclosed\n\tz")]
    [InlineData("```\n```\n", 0, 1, "", "")]
    public void Fenced_code_text_is_the_lines_markdig_would_keep(string text, int startLine, int endLine, string info, string content)
    {
        CodeSample code = Assert.Single(Parse(text).CodeBlocks);

        Assert.Equal((startLine, endLine, info, content), (code.StartLine, code.EndLine, code.Info, code.Content.ToString()));
    }

    /// <summary>
    /// Markdig's block processor is reused page after page on a thread (<see cref="OutlineBlockParser"/>): read in one order
    /// and in the other, each on a thread of its own, every corpus page (and a damaged copy of it, cut off inside its
    /// blocks) has the same outline, whatever page came before it.
    /// </summary>
    [Fact]
    public void Each_page_has_the_same_outline_whatever_page_was_read_before_it_on_the_thread()
    {
        List<string> pages = CorpusPagesAndDamagedCopies(text => text.Substring(0, text.Length * 2 / 3) + "\n- item\n  > quote\n  ```\n  [a]: /url");

        Dictionary<int, string> forward = Outlines(pages, Enumerable.Range(0, pages.Count));
        Dictionary<int, string> backward = Outlines(pages, Enumerable.Range(0, pages.Count).Reverse());

        Assert.True(pages.Count > 2_000, pages.Count + " pages");
        Assert.All(Enumerable.Range(0, pages.Count), i => Assert.Equal(backward[i], forward[i]));
        Assert.Contains(forward.Values, outline => outline.Contains("code ", StringComparison.Ordinal));
    }

    /// <summary>
    /// The outline reuses the previous page's paragraph, heading and table blocks (<see cref="OutlineBlockProcessor"/>) and
    /// opens ATX headings with a test of its own: read one after the other on one thread, twice over, every corpus page (and
    /// a damaged copy of it, with '\r' line breaks and '\0' characters) has the headings (level and line) and fenced code
    /// (line, info and text) of Markdig's own parse, made by <c>Markdown.Parse</c> with a new document and new blocks.
    /// </summary>
    [Fact]
    public void Reused_blocks_give_the_headings_and_code_of_markdigs_own_parse()
    {
        List<string> pages = CorpusPagesAndDamagedCopies(text => text.Substring(0, text.Length / 2) + "\n> # quoted\n- ## listed\n  | a |\n  para\n####### seven\n#\tTab\n    # code\r# cr\r\n## nul\0\n```\0js\ncode\0\r\n```\r");
        List<string> expected = ReadTwiceOnOneThreadLikeMarkdig(pages);
        Assert.Contains(expected, outline => outline.Contains("H2 ", StringComparison.Ordinal) && outline.Contains("code ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Lists are read by Markdig's list parser with their blocks reused page after page (<see cref="ReusedListParser"/>), and
    /// pages without '\r' or '\0' are cut into lines by the page's line index (<see cref="OutlineBlockParser"/>): every
    /// corpus page, and a copy of it damaged with lists of every kind (nested, loose, tight, ordered, interrupted, with code
    /// and headings in their items, after a paragraph in a quote or an item), has the headings and code of Markdig's own parse.
    /// </summary>
    [Fact]
    public void Reused_lists_give_the_headings_and_code_of_markdigs_own_parse()
    {
        const string Lists = "\ntext\n2. not a list\n-\n\n- \n  - nested\n\n    ```\n    nested code\n    ```\n\n  back\n* other bullet\n"
            + "1) ordered\n2) two\n\n\n   # in item\n- a\n\n      indented code\n-\n  after a blank bullet\n> - quoted item\n> para\n2. after quote\n"
            + "> para\n-\n- # listed\n  ```js\n  x\n  ```\n***\n- after break\n  para\n  3. lazy\n- a\n  - b\n    para\n  2. c\n\n  - d\n\n\n"
            + "1. one\n   - inner\n\n     ```\n     deep\n     ```\n   ## two deep\n10. ten\n    ```\n    ten code\n    ```\n+ plus\n\n  ---\n  under\n"
            + "- [x] task\n\t- tab item\n\n\t  ```\n\t  tab code\n\t  ```\n> para\n2. unmatched, so a list\n\n     ```\n     in the item\n     ```\n"
            + "- a\n  para\n  2. lazy, no list\n\n       ```\n       indented code\n       ```\n";
        List<string> pages = CorpusPagesAndDamagedCopies(text => text.Substring(0, text.Length / 3) + Lists + text.Substring(text.Length / 3));
        pages.AddRange(new[] { string.Empty, "\n", "# a", "# a\n", "x\n---", "```\ncode", "\n\n# h\n\n", "- x\n  ```\n  y", Lists });
        List<string> expected = ReadTwiceOnOneThreadLikeMarkdig(pages);
        Assert.Equal("H2 3\nH1 18\nH1 29\nH2 51\ncode 30 js\nx\ncode 48 \ndeep\ncode 53 \nten code\ncode 63 \ntab code\ncode 69 \nin the item", expected[^1]);
    }

    // Every page read one after the other on one new thread, twice over (the second time on the blocks the first left),
    // must give the outline of Markdig's own parse; that outline is returned for the tests' own checks.
    private static List<string> ReadTwiceOnOneThreadLikeMarkdig(List<string> pages)
    {
        Markdig.MarkdownPipeline pipeline = new Markdig.MarkdownPipelineBuilder().Build();
        List<string> expected = pages.Select(text => MarkdigOutline(Markdig.Markdown.Parse(text, pipeline))).ToList();

        var read = new List<string>();
        var thread = new Thread(() => read.AddRange(pages.Concat(pages).Select(text => Outline(Parse(text)))));
        thread.Start();
        thread.Join();

        Assert.All(Enumerable.Range(0, read.Count), i => Assert.Equal(expected[i % pages.Count], read[i]));
        return expected;
    }

    // Every corpus page, each followed by a damaged copy of it.
    private static List<string> CorpusPagesAndDamagedCopies(Func<string, string> damage) =>
        new[] { "md", "md-zh" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(EnumCorpusFiguresTests.Corpus, folder), "*.md", SearchOption.AllDirectories))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .SelectMany(text => new[] { text, damage(text) })
            .ToList();

    private static string Outline(PageOutline page) =>
        string.Join("\n", page.Headings.Select(h => $"H{h.Level} {h.Line}").Concat(page.CodeBlocks.Select(c => $"code {c.StartLine} {c.Info}\n{c.Content}")));

    private static string MarkdigOutline(MarkdownDocument document) =>
        string.Join(
            "\n",
            document.Descendants<HeadingBlock>().Select(h => (h.Line, Text: $"H{h.Level} {h.Line}"))
                .OrderBy(h => h.Line)
                .Select(h => h.Text)
                .Concat(document.Descendants<FencedCodeBlock>().OrderBy(c => c.Line).Select(c => $"code {c.Line} {c.Info}\n{c.Lines}")));

    private static Dictionary<int, string> Outlines(List<string> pages, IEnumerable<int> order)
    {
        var outlines = new Dictionary<int, string>();
        var thread = new Thread(() =>
        {
            foreach (int i in order)
            {
                outlines[i] = Describe(Parse(pages[i]));
            }
        });
        thread.Start();
        thread.Join();
        return outlines;
    }

    private static string Describe(PageOutline page) =>
        string.Join("\n", page.Headings.Select(h => $"H{h.Level} {h.Line} {h.Text}"))
        + "\n" + string.Join("\n", page.CodeBlocks.Select(c => $"code {c.StartLine}-{c.EndLine} {c.Info}\n{c.Content}"));

    private static PageOutline Parse(string text) => PageOutline.Parse(text, new LineIndex("t.md", text));
}

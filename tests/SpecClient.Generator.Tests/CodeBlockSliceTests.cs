using System.Runtime.InteropServices;
using Markdig;
using Markdig.Syntax;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// A fenced code block's text is a slice of its page where its lines are the page's own, one after the other, and a
/// string of its own only where Markdig changed them (<see cref="OutlineContext"/>): either way it is the text Markdig's
/// own parse keeps for the block (<c>FencedCodeBlock.Lines</c>), which the outline used to copy for every block.
/// </summary>
public sealed class CodeBlockSliceTests
{
    [Theory]
    [InlineData("```json\n{}\n```", "{}", true)] // the block closes at the page's very end, no line break after
    [InlineData("text\n```\nx\n```\n", "x", true)]
    [InlineData("```\r\nx\r\n\r\ny\r\n```\r\n", "x\r\n\r\ny", true)] // CRLF page: line breaks as in the page
    [InlineData("```\nx\r\ny\rz\n```\n", "x\r\ny\rz", true)] // mixed line breaks
    [InlineData("```\nunclosed\n\tz", "unclosed\n\tz", true)] // no closing fence: the block runs to the end
    [InlineData("```\r\nunclosed\r\n", "unclosed", true)]
    [InlineData("```\n", "", true)] // unclosed and empty
    [InlineData("```\n```\n", "", true)]
    [InlineData("```\n\n\n```\n", "\n", true)] // blank lines only
    [InlineData("```\n\tx\n```\n", "\tx", true)] // a tab at a tab stop stays a tab
    [InlineData("1. one\n   ```\n   code\n   ```\n2. two\n", "code", true)] // one line: only its own indent is left out
    [InlineData("> ```\n> quote\n> ```\n", "quote", true)]
    [InlineData("- item\n\n  ```\n  a\n\n  b\n  ```\n", "a\n\nb", false)] // the list item's indent taken off each line
    [InlineData("- item\n\n  ```\n  a\n   \n  b\n  ```\n", "a\n\nb", false)] // a line of spaces inside the indent: empty
    [InlineData("- item\n\n  ```\n  a\n\tb\n  ```\n", "a\n  b", false)] // a tab across a tab stop becomes spaces
    [InlineData("  ```\n    four\n  two\n ```\n", "  four\ntwo", false)] // the fence's indent taken off
    [InlineData("> ```\n> a\n> b\n> ```\n", "a\nb", false)]
    [InlineData("```\na\0b\nc\n```\n", "a\ufffdb\nc", false)] // '\0' read as U+FFFD, as Markdig does: not the page's text
    public void A_code_block_is_a_slice_of_its_page_where_its_lines_are_the_pages_own(string text, string content, bool slice)
    {
        CodeSample code = Assert.Single(Parse(text).CodeBlocks);

        Assert.Equal(content, code.Content.ToString());
        Assert.Equal(content, Assert.Single(MarkdigCode(text)).Content);
        Assert.Equal(slice, IsSliceOf(code.Content, text));
    }

    [Fact]
    public void Blocks_of_a_page_are_each_their_own_slice_or_copy()
    {
        const string text = "```\na\n```\n- item\n\n  ```\n  b\n  c\n  ```\n\n```xml\n<d/>\n```";

        List<CodeSample> blocks = Parse(text).CodeBlocks;

        Assert.Equal(new[] { "a", "b\nc", "<d/>" }, blocks.Select(b => b.Content.ToString()));
        Assert.Equal(new[] { true, false, true }, blocks.Select(b => IsSliceOf(b.Content, text)));
    }

    /// <summary>
    /// Every corpus page, and a copy of it with CRLF line breaks and one cut off inside its blocks: each code block's text
    /// is what Markdig's own parse keeps for it, and most are read in place.
    /// </summary>
    [Fact]
    public void Every_corpus_code_block_is_the_text_markdig_keeps()
    {
        int slices = 0, copies = 0, pages = 0;
        foreach (string path in new[] { "md", "md-zh" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(EnumCorpusFiguresTests.Corpus, folder), "*.md", SearchOption.AllDirectories)))
        {
            string original = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (string text in new[] { original, original.Replace("\n", "\r\n", StringComparison.Ordinal), original.Substring(0, original.Length * 2 / 3) })
            {
                pages++;
                List<CodeSample> outline = Parse(text).CodeBlocks;
                List<(int Line, string Content)> expected = MarkdigCode(text);
                Assert.Equal(expected, outline.Select(c => (c.StartLine, c.Content.ToString())));
                foreach (CodeSample code in outline)
                {
                    if (IsSliceOf(code.Content, text))
                    {
                        slices++;
                    }
                    else
                    {
                        copies++;
                    }
                }
            }
        }

        Assert.True(pages > 3_000, pages + " pages");
        Assert.True(slices > 4 * copies && copies > 0, slices + " slices, " + copies + " copies");
    }

    private static bool IsSliceOf(ReadOnlyMemory<char> content, string page) =>
        content.Length == 0 || (MemoryMarshal.TryGetString(content, out string? source, out _, out _) && ReferenceEquals(source, page));

    // The fenced code blocks of Markdig's own parse, in line order, with the text it keeps for each.
    private static List<(int Line, string Content)> MarkdigCode(string text) =>
        Markdown.Parse(text).Descendants<FencedCodeBlock>().Select(b => (b.Line, b.Lines.ToString())).OrderBy(b => b.Line).ToList();

    private static PageOutline Parse(string text) => PageOutline.Parse(text, new LineIndex("t.md", text));
}

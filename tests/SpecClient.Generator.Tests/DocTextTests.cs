using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// DocText's one-line text found by searching for breaks (white space other than one space between words) instead of
/// testing each character: the same words with single spaces, as splitting on <see cref="char.IsWhiteSpace(char)"/> gives.
/// </summary>
public sealed class DocTextTests
{
    // The search passes over vectors with no character below U+0020 or in U+0085..U+3000: every white space
    // character but the space must be there, and found at every place in a vector and in the scalar tail.
    [Fact]
    public void Every_white_space_character_but_the_space_is_found_wherever_it_is()
    {
        int found = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            bool other = char.IsWhiteSpace((char)c) && c != ' ';
            for (int at = 0; at < 40; at += 3)
            {
                char[] text = "abc def 取值 ，。“x” ghi jkl mno pqr stu vwx yz 1234".ToCharArray();
                text[at] = (char)c;
                Assert.Equal(other ? at : text.Length, DocText.NextOtherWhiteSpace(text, 0));
            }

            found += other ? 1 : 0;
        }

        Assert.Equal(24, found);
    }

    [Theory]
    [InlineData("one line", "one line")]
    [InlineData("  padded  ", "padded")]
    [InlineData("two  spaces", "two spaces")]
    [InlineData("a \nb", "a b")]
    [InlineData("a\n b", "a b")]
    [InlineData("a \n b\n\nc ", "a b c")]
    [InlineData("\u3000全角\u3000空格\u3000", "全角 空格")]
    [InlineData("tab\there", "tab here")]
    [InlineData("a b  c\nd e", "a b c d e")]
    [InlineData("x\u2028y\u00a0 z", "x y z")]
    [InlineData(" \n\t ", "")]
    public void One_line_text_has_the_words_with_single_spaces(string markdown, string expected)
    {
        Assert.Equal(expected, DocText.OneLine(markdown));
        Assert.Equal(Words(DocText.Clean(markdown)), DocText.OneLine(markdown));
    }

    // Clean copies the text between the characters it treats specially in one piece: each kind, at the start, in the
    // middle, at the end, next to each other, and as plain text where its pattern does not match.
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("**bold** and \\_escaped\\_", "bold and _escaped_")]
    [InlineData("see [the guide](https://x.y/z) and ~~25609~~ too", "see the guide and  too")]
    [InlineData("a<br>b<br/>c&lt;d&gt;&amp;&#124;&quot;", "a b c<d>&|\"")]
    [InlineData("\u00a0nbsp\u00a0&nbsp;end\u00a0", " nbsp  end ")]
    [InlineData("x < y & z [not a link] _one_ ~tilde~ a\\b", "x < y & z [not a link] _one_ ~tilde~ a\\b")]
    [InlineData("__under__[l](t)**", "_under_l")] // each "__" drops its first underscore only
    public void Clean_text_has_the_markup_removed(string markdown, string expected) =>
        Assert.Equal(expected, DocText.Clean(markdown));

    [Fact]
    public void One_line_text_of_every_corpus_page_and_cell_is_its_words_with_single_spaces()
    {
        int multiLine = 0;
        foreach (string path in EnumCorpusFiguresTests.CorpusFiles().Where(p => p.EndsWith(".md", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(path);
            // Whole pages: many lines, double spaces and breaks of every kind the corpus has.
            Assert.Equal(Words(DocText.Clean(text)), DocText.OneLine(text));
            PageOutline page = PageOutline.Parse(text, new LineIndex(path, text));
            foreach (MarkdownTable table in TableScanner.Scan(page, 0, page.LineCount))
            {
                foreach (TableRow row in table.Rows)
                {
                    foreach (TableCell cell in row.Cells)
                    {
                        string words = Words(DocText.Clean(cell.Text));
                        Assert.Equal(words, DocText.OneLine(cell));
                        multiLine += words.Length == cell.Text.Trim().Length ? 0 : 1;
                    }
                }
            }
        }

        // Cells whose text was joined or cleaned, not only read in place: the collapsing was exercised.
        Assert.True(multiLine > 1000, $"{multiLine} cells changed");
    }

    // What OneLine gave before it searched for breaks: the text's white-space separated words, one space between.
    private static string Words(string clean) =>
        string.Join(" ", clean.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

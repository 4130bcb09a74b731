using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The reader's shortcuts for speed give what the plain code gave, over every page of the corpus: table cells read
/// in place (<see cref="TableCell"/>), lower-casing without the runtime's casing for caseless text
/// (<see cref="LowerText"/>), and JSON strings shared per thread (<see cref="ShortStrings"/>), cell text shared per
/// thread (<see cref="SharedText"/>).
/// </summary>
public sealed class ReadingInPlaceTests
{
    // The parts of EnumValues' markers searched for before a description is lower-cased.
    private static readonly string[] MarkerParts = { "valu", "default" };

    [Fact]
    public void Cells_read_in_place_read_as_their_copied_text_on_every_corpus_page()
    {
        int cells = 0, described = 0;
        foreach (string path in MarkdownPages())
        {
            string text = File.ReadAllText(path);
            PageOutline page = PageOutline.Parse(text, new LineIndex(path, text));
            foreach (MarkdownTable table in TableScanner.Scan(page, 0, page.LineCount))
            {
                foreach (TableRow row in table.Rows)
                {
                    foreach (TableCell cell in row.Cells)
                    {
                        // The same text as a cell of its own: what the reader read before cells stayed in place.
                        var copied = new TableCell(cell.Span.ToString(), cell.Line, cell.Column);
                        Assert.Equal(DocText.OneLine(copied.Text), DocText.OneLine(cell));
                        Assert.Equal(DocText.Name(copied.Text), DocText.Name(cell));
                        Assert.Equal(NameByReplacing(DocText.OneLine(copied.Text)), DocText.Name(cell));
                        foreach (string needle in MarkerParts)
                        {
                            bool lowerHas = LowerText.Of(cell.Span).IndexOf(needle.AsSpan()) >= 0;
                            Assert.Equal(lowerHas, LowerText.ContainsAscii(cell.Span, needle));
                            Assert.Equal(lowerHas, EnumValues.ContainsMarker(cell.Span, needle));
                        }

                        Assert.Equal(TypeCell.Parse(copied.Text), TypeCell.Parse(DocText.OneLine(cell), cell.Span));
                        var doc = new DocComment(DocText.OneLine(cell), null, null);
                        DocComment expected = EnumValues.Complete(doc, copied.Text);
                        Assert.Equal(expected, EnumValues.Complete(doc, cell));
                        described += ReferenceEquals(expected, doc) ? 0 : 1;
                        cells++;
                    }
                }
            }
        }

        // Enough cells, and enough that state values, defaults or ranges, for the comparison to mean something.
        Assert.True(cells > 50_000, cells + " cells");
        Assert.True(described > 1_000, described + " cells stating values");
    }

    /// <summary>
    /// A row over several lines is read in place in the page where its lines follow on (<see cref="JoinedRow"/>): its cells,
    /// joined again at their pipes, are the page's text where the row starts, up to a closing pipe and white space. With
    /// "\r\n" line breaks every such row is a copy of its lines joined with "\n", as all were before: the same cells.
    /// </summary>
    [Fact]
    public void Rows_over_several_lines_read_in_place_as_their_lines_joined()
    {
        int multiLine = 0;
        foreach (string path in MarkdownPages())
        {
            string text = File.ReadAllText(path).Replace("\r\n", "\n");
            (PageOutline page, List<TableRow> rows) = Rows(text, path);
            List<TableRow> copied = Rows(text.Replace("\n", "\r\n"), path).Rows;

            Assert.Equal(copied.Count, rows.Count);
            for (int r = 0; r < rows.Count; r++)
            {
                TableRow row = rows[r];
                Assert.Equal(Describe(copied[r]), Describe(row));
                int lastLine = row.Cells.Count == 0 ? row.Line : row.Cells[^1].Line + row.Cells[^1].Text.Count(c => c == '\n');
                if (lastLine == row.Line || Enumerable.Range(row.Line, lastLine - row.Line + 1).Any(page.IsInCodeBlock))
                {
                    // One line, or a code line whose pipes were escaped.
                    continue;
                }

                string joined = "|" + string.Join("|", row.Cells.Select(c => c.Text));
                int start = page.LineStart(row.Line) + row.Column;
                Assert.Equal(joined, text.Substring(start, joined.Length));
                int end = text.IndexOf('\n', start + joined.Length);
                string rest = text.Substring(start + joined.Length, (end < 0 ? text.Length : end) - start - joined.Length).Trim();
                Assert.True(rest is "" or "|" || text[start + joined.Length - 1] == '\n', path + ": " + rest);
                multiLine++;
            }
        }

        Assert.True(multiLine > 3_000, multiLine + " rows over several lines");

        static (PageOutline Page, List<TableRow> Rows) Rows(string text, string path)
        {
            PageOutline page = PageOutline.Parse(text, new LineIndex(path, text));
            return (page, TableScanner.Scan(page, 0, page.LineCount).SelectMany(t => t.Header is { } header ? t.Rows.Prepend(header) : t.Rows.AsEnumerable()).ToList());
        }

        static string Describe(TableRow row) =>
            $"{row.Line}:{row.Column} " + string.Join(" ", row.Cells.Select(c => $"[{c.Line}:{c.Column} {c.Text}]"));
    }

    [Fact]
    public void A_cell_is_its_slice_of_the_source()
    {
        var cell = new TableCell("| name | String |", 1, 6, 3, 1);

        Assert.Equal(" name ", cell.Text);
        Assert.Equal("name", DocText.OneLine(cell));
        Assert.Equal("am", cell.Substring(2, 2));
        Assert.Equal((3, 1), (cell.Line, cell.Column));
    }

    [Fact]
    public void Caseless_characters_are_their_own_lower_case()
    {
        int caseless = 0;
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            if (LowerText.IsCaseless((char)c))
            {
                Assert.Equal(((char)c).ToString(), ((char)c).ToString().ToLowerInvariant());
                caseless++;
            }
        }

        Assert.True(caseless > 20_000, caseless + " caseless characters");
    }

    [Theory]
    [InlineData("Valid Values: **A**")]
    [InlineData("取值范围：1~100。Default Value: 5")]
    [InlineData("ÄÖÜ and Σ and \u212a (Kelvin) and \u24b6 (circled A) and \u0130")]
    [InlineData("全角 ＡＢＣ，Ｚ：ａ")]
    [InlineData("")]
    public void Lower_text_is_what_ToLowerInvariant_gives(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), LowerText.Of(text).ToString());
    }

    [Fact]
    public void Lower_text_is_what_ToLowerInvariant_gives_for_every_corpus_line()
    {
        foreach (string path in MarkdownPages())
        {
            foreach (string line in File.ReadAllLines(path))
            {
                Assert.Equal(line.ToLowerInvariant(), LowerText.Of(line).ToString());
            }
        }
    }

    [Fact]
    public void Short_strings_are_shared_and_keep_their_text()
    {
        var root = (JsonObject)JsonParser.Parse("{\"type\": \"string\", \"items\": [{\"type\": \"string\"}, {\"type\": \"strinG\"}], \"long\": \"" + new string('x', 40) + "\"}");
        var items = (JsonArray)root.Get("items")!;
        var first = (JsonObject)items[0];
        var second = (JsonObject)items[1];

        Assert.Same(root.Properties[0].Name, first.Properties[0].Name);
        Assert.Same(root.GetString("type"), first.GetString("type"));
        Assert.Equal("strinG", second.GetString("type"));
        Assert.Equal(new string('x', 40), root.GetString("long"));

        // Every text that shares a slot (a direct-mapped table) still comes back as itself.
        ShortStrings strings = ShortStrings.ForThread();
        string source = string.Concat(Enumerable.Range(0, 5000).Select(i => "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";"));
        int start = 0;
        foreach (string part in source.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Equal(part, strings.Get(source, start, part.Length));
            start += part.Length + 1;
        }
    }

    [Theory]
    [InlineData("Valid VALUES: a", "valu", true)]
    [InlineData("The DeFault is 5", "default", true)]
    [InlineData("vvvalu", "valu", true)]
    [InlineData("defaul", "default", false)]
    [InlineData("val u", "valu", false)]
    [InlineData("", "valu", false)]
    public void Ascii_needles_are_found_ignoring_case_as_in_the_lower_cased_text(string text, string needle, bool found)
    {
        Assert.Equal(found, LowerText.ContainsAscii(text.AsSpan(), needle));
        Assert.Equal(found, LowerText.Of(text).IndexOf(needle.AsSpan()) >= 0);
    }

    [Fact]
    public void Names_lose_tree_marks_code_marks_and_spaces_and_an_unchanged_name_is_not_copied()
    {
        Assert.Equal("InstanceId", DocText.Name("└ `Instance Id` "));
        Assert.Equal("Tag.N.Key", DocText.Name("**Tag.N.Key**"));
        Assert.Equal(string.Empty, DocText.Name(" └ "));

        string plain = "RequestId";
        Assert.Same(plain, DocText.Name(plain));
        Assert.Same(plain, DocText.OneLine(plain));
        Assert.Equal("a b c", DocText.OneLine(" a \n  b\tc "));
    }

    [Fact]
    public void Shared_text_gives_one_string_per_text_and_every_text_back_as_itself()
    {
        string first = SharedText.Of("| The ID of the request. |".AsSpan(2, 22));
        string second = SharedText.Of("The ID of the request.".AsSpan());

        Assert.Equal("The ID of the request.", first);
        Assert.Same(first, second);
        Assert.Same(string.Empty, SharedText.Of(ReadOnlySpan<char>.Empty));

        // Texts that share a slot (the hash reads a few characters: same length, ends and middle) replace each other,
        // and each still comes back as itself.
        foreach (string text in Enumerable.Range(0, 5000).Select(i => "a" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + "xyzxyzxyz-z"))
        {
            Assert.Equal(text, SharedText.Of(text.AsSpan()));
        }
    }

    [Fact]
    public void Shared_text_keeps_two_texts_of_one_hash()
    {
        // The same length and the same characters where the hash reads them (both ends, the middle, the quarters):
        // one hash, so one pair of slots. With one slot per hash the second pushed the first out.
        string first = SharedText.Of("abc1efghijklmnopqrst-shared".AsSpan());
        string second = SharedText.Of("abc2efghijklmnopqrst-shared".AsSpan());

        Assert.Same(first, SharedText.Of(new string("abc1efghijklmnopqrst-shared".ToCharArray()).AsSpan()));
        Assert.Same(second, SharedText.Of(new string("abc2efghijklmnopqrst-shared".ToCharArray()).AsSpan()));
        Assert.Same(first, SharedText.Of("abc1efghijklmnopqrst-shared".AsSpan()));
    }

    // The name DocText.Name gave before it was read in place: the one-line text with replacements.
    private static string NameByReplacing(string oneLine) =>
        oneLine.Replace("└", string.Empty).Replace("`", string.Empty).Trim().Replace(" ", string.Empty);

    private static IEnumerable<string> MarkdownPages() =>
        EnumCorpusFiguresTests.CorpusFiles().Where(p => p.EndsWith(".md", StringComparison.Ordinal));
}

using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Table rows and cells are ranges of one store per page, handed on to the thread's next page when the page is disposed
/// (<see cref="TableStore"/>), as the reader does: every row still reads as its source line split at its pipes, whatever
/// pages came before on the thread, and a table of a page already disposed throws rather than read another page's cells.
/// </summary>
public sealed class TableStoreTests
{
    /// <summary>
    /// Every corpus page read, scanned and disposed one after the other on one thread, in one order and in the other: each
    /// row on one line has the cells of its line split the plain way (at every pipe no backslash escapes, the text after
    /// the last one kept unless blank), no separator row is in a table, the header comes before its rows, and the rows come
    /// in line order.
    /// </summary>
    [Fact]
    public void Rows_are_their_lines_split_at_pipes_whatever_page_came_before()
    {
        List<string> pages = EnumCorpusFiguresTests.CorpusFiles().Where(p => p.EndsWith(".md", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();

        List<string> forward = Read(pages, Enumerable.Range(0, pages.Count));
        List<string> backward = Read(pages, Enumerable.Range(0, pages.Count).Reverse());

        Assert.True(pages.Count > 1_000, pages.Count + " pages");
        Assert.All(Enumerable.Range(0, pages.Count), i => Assert.Equal(forward[i], backward[pages.Count - 1 - i]));
        Assert.True(forward.Sum(rows => rows.Count(c => c == '\n')) > 30_000, "rows checked");
    }

    [Fact]
    public void A_table_read_after_its_page_is_disposed_throws_and_the_next_page_reads_its_own()
    {
        OnThreadOfItsOwn(() =>
        {
            PageOutline first = Parse("| Name | Type |\n|---|---|\n| a | String |\n");
            MarkdownTable table = Assert.Single(TableScanner.Scan(first, 0, first.LineCount));
            Assert.Equal(" a ", table.Rows[0].Cells[0].Text);
            TableRow row = table.Rows[0];
            first.Dispose();

            using PageOutline second = Parse("| Name | Type |\n|---|---|\n| b | Integer |\n| c | Long |\n");
            MarkdownTable next = Assert.Single(TableScanner.Scan(second, 0, second.LineCount));

            Assert.Throws<ObjectDisposedException>(() => table.Rows[0]);
            Assert.Throws<ObjectDisposedException>(() => row.Cells[0]);
            Assert.Equal(new[] { " b ", " c " }, next.Rows.Select(r => r.Cells[0].Text));
            Assert.Equal(new[] { " Integer ", " Long " }, next.Rows.Select(r => r.Cells[1].Text));
        });
    }

    private static List<string> Read(List<string> pages, IEnumerable<int> order)
    {
        var described = new Dictionary<int, string>();
        OnThreadOfItsOwn(() =>
        {
            foreach (int i in order)
            {
                using PageOutline page = Parse(pages[i]);

                // Twice over parts of the page, as the reader scans its sections, then the whole page.
                TableScanner.Scan(page, 0, page.LineCount / 2);
                TableScanner.Scan(page, page.LineCount / 3, page.LineCount);
                described[i] = string.Concat(TableScanner.Scan(page, 0, page.LineCount).Select(table => Describe(page, table)));
            }
        });
        return order.Select(i => described[i]).ToList();
    }

    private static string Describe(PageOutline page, MarkdownTable table)
    {
        List<TableRow> rows = table.Header is { } header ? table.Rows.Prepend(header).ToList() : table.Rows.ToList();
        Assert.All(rows, row => Assert.False(row.IsSeparator, $"separator row at line {row.Line} in a table"));
        for (int r = 1; r < rows.Count; r++)
        {
            Assert.True(rows[r].Line > rows[r - 1].Line, $"row at line {rows[r].Line} after line {rows[r - 1].Line}");
        }

        foreach (TableRow row in rows.Where(row => row.Cells.All(c => c.Line == row.Line && !c.Text.Contains('\n'))))
        {
            Assert.Equal(PlainSplit(page.Line(row.Line).Substring(row.Column)), row.Cells.Select(c => c.Text));
        }

        return string.Concat(rows.Select(row => $"{row.Line}:{row.Column} {string.Join("|", row.Cells.Select(c => c.Text))}\n"));
    }

    // The text between unescaped pipes from the first on; after the last one, only text that is not blank.
    private static List<string> PlainSplit(string line)
    {
        var cells = new List<string>();
        int start = -1;
        for (int i = 0; i <= line.Length; i++)
        {
            bool pipe = i < line.Length && line[i] == '|' && (i == 0 || line[i - 1] != '\\');
            if (!pipe && i < line.Length)
            {
                continue;
            }

            if (start >= 0 && (pipe || line.Substring(start, i - start).Trim().Length > 0))
            {
                cells.Add(line.Substring(start, i - start));
            }

            start = i + 1;
        }

        return cells;
    }

    // A thread whose per-thread store no other test touches; what fails on it fails the test (not the test run).
    private static void OnThreadOfItsOwn(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    private static PageOutline Parse(string text) => PageOutline.Parse(text, new LineIndex("t.md", text));
}

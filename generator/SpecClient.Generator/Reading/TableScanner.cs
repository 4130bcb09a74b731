using System;
using System.Collections.Generic;
using System.Text;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Finds the pipe tables in a range of source lines, the way doc pages actually write them: cells that run
/// over several lines (with blank lines inside), one cell per line, missing separator rows, single-dash
/// separators, tables indented inside list items, and rows with too few or too many cells.
/// </summary>
internal static class TableScanner
{
    // One builder and one origin list per thread, reused row after row (rows are most of a page's lines).
    [ThreadStatic]
    private static StringBuilder? RowText;

    [ThreadStatic]
    private static List<(int Offset, int Line, int Column)>? RowOrigins;

    // Where the separator rows of the table block being read are, reused block after block.
    [ThreadStatic]
    private static List<int>? BlockSeparators;

    /// <summary>
    /// The tables of lines [<paramref name="fromLine"/>, <paramref name="toLine"/>): their rows and cells are ranges of the
    /// page's table store (<see cref="PageOutline.Tables"/>), readable until the page is disposed.
    /// </summary>
    public static List<MarkdownTable> Scan(PageOutline page, int fromLine, int toLine)
    {
        var tables = new List<MarkdownTable>();
        TableStore store = page.Tables;
        List<int> separators = BlockSeparators ??= new List<int>();
        separators.Clear();

        // The rows of the block being read are the store's rows from blockStart on (a block's rows are added in a run).
        int blockStart = store.Rows.Count;
        int expectedCells = 0;
        int line = fromLine;
        while (line < toLine)
        {
            ReadOnlySpan<char> text = page.LineSpan(line);
            int first = FirstNonWhiteSpace(text);
            if (page.IsInCodeBlock(line))
            {
                EndBlock(store, ref blockStart, separators, tables);
                line++;
                continue;
            }

            if (first == text.Length || text[first] != '|')
            {
                if (first != text.Length)
                {
                    // Prose between rows ends the table.
                    EndBlock(store, ref blockStart, separators, tables);
                }

                line++;
                continue;
            }

            int blockRows = store.Rows.Count - blockStart;
            if (blockRows == 0)
            {
                expectedCells = 0;
            }

            TableRow row = ReadRow(page, store, ref line, toLine, expectedCells);
            if (row.IsSeparator)
            {
                expectedCells = row.Cells.Count;
                separators.Add(blockRows);
            }
            else if (expectedCells == 0 && blockRows == 0)
            {
                expectedCells = row.Cells.Count;
            }
        }

        EndBlock(store, ref blockStart, separators, tables);
        return tables;
    }

    private static void EndBlock(TableStore store, ref int blockStart, List<int> separators, List<MarkdownTable> tables)
    {
        if (store.Rows.Count > blockStart)
        {
            SplitIntoTables(store.Rows.Slice(blockStart, store.Rows.Count - blockStart), separators, tables);
            blockStart = store.Rows.Count;
            separators.Clear();
        }
    }

    // A separator row makes the row before it a header and starts a new table there. A block without any
    // separator is one table whose first row is the header when it names known columns (old CDN pages).
    private static void SplitIntoTables(PageSlice<TableRow> rows, List<int> separators, List<MarkdownTable> tables)
    {
        if (separators.Count == 0)
        {
            if (ColumnMap.LooksLikeHeader(rows[0]))
            {
                tables.Add(new MarkdownTable(rows[0], rows.Slice(1, rows.Count - 1), rows[0].Line));
            }
            else
            {
                tables.Add(new MarkdownTable(null, rows, rows[0].Line));
            }

            return;
        }

        if (separators[0] > 1)
        {
            // Rows before the first header: a continuation of an earlier table or a header-less table.
            tables.Add(new MarkdownTable(null, rows.Slice(0, separators[0] - 1), rows[0].Line));
        }

        for (int s = 0; s < separators.Count; s++)
        {
            int separator = separators[s];
            TableRow? header = separator > 0 ? rows[separator - 1] : null;

            // Up to the next separator's header row: no separator lies between two consecutive ones.
            int end = s + 1 < separators.Count ? separators[s + 1] - 1 : rows.Count;
            PageSlice<TableRow> body = rows.Slice(separator + 1, Math.Max(0, end - separator - 1));
            tables.Add(new MarkdownTable(header, body, (header ?? rows[separator]).Line));
        }
    }

    // Reads one row starting at a line that begins with '|'. The row goes on over following lines until a
    // line ends with '|'. A new '|' line also ends it once the row already has the table's cell count, so a
    // row missing its closing pipe does not swallow the next row. A row on one line (most rows) is split in
    // place in the page text, with no copy of the line.
    private static TableRow ReadRow(PageOutline page, TableStore store, ref int line, int toLine, int expectedCells)
    {
        ReadOnlySpan<char> opening = page.LineSpan(line);
        int openingIndent = FirstNonWhiteSpace(opening);
        if (EndsRow(opening.Slice(openingIndent)))
        {
            // Most rows: one line, split where it stands (what the loop below does for them, without the pipe count and
            // the origin list).
            int row = line++;
            return Split(store, page, page.LineStart(row) + openingIndent, opening.Length - openingIndent, row, openingIndent);
        }

        // A row over several lines: its lines joined with '\n', read in place in the page where they follow on (JoinedRow).
        var joined = new JoinedRow(page.Text, page.LineStart(line) + openingIndent, RowText ??= new StringBuilder(256));
        List<(int Offset, int Line, int Column)> origins = RowOrigins ??= new List<(int Offset, int Line, int Column)>();
        origins.Clear();
        int startLine = line;
        int pipes = 0;
        while (line < toLine)
        {
            ReadOnlySpan<char> raw = page.LineSpan(line);
            if (line != startLine)
            {
                int first = FirstNonWhiteSpace(raw);
                if (page.IsInCodeBlock(line) && CellGoesOnAfterCode(page, line, toLine))
                {
                    // A code block inside a multi-line cell (ECS shows the allowed password characters so): cell text,
                    // its pipes escaped so they split no cell.
                    origins.Add((joined.Length + 1, line, 0));
                    joined.AppendLine(page.Line(line).Replace("|", "\\|"));
                    line++;
                    continue;
                }

                if (page.IsInCodeBlock(line) || (first < raw.Length && raw[first] == '#'))
                {
                    break;
                }

                if (first < raw.Length && raw[first] == '|' && expectedCells > 0 && CellsSoFar(pipes, joined.LastNonWhiteSpace) >= expectedCells)
                {
                    break;
                }
            }

            int indent = line == startLine ? openingIndent : 0;
            ReadOnlySpan<char> content = raw.Slice(indent);
            origins.Add((line == startLine ? 0 : joined.Length + 1, line, indent));
            joined.Append(page.LineStart(line) + indent, content.Length, newLine: line != startLine);
            pipes += Pipes(content);
            line++;
            if (EndsRow(content))
            {
                break;
            }
        }

        // Where the row's text lies in the page, the page places its cells; a copy places them by the lines it was joined from.
        return joined.InPlace
            ? Split(store, page, joined.Start, joined.Length, startLine, openingIndent)
            : Split(store, new RowCopy(joined.Copy.ToString(), origins.ToArray()), 0, joined.Length, startLine, openingIndent);
    }

    private static int FirstNonWhiteSpace(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // A line ends the row when it ends with an unescaped '|' (white space after it aside).
    private static bool EndsRow(ReadOnlySpan<char> content)
    {
        int end = content.Length - 1;
        while (end >= 0 && char.IsWhiteSpace(content[end]))
        {
            end--;
        }

        return end >= 0 && content[end] == '|' && !(end >= 1 && content[end - 1] == '\\');
    }

    // Whether the row goes on after the code block starting at this line: the next line outside code that ends
    // a row ("... |" or a lone "|") comes before any heading or new row.
    private static bool CellGoesOnAfterCode(PageOutline page, int line, int toLine)
    {
        for (int i = line; i < toLine; i++)
        {
            if (page.IsInCodeBlock(i))
            {
                continue;
            }

            string trimmed = page.Line(i).Trim();
            if (trimmed.StartsWith("#", StringComparison.Ordinal))
            {
                return false;
            }

            if (trimmed.EndsWith("|", StringComparison.Ordinal) && (trimmed == "|" || !trimmed.StartsWith("|", StringComparison.Ordinal)))
            {
                return true;
            }

            if (trimmed.StartsWith("|", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private static int Pipes(ReadOnlySpan<char> content)
    {
        int pipes = 0;
        for (int i = 0; i < content.Length; i++)
        {
            if (content[i] == '|' && (i == 0 || content[i - 1] != '\\'))
            {
                pipes++;
            }
        }

        return pipes;
    }

    // Cells of a row read so far: the pipes, less the closing one when the text ends with it.
    private static int CellsSoFar(int pipes, char lastNonWhiteSpace) => lastNonWhiteSpace == '|' ? pipes - 1 : pipes;

    // The cells of a row's text, source.Text[offset..offset+length): split at unescaped pipes, the text after the last
    // pipe kept only when it is not blank. Added to the page's table store, the row a range of them; the pipes are found
    // with IndexOf, and the text between them is not read but for the last cell.
    private static TableRow Split(TableStore store, CellSource source, int offset, int length, int line, int column)
    {
        int firstCell = store.Cells.Count;
        string text = source.Text;
        int end = offset + length;
        int cellStart = -1;
        for (int from = offset; from <= end;)
        {
            int pipe = NextPipe(text, from, offset, end);
            if (cellStart >= 0 && (pipe != end || !IsBlank(text, cellStart, pipe)))
            {
                store.Cells.Add(new TableCell(source, cellStart, pipe - cellStart));
            }

            cellStart = pipe + 1;
            from = pipe + 1;
        }

        return store.AddRow(firstCell, line, column);
    }

    // The first '|' at or after `from` that no backslash escapes (a '|' at the row's start never is), or `end`.
    private static int NextPipe(string text, int from, int rowStart, int end)
    {
        while (from < end)
        {
            int pipe = text.IndexOf('|', from, end - from);
            if (pipe < 0)
            {
                return end;
            }

            if (pipe == rowStart || text[pipe - 1] != '\\')
            {
                return pipe;
            }

            from = pipe + 1;
        }

        return end;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}

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

    // The rows of the table block being read and where its separator rows are, reused block after block: each table
    // takes an exact-size copy of its rows.
    [ThreadStatic]
    private static List<TableRow>? BlockRows;

    [ThreadStatic]
    private static List<int>? BlockSeparators;

    public static List<MarkdownTable> Scan(PageOutline page, int fromLine, int toLine)
    {
        var tables = new List<MarkdownTable>();
        List<TableRow> block = BlockRows ??= new List<TableRow>();
        List<int> separators = BlockSeparators ??= new List<int>();
        block.Clear();
        separators.Clear();
        int expectedCells = 0;
        int line = fromLine;
        while (line < toLine)
        {
            ReadOnlySpan<char> text = page.LineSpan(line);
            int first = FirstNonWhiteSpace(text);
            if (page.IsInCodeBlock(line))
            {
                EndBlock(block, separators, tables);
                line++;
                continue;
            }

            if (first == text.Length || text[first] != '|')
            {
                if (first != text.Length)
                {
                    // Prose between rows ends the table.
                    EndBlock(block, separators, tables);
                }

                line++;
                continue;
            }

            if (block.Count == 0)
            {
                expectedCells = 0;
            }

            TableRow row = ReadRow(page, ref line, toLine, expectedCells);
            if (row.IsSeparator)
            {
                expectedCells = row.Cells.Count;
                separators.Add(block.Count);
            }
            else if (expectedCells == 0 && block.Count == 0)
            {
                expectedCells = row.Cells.Count;
            }

            block.Add(row);
        }

        EndBlock(block, separators, tables);
        return tables;
    }

    private static void EndBlock(List<TableRow> rows, List<int> separators, List<MarkdownTable> tables)
    {
        if (rows.Count > 0)
        {
            SplitIntoTables(rows, separators, tables);
            rows.Clear();
            separators.Clear();
        }
    }

    // A separator row makes the row before it a header and starts a new table there. A block without any
    // separator is one table whose first row is the header when it names known columns (old CDN pages).
    private static void SplitIntoTables(List<TableRow> rows, List<int> separators, List<MarkdownTable> tables)
    {
        if (separators.Count == 0)
        {
            if (ColumnMap.LooksLikeHeader(rows[0]))
            {
                tables.Add(new MarkdownTable(rows[0], rows.GetRange(1, rows.Count - 1), rows[0].Line));
            }
            else
            {
                tables.Add(new MarkdownTable(null, rows.GetRange(0, rows.Count), rows[0].Line));
            }

            return;
        }

        if (separators[0] > 1)
        {
            // Rows before the first header: a continuation of an earlier table or a header-less table.
            tables.Add(new MarkdownTable(null, rows.GetRange(0, separators[0] - 1), rows[0].Line));
        }

        for (int s = 0; s < separators.Count; s++)
        {
            int separator = separators[s];
            TableRow? header = separator > 0 ? rows[separator - 1] : null;

            // Up to the next separator's header row: no separator lies between two consecutive ones.
            int end = s + 1 < separators.Count ? separators[s + 1] - 1 : rows.Count;
            List<TableRow> body = end > separator + 1 ? rows.GetRange(separator + 1, end - separator - 1) : new List<TableRow>();
            tables.Add(new MarkdownTable(header, body, (header ?? rows[separator]).Line));
        }
    }

    // Reads one row starting at a line that begins with '|'. The row goes on over following lines until a
    // line ends with '|'. A new '|' line also ends it once the row already has the table's cell count, so a
    // row missing its closing pipe does not swallow the next row. A row on one line (most rows) is split in
    // place in the page text, with no copy of the line.
    private static TableRow ReadRow(PageOutline page, ref int line, int toLine, int expectedCells)
    {
        ReadOnlySpan<char> opening = page.LineSpan(line);
        int openingIndent = FirstNonWhiteSpace(opening);
        if (EndsRow(opening.Slice(openingIndent)))
        {
            // Most rows: one line, split where it stands (what the loop below does for them, without the pipe count and
            // the origin list).
            int row = line++;
            return SplitLine(page.Text, page.LineStart(row) + openingIndent, opening.Length - openingIndent, row, openingIndent);
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

        return joined.InPlace
            ? SplitCells(page.Text, joined.Start, joined.Length, origins, startLine)
            : SplitCells(joined.Copy.ToString(), 0, joined.Length, origins, startLine);
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

    // The cells of the row text source[offset..offset+length): split at unescaped pipes, the text after the
    // last pipe kept only when it is not blank. Counted first, so the cells fill an array of the exact size.
    private static TableRow SplitCells(string source, int offset, int length, List<(int Offset, int Line, int Column)> origins, int startLine)
    {
        var cells = new TableCell[Cells(source, offset, length, null, origins)];
        Cells(source, offset, length, cells, origins);
        (int line, int column) = Position(origins, 0);
        return new TableRow(cells, line == 0 && origins.Count == 0 ? startLine : line, column);
    }

    // The cells of a row on one line, starting at `column` of `line`.
    private static TableRow SplitLine(string source, int offset, int length, int line, int column)
    {
        var cells = new TableCell[Cells(source, offset, length, null, null, line, column)];
        Cells(source, offset, length, cells, null, line, column);
        return new TableRow(cells, line, column);
    }

    // Counts the cells, and fills them in when given an array. A cell's place comes from the origins of a row's lines,
    // or without them from the one line and column the row starts at.
    private static int Cells(string source, int offset, int length, TableCell[]? cells, List<(int Offset, int Line, int Column)>? origins, int line = 0, int column = 0)
    {
        int end = offset + length;
        int count = 0;
        int cellStart = -1;
        for (int i = offset; i <= end; i++)
        {
            bool boundary = i == end || (source[i] == '|' && (i == offset || source[i - 1] != '\\'));
            if (!boundary)
            {
                continue;
            }

            if (cellStart >= 0 && (i != end || !IsBlank(source, cellStart, i)))
            {
                if (cells is not null)
                {
                    (int cellLine, int cellColumn) = origins is null ? (line, column + (cellStart - offset)) : Position(origins, cellStart - offset);
                    cells[count] = new TableCell(source, cellStart, i - cellStart, cellLine, cellColumn);
                }

                count++;
            }

            cellStart = i + 1;
        }

        return count;
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

    private static (int Line, int Column) Position(List<(int Offset, int Line, int Column)> origins, int offset)
    {
        var origin = origins[0];
        foreach (var candidate in origins)
        {
            if (candidate.Offset > offset)
            {
                break;
            }

            origin = candidate;
        }

        return (origin.Line, origin.Column + (offset - origin.Offset));
    }
}

using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>A table as found in the page's source lines: a header row (if any) and data rows.</summary>
internal sealed class MarkdownTable
{
    private ColumnMap? _columns;

    public MarkdownTable(TableRow? header, List<TableRow> rows, int firstLine)
    {
        Header = header;
        Rows = rows;
        FirstLine = firstLine;
    }

    public TableRow? Header { get; }

    public List<TableRow> Rows { get; }

    public int FirstLine { get; }

    /// <summary>The header's column layout, read once (the table is asked whether it is recognized, then read).</summary>
    public ColumnMap Columns => _columns ??= ColumnMap.FromHeader(Header);
}

/// <summary>One row, whose cells may span several source lines.</summary>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells, int Line, int Column)
{
    public bool IsSeparator
    {
        get
        {
            if (Cells.Count == 0)
            {
                return false;
            }

            for (int i = 0; i < Cells.Count; i++)
            {
                if (!IsSeparatorCell(Cells[i].Text))
                {
                    return false;
                }
            }

            return true;
        }
    }

    // "---", ":--:", " - ": only dashes and colons between white space, at least one dash. Read without trimming
    // copies: it is asked of every row several times while tables are split.
    private static bool IsSeparatorCell(string text)
    {
        int start = 0, end = text.Length - 1;
        while (start <= end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end >= start && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        bool dash = false;
        for (int i = start; i <= end; i++)
        {
            if (text[i] == '-')
            {
                dash = true;
            }
            else if (text[i] != ':')
            {
                return false;
            }
        }

        return dash;
    }
}

/// <summary>One cell: its raw markdown text and where it starts (0-based line and column).</summary>
internal sealed record TableCell(string Text, int Line, int Column);

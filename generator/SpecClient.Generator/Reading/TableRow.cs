using System;

namespace SpecClient.Generator.Reading;

/// <summary>One row, whose cells may span several source lines: a range of its page's cells (<see cref="TableStore"/>).</summary>
internal readonly struct TableRow
{
    public TableRow(PageSlice<TableCell> cells, int line, int column)
    {
        Cells = cells;
        Line = line;
        Column = column;
    }

    public PageSlice<TableCell> Cells { get; }

    public int Line { get; }

    public int Column { get; }

    public bool IsSeparator
    {
        get
        {
            if (Cells.Count == 0)
            {
                return false;
            }

            foreach (TableCell cell in Cells)
            {
                if (!IsSeparatorCell(cell.Span))
                {
                    return false;
                }
            }

            return true;
        }
    }

    // "---", ":--:", " - ": only dashes and colons between white space, at least one dash. Read without trimming
    // copies: it is asked of every row several times while tables are split.
    private static bool IsSeparatorCell(ReadOnlySpan<char> text)
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

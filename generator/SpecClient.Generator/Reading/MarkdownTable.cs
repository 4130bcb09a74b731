using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>A table as found in the page's source lines: a header row (if any) and data rows.</summary>
internal sealed class MarkdownTable
{
    public MarkdownTable(TableRow? header, List<TableRow> rows, int firstLine)
    {
        Header = header;
        Rows = rows;
        FirstLine = firstLine;
    }

    public TableRow? Header { get; }

    public List<TableRow> Rows { get; }

    public int FirstLine { get; }
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

            foreach (TableCell cell in Cells)
            {
                string text = cell.Text.Trim();
                if (text.Length == 0 || text.Trim(':', '-').Length != 0 || text.IndexOf('-') < 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>One cell: its raw markdown text and where it starts (0-based line and column).</summary>
internal sealed record TableCell(string Text, int Line, int Column);

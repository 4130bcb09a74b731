using System;
using System.Collections.Generic;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>Turns table rows into <see cref="SpecRow"/>s through the table's <see cref="ColumnMap"/>.</summary>
internal static class RowReader
{
    // Made once: a `params char[]` argument is a new array on every row.
    private static readonly char[] FullStops = { '.', '。' };

    /// <summary>Reads the table's rows into <paramref name="rows"/>, cleared first: a list the caller reuses from table to table.</summary>
    /// <param name="keepUnnamed">Keep a row whose name cell is empty but that gives an example (<c>|└|String|OSS-Administrator|</c>),
    /// with an empty name, for the response tree to name from the sample; other readers skip such rows.</param>
    public static void Read(MarkdownTable table, LineIndex lines, DiagnosticBag diagnostics, List<SpecRow> rows, bool keepUnnamed = false)
    {
        rows.Clear();
        ColumnMap columns = table.Columns;
        int expected = table.Header?.Cells.Count ?? 0;
        foreach (TableRow row in table.Rows)
        {
            if (row.Cells.Count == 0)
            {
                continue;
            }

            TableCell nameCell = columns.Name >= 0 && columns.Name < row.Cells.Count ? row.Cells[columns.Name] : row.Cells[0];
            ReadOnlySpan<char> rawName = nameCell.Span;
            string name = DocText.Name(nameCell);
            LocationInfo location = lines.At(nameCell.Line, nameCell.Column, Math.Max(1, LengthWithoutTrailingSpace(rawName)));
            if (name.Length == 0 && !(keepUnnamed && columns.Cell(row, columns.Example).Trim().Length > 0))
            {
                diagnostics.Add(DiagnosticIds.MalformedRow, "A table row has no parameter name; the row is skipped.", location);
                continue;
            }

            if (expected > 0 && row.Cells.Count != expected)
            {
                diagnostics.Add(
                    DiagnosticIds.MalformedRow,
                    "The row '" + name + "' has " + row.Cells.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " cells where the table has " + expected.ToString(System.Globalization.CultureInfo.InvariantCulture) + " columns; its cells are read by position.",
                    location);
            }

            // Cells are read in place (DocText.OneLine(TableCell)): only the text kept is copied.
            string typeText = string.Empty;
            TypeCell type = columns.CellAt(row, columns.Type) is { } typeCell ? TypeCell.Parse(typeCell, out typeText) : TypeCell.None;
            TableCell? descriptionCell = columns.CellAt(row, columns.Description);
            string example = OneLine(columns.CellAt(row, columns.Example));
            string description = OneLine(descriptionCell);
            rows.Add(new SpecRow(
                name,
                type,
                typeText,
                IsRequired(columns.CellAt(row, columns.Required)),
                rawName.IndexOf('└') >= 0,
                EnumValues.Of(description, example.Length == 0 ? null : example, descriptionCell),
                location,
                RoaPositions.FromCell(columns.CellAt(row, columns.Position))));
        }
    }

    private static string OneLine(TableCell? cell) => cell is { } value ? DocText.OneLine(value) : string.Empty;

    // "Yes", "true", "Required", "是", "必选" or "必须", after white space and full stops. Read in place: a cell that
    // needs cleaning or joining could be none of these before it is cleaned, so only it is cleaned first.
    private static bool IsRequired(TableCell? cell)
    {
        if (cell is not { } value)
        {
            return false;
        }

        ReadOnlySpan<char> text = DocText.HasMarkup(value.Span) ? DocText.OneLine(value.Text).AsSpan() : value.Span.Trim();
        text = text.TrimEnd(FullStops);
        return LowerText.Is(text, "yes") || LowerText.Is(text, "true") || LowerText.Is(text, "required") || text.SequenceEqual("是".AsSpan()) || text.SequenceEqual("必选".AsSpan()) || text.SequenceEqual("必须".AsSpan());
    }

    private static int LengthWithoutTrailingSpace(ReadOnlySpan<char> text)
    {
        int length = text.Length;
        while (length > 0 && char.IsWhiteSpace(text[length - 1]))
        {
            length--;
        }

        return length;
    }
}

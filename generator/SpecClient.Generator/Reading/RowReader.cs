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

    /// <param name="keepUnnamed">Keep a row whose name cell is empty but that gives an example (<c>|└|String|OSS-Administrator|</c>),
    /// with an empty name, for the response tree to name from the sample; other readers skip such rows.</param>
    public static List<SpecRow> Read(MarkdownTable table, LineIndex lines, DiagnosticBag diagnostics, bool keepUnnamed = false)
    {
        ColumnMap columns = table.Columns;
        int expected = table.Header?.Cells.Count ?? 0;
        var rows = new List<SpecRow>();
        foreach (TableRow row in table.Rows)
        {
            if (row.Cells.Count == 0)
            {
                continue;
            }

            TableCell nameCell = columns.Name >= 0 && columns.Name < row.Cells.Count ? row.Cells[columns.Name] : row.Cells[0];
            string rawName = nameCell.Text;
            string name = DocText.Name(rawName);
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

            string typeText = columns.Cell(row, columns.Type);
            string required = DocText.OneLine(columns.Cell(row, columns.Required)).TrimEnd(FullStops);
            string example = DocText.OneLine(columns.Cell(row, columns.Example)).Trim();
            string description = DocText.OneLine(columns.Cell(row, columns.Description)).Trim();
            rows.Add(new SpecRow(
                name,
                TypeCell.Parse(typeText),
                DocText.OneLine(typeText).Trim(),
                LowerText.Is(required, "yes") || LowerText.Is(required, "true") || LowerText.Is(required, "required") || required is "是" or "必选" or "必须",
                rawName.IndexOf('└') >= 0,
                EnumValues.Complete(new DocComment(description, example.Length == 0 ? null : example, null), columns.Cell(row, columns.Description)),
                location,
                RoaPositions.FromCell(columns.Cell(row, columns.Position))));
        }

        return rows;
    }

    private static int LengthWithoutTrailingSpace(string text)
    {
        int length = text.Length;
        while (length > 0 && char.IsWhiteSpace(text[length - 1]))
        {
            length--;
        }

        return length;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>Reads error-code tables, whichever of their ten or so column orders the page uses.</summary>
internal static class ErrorTableReader
{
    public static List<ErrorCode> Read(MarkdownTable table)
    {
        var codes = new List<ErrorCode>();
        if (table.Header is not { } header)
        {
            return codes;
        }

        int code = -1, message = -1, status = -1, description = -1;
        for (int i = 0; i < header.Cells.Count; i++)
        {
            // Read lower-cased in LowerText's buffer: a header cell is only classified, never kept.
            ReadOnlySpan<char> cell = LowerText.Of(DocText.OneLine(header.Cells[i]));
            if (Has(cell, "status") || cell.SequenceEqual("httpcode".AsSpan()) || cell.SequenceEqual("http code".AsSpan()) || Has(cell, "状态码"))
            {
                status = status < 0 ? i : status;
            }
            else if (Has(cell, "code") || Has(cell, "错误码"))
            {
                code = code < 0 ? i : code;
            }
            else if (Has(cell, "message") || Has(cell, "错误信息"))
            {
                message = message < 0 ? i : message;
            }
            else if (Has(cell, "description") || Has(cell, "semantics") || Has(cell, "描述") || Has(cell, "说明"))
            {
                description = description < 0 ? i : description;
            }
        }

        if (code < 0)
        {
            return codes;
        }

        // Every row is a code, mostly: one array of the rows' number instead of one grown by doubling.
        codes.Capacity = table.Rows.Count;
        foreach (TableRow row in table.Rows)
        {
            string value = Cell(row, code);
            if (value.Length == 0 || value.IndexOf(' ') >= 0)
            {
                continue;
            }

            int? http = Status(row, status);
            codes.Add(new ErrorCode(value, NullIfEmpty(Cell(row, message)), http, NullIfEmpty(Cell(row, description))));
        }

        return codes;
    }

    // The HTTP status column's number. A cell of digits alone (most: "400") is read in place: its one-line text is
    // itself, and no string is made or looked up for it; any other cell is read as the other cells are, then parsed.
    private static int? Status(TableRow row, int column)
    {
        if (column >= 0 && column < row.Cells.Count && PlainStatus(row.Cells[column].Span.Trim()) is { } plain)
        {
            return plain;
        }

        return int.TryParse(Cell(row, column), NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) ? parsed : null;
    }

    // 1 to 9 ASCII digits (no int overflows), else null.
    private static int? PlainStatus(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 9)
        {
            return null;
        }

        int value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static string Cell(TableRow row, int column) =>
        column >= 0 && column < row.Cells.Count ? DocText.OneLine(row.Cells[column]) : string.Empty;

    private static bool Has(ReadOnlySpan<char> text, string value) => text.IndexOf(value.AsSpan()) >= 0;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}

using System;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>The Position/Location column of ROA request tables (<c>Path</c>, <c>Query</c>, <c>Body</c>, <c>Header</c>, in English or Chinese).</summary>
internal static class RoaPositions
{
    /// <summary>The position a cell names; null for no cell (a table without the column) or an empty one.</summary>
    public static ParameterPosition? FromCell(TableCell? cell)
    {
        if (cell is not { } value)
        {
            return null;
        }

        // Read in place: only a cell with markup is cleaned first. Joining lines (OneLine) cannot change what
        // the checks below see: a prefix, or a whole word with no white space inside.
        ReadOnlySpan<char> text = DocText.HasMarkup(value.Span) ? DocText.OneLine(value.Text).AsSpan().Trim() : value.Span.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (LowerText.StartsWith(text, "path") || text.SequenceEqual("路径".AsSpan()))
        {
            return ParameterPosition.Path;
        }

        if (LowerText.StartsWith(text, "body") || text.SequenceEqual("请求体".AsSpan()))
        {
            return ParameterPosition.Body;
        }

        if (LowerText.StartsWith(text, "header") || text.SequenceEqual("请求头".AsSpan()))
        {
            return ParameterPosition.Header;
        }

        if (LowerText.StartsWith(text, "host"))
        {
            return ParameterPosition.Host;
        }

        if (LowerText.StartsWith(text, "formdata"))
        {
            return ParameterPosition.FormData;
        }

        return ParameterPosition.Query;
    }
}

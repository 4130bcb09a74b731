using System;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>The Position/Location column of ROA request tables (<c>Path</c>, <c>Query</c>, <c>Body</c>, <c>Header</c>, in English or Chinese).</summary>
internal static class RoaPositions
{
    public static ParameterPosition? FromCell(string cell)
    {
        string text = DocText.OneLine(cell).Trim().ToLowerInvariant();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.StartsWith("path", StringComparison.Ordinal) || text == "路径")
        {
            return ParameterPosition.Path;
        }

        if (text.StartsWith("body", StringComparison.Ordinal) || text == "请求体")
        {
            return ParameterPosition.Body;
        }

        if (text.StartsWith("header", StringComparison.Ordinal) || text == "请求头")
        {
            return ParameterPosition.Header;
        }

        if (text.StartsWith("host", StringComparison.Ordinal))
        {
            return ParameterPosition.Host;
        }

        if (text.StartsWith("formdata", StringComparison.Ordinal))
        {
            return ParameterPosition.FormData;
        }

        return ParameterPosition.Query;
    }
}

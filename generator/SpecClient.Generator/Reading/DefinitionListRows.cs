using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The parameters of older RAM pages, written as a definition list instead of a table: a bold name on a line of
/// its own, then <c>-   Type: String</c>, <c>-   Required: Yes</c> and <c>-   Description: ...</c> bullets.
/// </summary>
internal static class DefinitionListRows
{
    public static List<SpecRow> Read(PageOutline page, int from, int to, LineIndex lines)
    {
        var rows = new List<SpecRow>();
        for (int i = from; i < to && i < page.LineCount; i++)
        {
            string line = page.Line(i).Trim();
            if (page.IsInCodeBlock(i) || line.Length <= 4 || !line.StartsWith("**", StringComparison.Ordinal) || !line.EndsWith("**", StringComparison.Ordinal))
            {
                continue;
            }

            string name = line.Substring(2, line.Length - 4).Trim();
            string? type = null, description = null;
            bool required = false;
            int next = i + 1;
            for (; next < to && next < page.LineCount; next++)
            {
                string item = page.Line(next).Trim();
                if (item.Length == 0)
                {
                    continue;
                }

                if (!item.StartsWith("-", StringComparison.Ordinal))
                {
                    break;
                }

                string text = item.TrimStart('-', ' ', '\t');
                type ??= After(text, "Type:");
                description ??= After(text, "Description:");
                required |= After(text, "Required:") is { } value && value.StartsWith("Yes", StringComparison.OrdinalIgnoreCase);
            }

            if (type is null || !RequestParameterBuilder.IsIdentifier(name.Replace(".", string.Empty)))
            {
                continue;
            }

            int column = page.Line(i).IndexOf("**", StringComparison.Ordinal) + 2;
            rows.Add(new SpecRow(name, TypeCell.Parse(type), type, required, false, new DocComment(DocText.OneLine(description ?? string.Empty), null, null), lines.At(i, column, name.Length)));
            i = next - 1;
        }

        return rows;
    }

    private static string? After(string text, string label) =>
        text.StartsWith(label, StringComparison.OrdinalIgnoreCase) ? text.Substring(label.Length).Trim() : null;
}

using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The sentence a page puts right above a table, which some pages let say whose fields the table holds: SLS's
/// "The following table describes the full-text index configuration." under |keys|Object| and |line|Object| (the
/// latter "The full-text index configuration.").
/// </summary>
internal static class TableIntro
{
    private const string Marker = "table describes the ";

    /// <summary>
    /// What the sentence above the table of <paramref name="rows"/> says the table describes ("full-text index
    /// configuration"), or null where no such sentence stands there.
    /// </summary>
    public static string? Subject(PageOutline page, List<SpecRow> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        // Up from the first row, past the header, the separator and blank lines: header rows are table lines too. Read
        // in place: only a sentence that says what the table describes becomes a string.
        int first = rows[0].Location.Line;
        for (int i = first - 1; i >= 0 && i >= first - 5; i--)
        {
            ReadOnlySpan<char> text = page.LineSpan(i).Trim();
            if (text.Length == 0 || text[0] == '|')
            {
                continue;
            }

            int at = text.IndexOf(Marker.AsSpan(), StringComparison.OrdinalIgnoreCase);
            return at < 0 ? null : DocText.OneLine(text.Slice(at + Marker.Length).ToString()).Trim().TrimEnd('.', ':', '。', '：').Trim();
        }

        return null;
    }
}

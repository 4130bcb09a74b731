using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Fields a response section names only in a sentence below its table: "The response parameters also include the
/// **Result** parameter. The value is of the Boolean type." (Elasticsearch pages whose table lists RequestId alone).
/// </summary>
internal static class ResponseProse
{
    // "also contains/includes [the] [**]Name[**] parameter", not "... the following parameters".
    private static readonly Regex AlsoNamed = new(
        @"\balso (?:contains?|includes?) (?:the )?\**([A-Za-z][A-Za-z0-9]*)\** parameter\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The names such sentences give, with where each stands and the sentence's line, in the lines of a response section outside tables and code.</summary>
    public static List<(string Name, LocationInfo At, string Sentence)> Named(PageOutline page, int start, int end, LineIndex lines)
    {
        var named = new List<(string, LocationInfo, string)>();
        for (int i = start; i < end; i++)
        {
            // Checked in place: a line becomes a string only when it may name a field.
            ReadOnlySpan<char> text = page.LineSpan(i);
            ReadOnlySpan<char> first = text.TrimStart();
            if (page.IsInCodeBlock(i) || (first.Length > 0 && first[0] == '|') || !HasAlso(text))
            {
                continue;
            }

            string line = page.Line(i);
            foreach (Match match in AlsoNamed.Matches(line))
            {
                Group name = match.Groups[1];
                named.Add((name.Value, lines.At(i, name.Index, name.Length), DocText.OneLine(line).Trim()));
            }
        }

        return named;
    }

    // As text.IndexOf("also ", OrdinalIgnoreCase) >= 0, faster: that search is a per-character loop here, and every
    // line of every response section is asked. A vectorized search finds each 'a' or 'A' (no other character
    // upper-cases to 'A'), and only there are the five characters compared.
    private static bool HasAlso(ReadOnlySpan<char> text)
    {
        const string Also = "also ";
        for (int from = 0; from <= text.Length - Also.Length;)
        {
            int a = text.Slice(from).IndexOfAny('a', 'A');
            if (a < 0 || from + a > text.Length - Also.Length)
            {
                return false;
            }

            if (text.Slice(from + a, Also.Length).Equals(Also.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            from += a + 1;
        }

        return false;
    }
}

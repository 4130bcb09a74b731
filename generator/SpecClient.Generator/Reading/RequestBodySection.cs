using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The <c>RequestBody</c> section of ROA pages (Elasticsearch): a table of body fields, or prose with a JSON
/// example of a body the docs do not break into fields (a list of zone ids, a whole index template). A table
/// gives JSON body fields; otherwise the request gets one <c>body</c> parameter, the whole body as JSON text.
/// </summary>
internal static class RequestBodySection
{
    /// <summary>The wire name of a parameter that is the whole body, as api-docs.json names it.</summary>
    public const string WholeBodyName = "body";

    public static Heading? Find(PageOutline page) =>
        page.Headings.Find(h =>
        {
            string text = h.Text.Trim().ToLowerInvariant();
            return text == "requestbody" || text == "request body" || text == "请求体" || text == "请求 body";
        });

    public static void Read(PageOutline page, Heading heading, LineIndex lines, DiagnosticBag diagnostics, RequestParameterBuilder parameters)
    {
        int end = page.SectionEnd(heading);
        bool tableSeen = false;
        MarkdownSpecReader.AddTables(
            TableScanner.Scan(page, heading.Line + 1, end),
            lines,
            diagnostics,
            rows =>
            {
                tableSeen = true;
                parameters.AddMainTable(InBody(rows));
            },
            rows => parameters.AddSubTable(InBody(rows)));
        if (tableSeen)
        {
            return;
        }

        var row = new SpecRow(
            WholeBodyName,
            TypeCell.Parse("String"),
            "String",
            false,
            false,
            new DocComment(Prose(page, heading.Line + 1, end), Example(page, heading.Line + 1, end), null),
            lines.At(heading.Line, 0, page.Lines[heading.Line].Length),
            ParameterPosition.Body);
        parameters.AddMainTable(new List<SpecRow> { row });
    }

    private static List<SpecRow> InBody(List<SpecRow> rows) => rows.ConvertAll(r => r with { Position = ParameterPosition.Body });

    private static string Prose(PageOutline page, int from, int to)
    {
        var text = new List<string>();
        for (int i = from; i < to && i < page.Lines.Length; i++)
        {
            string line = page.Lines[i].Trim();
            if (line.Length > 0 && !page.IsInCodeBlock(i) && !line.StartsWith("`", StringComparison.Ordinal) && !line.StartsWith("|", StringComparison.Ordinal))
            {
                text.Add(DocText.OneLine(line));
            }
        }

        string prose = string.Join(" ", text);
        return prose.Length == 0 ? "The request body, as JSON text." : "The request body, as JSON text. " + prose;
    }

    // The JSON the section shows: a code block, or a one-line inline code span.
    private static string? Example(PageOutline page, int from, int to)
    {
        foreach (CodeSample code in page.CodeBlocks)
        {
            string content = code.Content.Trim();
            if (code.StartLine >= from && code.StartLine < to && (content.StartsWith("{", StringComparison.Ordinal) || content.StartsWith("[", StringComparison.Ordinal)))
            {
                return string.Join(" ", content.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        for (int i = from; i < to && i < page.Lines.Length; i++)
        {
            string line = page.Lines[i].Trim();
            if (line.Length > 2 && line[0] == '`' && (line[1] == '[' || line[1] == '{') && line[line.Length - 1] == '`')
            {
                return line.Substring(1, line.Length - 2);
            }
        }

        return null;
    }
}

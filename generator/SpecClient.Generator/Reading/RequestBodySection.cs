using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The <c>RequestBody</c> section of ROA pages (Elasticsearch): a table of body fields, prose naming the fields of
/// its JSON example, or prose with a JSON example of a body the docs do not break into fields (a list of zone ids,
/// a whole index template). A table or named fields give JSON body fields; otherwise the request gets one
/// <c>body</c> parameter, the whole body as JSON text.
/// </summary>
internal static class RequestBodySection
{
    /// <summary>The wire name of a parameter that is the whole body, as api-docs.json names it.</summary>
    public const string WholeBodyName = "body";

    private const string WholeBodyText = "The request body, as JSON text.";

    public static Heading? Find(PageOutline page) =>
        page.Headings.Find(h =>
        {
            ReadOnlySpan<char> text = LowerText.Of(h.Text.AsSpan().Trim());
            return text.SequenceEqual("requestbody".AsSpan()) || text.SequenceEqual("request body".AsSpan()) || text.SequenceEqual("请求体".AsSpan()) || text.SequenceEqual("请求 body".AsSpan());
        });

    public static void Read(PageOutline page, Heading heading, LineIndex lines, DiagnosticBag diagnostics, RequestParameterBuilder parameters)
    {
        int end = page.SectionEnd(heading);
        var tables = new BodyTables(parameters, readsSubTables: true);
        MarkdownSpecReader.AddTables(TableScanner.Scan(page, heading.Line + 1, end), lines, diagnostics, tables);
        if (tables.MainSeen)
        {
            return;
        }

        string prose = Prose(page, heading.Line + 1, end);
        string? example = Example(page, heading.Line + 1, end);
        LocationInfo at = lines.At(heading.Line, 0, page.Line(heading.Line).Length);
        if (ExampleFields(prose, example, at) is { } fields)
        {
            parameters.AddMainTable(fields);
            return;
        }

        var row = new SpecRow(
            WholeBodyName,
            TypeCell.Parse("String"),
            "String",
            false,
            false,
            new DocComment(prose.Length == 0 ? WholeBodyText : WholeBodyText + " " + prose, example, null),
            at,
            ParameterPosition.Body);
        parameters.AddMainTable(new List<SpecRow> { row });
    }

    /// <summary>
    /// "The **esAdminPassword** parameter needs to be filled in the RequestBody ... Example: {"esAdminPassword": "..."}":
    /// prose that names every field of its example body, whose values are plain (text, numbers, booleans, lists of
    /// them), describes body fields as a table would; the example gives their types. An example the prose does not
    /// explain field by field (UpdateInstance's one change among many), or with nested objects or names that are no
    /// identifiers (a map of settings, "i18n.locale"), stays one whole-body parameter.
    /// </summary>
    private static List<SpecRow>? ExampleFields(string prose, string? example, LocationInfo at)
    {
        if (example is null || SampleJson.TryParse(example) is not { Kind: SampleNodeKind.Object } body || body.Properties.Count == 0)
        {
            return null;
        }

        var rows = new List<SpecRow>();
        foreach (KeyValuePair<string, SampleNode> field in body.Properties)
        {
            string? type = ExampleTypes.TypeText(field.Value);
            if (type is null || !RequestParameterBuilder.IsIdentifier(field.Key) || prose.IndexOf(field.Key, StringComparison.Ordinal) < 0)
            {
                return null;
            }

            string? value = field.Value.Kind == SampleNodeKind.Array ? null : field.Value.Text;
            rows.Add(new SpecRow(field.Key, TypeCell.Parse(type), type, false, false, new DocComment(prose, value, null), at, ParameterPosition.Body));
        }

        return rows;
    }


    /// <summary>
    /// Tables of the request parameters section that the prose before them places in the body ("You must also
    /// specify the following parameters in RequestBody", Elasticsearch pages without a RequestBody heading).
    /// </summary>
    public static List<MarkdownTable> IntroducedTables(PageOutline page, Heading section, List<MarkdownTable> tables)
    {
        var body = new List<MarkdownTable>();
        int from = section.Line + 1;
        foreach (MarkdownTable table in tables)
        {
            for (int i = from; i < table.FirstLine && i < page.LineCount; i++)
            {
                // Read in place: most request sections run to dozens of lines, and one in a thousand names the body.
                ReadOnlySpan<char> line = page.LineSpan(i);
                if (!page.IsInCodeBlock(i) && !line.TrimStart().StartsWith("|".AsSpan())
                    && (LowerText.ContainsAscii(line, "requestbody") || LowerText.ContainsAscii(line, "request body")))
                {
                    body.Add(table);
                    break;
                }
            }

            from = table.Rows.Count > 0 ? table.Rows[table.Rows.Count - 1].Line + 1 : table.FirstLine + 1;
        }

        return body;
    }

    /// <summary>Body tables found outside a RequestBody section (<see cref="IntroducedTables"/>).</summary>
    public static void AddTables(List<MarkdownTable> tables, LineIndex lines, DiagnosticBag diagnostics, RequestParameterBuilder parameters)
    {
        foreach (MarkdownTable table in tables)
        {
            MarkdownSpecReader.AddTables(new List<MarkdownTable> { table }, lines, diagnostics, new BodyTables(parameters, readsSubTables: false));
        }
    }

    private static List<SpecRow> InBody(List<SpecRow> rows) => rows.ConvertAll(r => r with { Position = ParameterPosition.Body });

    // A class, not a struct like the other ITableRows: Read asks afterwards whether a main table was taken.
    private sealed class BodyTables : ITableRows
    {
        private readonly RequestParameterBuilder _parameters;
        private readonly bool _readsSubTables;

        public BodyTables(RequestParameterBuilder parameters, bool readsSubTables)
        {
            _parameters = parameters;
            _readsSubTables = readsSubTables;
        }

        public bool MainSeen { get; private set; }

        public void AddMainTable(List<SpecRow> rows)
        {
            MainSeen = true;
            _parameters.AddMainTable(InBody(rows));
        }

        public bool AddSubTable(List<SpecRow> rows) => _readsSubTables && _parameters.AddSubTable(InBody(rows));
    }

    private static string Prose(PageOutline page, int from, int to)
    {
        var text = new List<string>();
        for (int i = from; i < to && i < page.LineCount; i++)
        {
            string line = page.Line(i).Trim();
            if (line.Length > 0 && !page.IsInCodeBlock(i) && !line.StartsWith("`", StringComparison.Ordinal) && !line.StartsWith("|", StringComparison.Ordinal))
            {
                text.Add(DocText.OneLine(line));
            }
        }

        return string.Join(" ", text);
    }

    // The JSON the section shows: a code block, or a one-line inline code span.
    private static string? Example(PageOutline page, int from, int to)
    {
        foreach (CodeSample code in page.CodeBlocks)
        {
            ReadOnlySpan<char> content = code.Content.Span.Trim();
            if (code.StartLine >= from && code.StartLine < to && content.Length > 0 && content[0] is '{' or '[')
            {
                return string.Join(" ", content.ToString().Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        for (int i = from; i < to && i < page.LineCount; i++)
        {
            string line = page.Line(i).Trim();
            if (line.Length > 2 && line[0] == '`' && (line[1] == '[' || line[1] == '{') && line[line.Length - 1] == '`')
            {
                return line.Substring(1, line.Length - 2);
            }
        }

        return null;
    }
}

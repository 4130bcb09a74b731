using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Reads one API reference page (markdown) into an <see cref="Operation"/>: where a markdown row becomes a
/// parameter or field. Pure: text in, model and diagnostics out; it never throws for any input.
/// </summary>
internal static class MarkdownSpecReader
{
    public static SpecReadResult Read(SpecFile file, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            Operation? operation = ReadOperation(file, diagnostics, cancellationToken);
            return new SpecReadResult(operation is null ? EquatableArray<Operation>.Empty : new[] { operation }.ToEquatableArray(), diagnostics.ToEquatableArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // A reader bug must cost one page, never the whole generator's output (CS8785).
            diagnostics.Add(DiagnosticIds.InternalError, "The page could not be read: " + exception.GetType().Name + ": " + exception.Message, LocationInfo.FileStart(file.Path));
            return new SpecReadResult(EquatableArray<Operation>.Empty, diagnostics.ToEquatableArray());
        }
    }

    private static Operation? ReadOperation(SpecFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var lines = new LineIndex(file.Path, file.Text);
        // Disposed at the end, when every row read is copied into the model: its table store serves the thread's next page.
        using PageOutline page = PageOutline.Parse(file.Text, lines);
        cancellationToken.ThrowIfCancellationRequested();

        Heading? title = page.Headings.Find(h => h.Level == 1);
        Heading? request = page.Headings.Find(h => SectionKinds.Classify(h.Text) == SectionKind.Request);
        Heading? response = page.Headings.Find(h => SectionKinds.Classify(h.Text) == SectionKind.Response);
        Heading? errors = page.Headings.Find(h => SectionKinds.Classify(h.Text) == SectionKind.Errors);
        string summary = Summary(page, title);

        var parameters = new RequestParameterBuilder(diagnostics);
        List<MarkdownTable> bodyTables = new();
        if (request is not null)
        {
            List<MarkdownTable> tables = TableScanner.Scan(page, request.Line + 1, page.SectionEnd(request));
            bodyTables = RequestBodySection.IntroducedTables(page, request, tables);
            if (bodyTables.Count > 0)
            {
                tables.RemoveAll(bodyTables.Contains);
            }

            AddTables(tables, lines, diagnostics, new RequestTables(parameters, page));
            if (tables.Count == 0 && bodyTables.Count == 0)
            {
                parameters.AddMainTable(DefinitionListRows.Read(page, request.Line + 1, page.SectionEnd(request), lines));
            }
        }
        else
        {
            diagnostics.Add(DiagnosticIds.NoRequestTable, "The page has no request parameters section; the request class has no parameters.", LocationInfo.FileStart(file.Path));
        }

        // Taken before the RequestBody rows are added, which are in the body whatever the main table says.
        bool hasPositions = parameters.HasPositions;
        RequestBodySection.AddTables(bodyTables, lines, diagnostics, parameters);
        Heading? requestBody = RequestBodySection.Find(page);
        if (requestBody is not null)
        {
            RequestBodySection.Read(page, requestBody, lines, diagnostics, parameters);
        }

        string? name = OperationName(file, page, title, parameters.ActionValue, summary);
        if (name is null)
        {
            diagnostics.Add(DiagnosticIds.NoOperationName, "The operation name cannot be found: the page has no H1 name, Action row or summary prefix. Name the file after the operation.", LocationInfo.FileStart(file.Path));
            return null;
        }

        CodeSample? sampleRequest = page.CodeBlocks.Find(IsSampleRequest);
        SampleRequest requestFacts = sampleRequest is null ? new SampleRequest(null, null, null) : SampleRequest.Read(sampleRequest.Content.Span);
        (ReadOnlyMemory<char>? json, ReadOnlyMemory<char>? xml) = SuccessSamples(page, response?.Line ?? request?.Line ?? 0);
        (string What, int Offset)? lenience = null;
        SampleNode? sample = json is null ? null : SampleJson.TryParse(json.Value, out lenience);
        KeyValuePair<string, SampleNode>? envelope = SampleEnvelope.Find(sample, name);
        sample = envelope?.Value ?? sample;
        SampleNode? jsonSample = sample;
        if (json is not null && sample is null)
        {
            LocationInfo at = SampleLocation(page, lines, json.Value);
            diagnostics.Add(DiagnosticIds.UnreadableSample, "The JSON sample response is not valid JSON; nesting is resolved without it.", at);
        }

        sample ??= xml is null ? null : SampleXml.TryParse(xml.Value);

        ExplorerLink? link = ExplorerLink.Find(page);
        bool roa = string.Equals(link?.Style, "ROA", StringComparison.OrdinalIgnoreCase) || (link?.Style is null && requestFacts.HttpMethod is not null);
        var tree = new ResponseTreeBuilder(sample, diagnostics, xmlShaped: !roa);
        if (response is not null)
        {
            AddTables(TableScanner.Scan(page, response.Line + 1, page.SectionEnd(response)), lines, diagnostics, tree, keepUnnamed: true);
            tree.AddNamedInProse(ResponseProse.Named(page, response.Line + 1, page.SectionEnd(response), lines));
        }
        else
        {
            diagnostics.Add(DiagnosticIds.NoResponseTable, "The page has no response parameters table; the response has only RequestId.", LocationInfo.FileStart(file.Path));
        }

        var errorCodes = new List<ErrorCode>();
        if (errors is not null)
        {
            foreach (MarkdownTable table in TableScanner.Scan(page, errors.Line + 1, page.SectionEnd(errors)))
            {
                errorCodes.AddRange(ErrorTableReader.Read(table));
            }
        }

        string requestClass = Identifier.Pascal(name) + "Request";
        string responseClass = Identifier.Pascal(name) + "Response";
        EquatableArray<ResponseField> fields = WithRequestId(ResponseHeaderNames.MarkHeaders(tree.Build(responseClass)), file.Path);
        if (jsonSample is not null)
        {
            EquatableArray<ResponseField> shown = tree.SampleShowsOnly is { } holder ? Find(fields, holder)?.Children ?? fields : fields;
            SampleCheck.Check(jsonSample, envelope, lenience, shown, json!.Value, file.Text, lines, SampleLocation(page, lines, json.Value), diagnostics);
            fields = BareArrayBody.Wrap(fields, jsonSample);
        }

        LocationInfo location = title is null ? LocationInfo.FileStart(file.Path) : lines.At(title.Line, 0, page.LineSpan(title.Line).Length);
        string method = roa ? RoaRequestShape.Method(requestFacts.HttpMethod) : "POST";
        (string path, EquatableArray<RequestParameter> requestParameters) = roa
            ? RoaRequestShape.Resolve(method, requestFacts.Path, parameters.Build(requestClass), hasPositions, requestBody is not null || bodyTables.Count > 0, requestFacts.HostParameter, requestClass, location, diagnostics)
            : ("/", parameters.Build(requestClass, rpc: true));
        SpecOptions options = file.Options;
        bool sls = link is null && SlsPage.Is(page);
        if (roa)
        {
            LocationInfo syntaxAt = sampleRequest is null ? location : lines.At(sampleRequest.StartLine, 0, page.LineSpan(sampleRequest.StartLine).Length);
            requestParameters = BinaryBody.Add(requestParameters, method, requestFacts.ContentType, sls, syntaxAt);
            requestParameters = sls ? SlsHashKey.Add(requestParameters, path, page, lines) : requestParameters;
            fields = BinaryResponse.Apply(fields, page, response, requestFacts.Accept, sls, lines, syntaxAt);
        }
        return new Operation(
            file.Path,
            name,
            options.Product ?? link?.Product ?? (sls ? SlsPage.Product : null),
            options.Version ?? link?.Version ?? (sls ? SlsPage.Version : null),
            options.Endpoint ?? requestFacts.Host,
            options.Namespace,
            options.ClientName,
            roa ? ApiStyleKind.Roa : ApiStyleKind.Rpc,
            method,
            path,
            summary,
            requestParameters,
            fields,
            errorCodes.ToEquatableArray(),
            json is { } jsonText ? TextSlice.ToText(jsonText) : null,
            xml is { } xmlText ? TextSlice.ToText(xmlText) : null,
            IsReadOnly(name),
            location)
        {
            SampleJsonIsValid = json is null || (jsonSample is not null && lenience is null),
        };
    }

    // The rows list AddTables fills for each table, one per thread: what takes the rows keeps rows, never the list
    // (a new list and array per table were 0.35 MB a corpus run). Taken out while in use, so a nested read makes its own.
    [ThreadStatic]
    private static List<SpecRow>? SpareRows;

    /// <summary>Reads the first recognized table as <paramref name="into"/>'s main table, then the next ones as sub-tables until one is not taken.</summary>
    internal static void AddTables<TTables>(List<MarkdownTable> tables, LineIndex lines, DiagnosticBag diagnostics, TTables into, bool keepUnnamed = false)
        where TTables : ITableRows
    {
        List<SpecRow> rows = SpareRows ?? new List<SpecRow>();
        SpareRows = null;
        bool mainSeen = false;
        foreach (MarkdownTable table in tables)
        {
            if (!mainSeen)
            {
                if (table.Header is null || !table.Columns.IsRecognized)
                {
                    continue;
                }

                RowReader.Read(table, lines, diagnostics, rows, keepUnnamed);
                into.AddMainTable(rows);
                mainSeen = true;
            }
            else
            {
                RowReader.Read(table, lines, diagnostics, rows, keepUnnamed);
                if (!into.AddSubTable(rows))
                {
                    break;
                }
            }
        }

        rows.Clear();
        SpareRows = rows;
    }

    // The request's tables: a sub-table goes to the parameter the sentence above it names, if it names one.
    private readonly struct RequestTables : ITableRows
    {
        private readonly RequestParameterBuilder _parameters;
        private readonly PageOutline _page;

        public RequestTables(RequestParameterBuilder parameters, PageOutline page)
        {
            _parameters = parameters;
            _page = page;
        }

        public void AddMainTable(List<SpecRow> rows) => _parameters.AddMainTable(rows);

        public bool AddSubTable(List<SpecRow> rows) => _parameters.AddSubTable(rows, TableIntro.Subject(_page, rows));
    }

    private static ResponseField? Find(EquatableArray<ResponseField> fields, string wireName)
    {
        foreach (ResponseField field in fields)
        {
            if (string.Equals(field.WireName, wireName, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        return null;
    }

    private static EquatableArray<ResponseField> WithRequestId(EquatableArray<ResponseField> fields, string path)
    {
        if (Find(fields, "RequestId") is not null)
        {
            return fields;
        }

        // Every Alibaba Cloud response carries RequestId, even where a page forgets to list it.
        var all = new List<ResponseField>(fields.Items)
        {
            new("RequestId", "RequestId", ValueShape.Scalar, ScalarKind.String, new DocComment("The ID of the request.", null, null), null, null, EquatableArray<ResponseField>.Empty, LocationInfo.FileStart(path)),
        };
        return all.ToEquatableArray();
    }

    private static string? OperationName(SpecFile file, PageOutline page, Heading? title, string? actionValue, string summary)
    {
        if (title is not null && RequestParameterBuilder.IsIdentifier(title.Text))
        {
            return title.Text;
        }

        if (actionValue is not null)
        {
            return actionValue;
        }

        int colon = summary.IndexOfAny(new[] { ':', '：' });
        if (colon > 0 && RequestParameterBuilder.IsIdentifier(summary.Substring(0, colon).Trim()))
        {
            return summary.Substring(0, colon).Trim();
        }

        string fileName = Path.GetFileNameWithoutExtension(file.Path);
        int dot = fileName.IndexOf('.');
        fileName = dot > 0 ? fileName.Substring(0, dot) : fileName;
        return RequestParameterBuilder.IsIdentifier(fileName) ? fileName : null;
    }

    private static string Summary(PageOutline page, Heading? title)
    {
        int start = title is null ? 0 : title.Line + 1;
        for (int i = start; i < page.LineCount; i++)
        {
            // Read in place: only the summary line becomes a string.
            ReadOnlySpan<char> line = page.LineSpan(i).Trim();
            if (line.Length > 0 && line[0] == '#')
            {
                break;
            }

            if (line.Length == 0 || line[0] == '|' || line[0] == '[' || page.IsInCodeBlock(i))
            {
                continue;
            }

            return DocText.OneLine(line.ToString());
        }

        return string.Empty;
    }

    private static bool IsSampleRequest(CodeSample code)
    {
        ReadOnlySpan<char> content = code.Content.Span.TrimStart();
        if (content.Length > 0 && content[0] is '{' or '<')
        {
            return false;
        }

        return content.IndexOf("Action=".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || content.IndexOf("aliyuncs.com".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || content.IndexOf("HTTP/1.1".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || SampleRequest.StartsWithRequestLine(content);
    }

    // The first JSON and XML code blocks after the response section that are not introduced as errors: slices of the
    // blocks' text (of the page's, mostly), which the sample readers read in place.
    private static (ReadOnlyMemory<char>? Json, ReadOnlyMemory<char>? Xml) SuccessSamples(PageOutline page, int afterLine)
    {
        ReadOnlyMemory<char>? json = null, xml = null;
        int previousEnd = afterLine;
        foreach (CodeSample code in page.CodeBlocks)
        {
            if (code.StartLine < afterLine)
            {
                continue;
            }

            bool error = IntroducedAsError(page, previousEnd, code.StartLine);
            previousEnd = code.EndLine;
            if (error)
            {
                continue;
            }

            ReadOnlyMemory<char> content = WithoutLeadingComments(WithoutHttpHead(TextSlice.Trimmed(code.Content)));
            char first = content.Length > 0 ? content.Span[0] : '\0';
            if (json is null && first is '{' or '[')
            {
                json = content;
            }
            else if (xml is null && first == '<')
            {
                xml = content;
            }
        }

        return (json, xml);
    }

    // Some samples show the whole HTTP response: "HTTP/1.1 200 OK", headers, a blank line, then the body. SLS pages
    // label the parts instead, with no blank line: "Header :", the headers in braces, then "Body :" and the body
    // (with or without the status line first).
    private static ReadOnlyMemory<char> WithoutHttpHead(ReadOnlyMemory<char> content)
    {
        ReadOnlySpan<char> text = content.Span;
        bool labelledHead = text.StartsWith("Header".AsSpan(), StringComparison.OrdinalIgnoreCase);
        if (!text.StartsWith("HTTP/".AsSpan(), StringComparison.OrdinalIgnoreCase) && !labelledHead)
        {
            return content;
        }

        int labelled = BodyLabel(text);
        if (labelled >= 0)
        {
            return TextSlice.Trimmed(content.Slice(labelled));
        }

        int body = text.IndexOf("\n\n".AsSpan());
        return labelledHead ? content : body < 0 ? ReadOnlyMemory<char>.Empty : TextSlice.Trimmed(content.Slice(body));
    }

    // KMS samples start with a "//json response" (or "//xml response") line.
    private static ReadOnlyMemory<char> WithoutLeadingComments(ReadOnlyMemory<char> content)
    {
        while (content.Span.StartsWith("//".AsSpan()))
        {
            int end = content.Span.IndexOf('\n');
            content = end < 0 ? ReadOnlyMemory<char>.Empty : TextSlice.TrimmedStart(content.Slice(end + 1));
        }

        return content;
    }

    // Where the text after a "Body :" (or "Body:") line starts; -1 without one.
    private static int BodyLabel(ReadOnlySpan<char> content)
    {
        int start = 0;
        while (start < content.Length)
        {
            int end = content.Slice(start).IndexOf('\n');
            int next = end < 0 ? content.Length : start + end + 1;
            ReadOnlySpan<char> line = content.Slice(start, next - start).Trim();
            if (line.StartsWith("Body".AsSpan(), StringComparison.OrdinalIgnoreCase) && line.Slice(4).Trim() is { Length: 0 } or [':'])
            {
                return next;
            }

            start = next;
        }

        return -1;
    }

    private static bool IntroducedAsError(PageOutline page, int from, int to)
    {
        for (int i = to - 1; i >= from && i >= 0; i--)
        {
            // The English words searched ignoring case in place (LowerText.ContainsAscii), not in a lower-cased copy of
            // every line; the Chinese ones have no case.
            ReadOnlySpan<char> line = page.LineSpan(i);
            if (LowerText.ContainsAscii(line, "error") || Contains(line, "错误") || Contains(line, "异常") || LowerText.ContainsAscii(line, "fail"))
            {
                return true;
            }

            if (LowerText.ContainsAscii(line, "success") || Contains(line, "正常") || Contains(line, "成功") || (line.Length > 0 && line[0] == '#'))
            {
                return false;
            }
        }

        return false;
    }

    private static bool Contains(ReadOnlySpan<char> text, string part) => text.IndexOf(part.AsSpan()) >= 0;

    private static LocationInfo SampleLocation(PageOutline page, LineIndex lines, ReadOnlyMemory<char> content)
    {
        foreach (CodeSample code in page.CodeBlocks)
        {
            if (code.Content.Span.Trim().SequenceEqual(content.Span))
            {
                return lines.At(code.StartLine, 0, page.LineSpan(code.StartLine).Length);
            }
        }

        return LocationInfo.FileStart(lines.FilePath);
    }

    private static bool IsReadOnly(string name)
    {
        foreach (string prefix in new[] { "Describe", "List", "Query", "Get", "Check" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length && char.IsUpper(name[prefix.Length]))
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// A ROA response of bytes, not JSON: the request syntax asks for them (<c>Accept: application/x-protobuf</c>,
/// SLS's <c>PullLogs</c>, whose answer is a protocol buffers log group list). The page describes the body in
/// prose ("Serialized data in the protobuf format is returned"), never as rows, so the response gets one
/// <c>Body</c> field of bytes; and the headers its response section lists as bullets
/// (<c>-   x-log-cursor: the cursor of the next log.</c>) become header fields, typed by the sample's header values.
/// </summary>
internal static class BinaryResponse
{
    private const string BodyProperty = "Body";

    /// <summary>
    /// <paramref name="fields"/> with the bytes body and the listed headers, when the request syntax's
    /// <paramref name="accept"/> asks for bytes (protobuf, octet-stream).
    /// </summary>
    public static EquatableArray<ResponseField> Apply(
        EquatableArray<ResponseField> fields, PageOutline page, Heading? response, string? accept, bool sls, LineIndex lines, LocationInfo at)
    {
        string? mediaType = BinaryBody.MediaType(accept);
        if (mediaType is null)
        {
            return fields;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<ResponseField>(fields.Count + 3);
        foreach (ResponseField field in fields)
        {
            if (field.IsWholeBody)
            {
                // A body of bytes is the whole body; a bare-array reading of the page's sample cannot also be.
                continue;
            }

            taken.Add(field.PropertyName);
            all.Add(field);
        }

        string text = "The response body: the bytes answered as " + mediaType + (sls ? ", decompressed as x-log-compresstype says." : ".")
            + (sls && mediaType == BinaryBody.Protobuf ? " SpecClient.Sls.LogGroupList.Parse(Body) reads the log groups." : string.Empty);
        all.Insert(0, new ResponseField(
            ResponseField.WholeBody,
            Identifier.Unique(BodyProperty, taken),
            ValueShape.Scalar,
            ScalarKind.Binary,
            new DocComment(text, null, null),
            null,
            null,
            EquatableArray<ResponseField>.Empty,
            at,
            MediaType: mediaType));

        if (response is not null)
        {
            AddHeaderBullets(all, taken, page, response, lines);
        }

        return all.ToEquatableArray();
    }

    // "-   x-log-cursor: the cursor of the next log." under the response heading: the operation's own headers
    // (ResponseHeaderNames), typed by the value the sample answer shows ("x-log-count" : "1000" is a number).
    private static void AddHeaderBullets(List<ResponseField> fields, HashSet<string> taken, PageOutline page, Heading response, LineIndex lines)
    {
        int end = page.SectionEnd(response);
        for (int i = response.Line + 1; i < end; i++)
        {
            if (page.IsInCodeBlock(i))
            {
                continue;
            }

            string line = page.Line(i);
            string trimmed = line.TrimStart();
            if (!trimmed.StartsWith("-", StringComparison.Ordinal) && !trimmed.StartsWith("*", StringComparison.Ordinal))
            {
                continue;
            }

            string item = trimmed.Substring(1).Trim();
            int colon = item.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            string name = item.Substring(0, colon).Trim();
            if (!ResponseHeaderNames.IsOperationHeader(name) || name.IndexOf(' ') >= 0 || fields.Exists(f => f.FromHeader && string.Equals(f.WireName, name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            string description = DocText.OneLine(item.Substring(colon + 1).Trim());
            int column = line.Length - trimmed.Length;
            fields.Add(new ResponseField(
                name,
                Identifier.Unique(Identifier.Pascal(name), taken),
                ValueShape.Scalar,
                SampleKind(page, name),
                new DocComment(description.Length == 0 ? string.Empty : char.ToUpperInvariant(description[0]) + description.Substring(1), null, null),
                null,
                null,
                EquatableArray<ResponseField>.Empty,
                lines.At(i, column, line.Length - column),
                FromHeader: true));
        }
    }

    // The header's value in a sample answer ("x-log-count" : "1000"): all digits is a 64-bit number, anything else text.
    private static ScalarKind SampleKind(PageOutline page, string name)
    {
        string quoted = "\"" + name + "\"";
        foreach (CodeSample code in page.CodeBlocks)
        {
            ReadOnlySpan<char> content = code.Content.Span;
            int at = content.IndexOf(quoted.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            int i = at + quoted.Length;
            while (i < content.Length && (content[i] is ' ' or '\t' or ':' or '=' or '"'))
            {
                i++;
            }

            int digits = 0;
            while (i + digits < content.Length && char.IsDigit(content[i + digits]))
            {
                digits++;
            }

            return digits > 0 && (i + digits == content.Length || content[i + digits] is '"' or ',' or ' ' or '\r' or '\n') ? ScalarKind.Int64 : ScalarKind.String;
        }

        return ScalarKind.String;
    }
}

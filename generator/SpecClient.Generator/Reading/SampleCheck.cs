using System;
using System.Collections.Generic;
using System.Globalization;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The docs checked against themselves: a page's JSON sample response against the response tree read from its
/// tables. A sample field the tables lack (the client drops it) and a sample value the documented type cannot
/// hold (the client's reader fails on it) are warnings at the sample's line. The rules follow what the
/// generated readers accept: numbers and booleans in strings, a single item or the XML-shaped wrapper object
/// where a list is documented, null anywhere.
/// </summary>
internal sealed class SampleCheck
{
    private static readonly char[] LineBreaks = { '\n', '\r' };

    private readonly string _fileText;
    private readonly ReadOnlyMemory<char> _sample;
    private readonly LineIndex _lines;
    private readonly LocationInfo _fallback;
    private readonly DiagnosticBag _diagnostics;
    private HashSet<string>? _reported;
    private int _sampleStart = -1;

    // The members from the root down to the object being checked: a member's path ("Data.Items.Name") is made of their
    // names only where a diagnostic needs it, not for every object on the way (most objects are as documented).
    private readonly List<SampleNode> _objects;

    // The thread's list for _objects, taken by a check and given back when it is done: one list instead of one per page.
    [ThreadStatic]
    private static List<SampleNode>? SpareObjects;

    private SampleCheck(string fileText, ReadOnlyMemory<char> sample, LineIndex lines, LocationInfo fallback, DiagnosticBag diagnostics)
    {
        _fileText = fileText;
        _sample = sample;
        _lines = lines;
        _fallback = fallback;
        _diagnostics = diagnostics;
        _objects = SpareObjects ?? new List<SampleNode>();
        SpareObjects = null;
    }

    /// <summary>
    /// Reports what JSON does not allow in the sample, then compares <paramref name="root"/>, read from <paramref name="sample"/> (the JSON code block's text), with
    /// <paramref name="fields"/>. <paramref name="envelope"/> is the object the sample wraps <paramref name="root"/>
    /// in (<see cref="SampleEnvelope"/>), if any. <paramref name="fallback"/> is the code block's place, for a sample
    /// whose text is not found verbatim in the page.
    /// </summary>
    public static void Check(SampleNode root, KeyValuePair<string, SampleNode>? envelope, (string What, int Offset)? lenience, EquatableArray<ResponseField> fields, ReadOnlyMemory<char> sample, string fileText, LineIndex lines, LocationInfo fallback, DiagnosticBag diagnostics)
    {
        var check = new SampleCheck(fileText, sample, lines, fallback, diagnostics);
        if (lenience is { } forgiven)
        {
            // Read leniently for nesting, but the service never sends it: a client reading this body would fail.
            diagnostics.Add(DiagnosticIds.UnreadableSample, "The JSON sample response is not valid JSON: it has " + forgiven.What + ".", check.At(forgiven.Offset, 1));
        }

        if (envelope is { } wrapper)
        {
            if (check.IsFirst(DiagnosticIds.SampleFieldNotDocumented, wrapper.Key))
            {
                check.Report(DiagnosticIds.SampleFieldNotDocumented, "The sample response wraps its fields in '" + wrapper.Key + "', which the response tables do not list; the client reads the fields without it, as the service sends them.", wrapper.Value.Offset, wrapper.Key.Length + 2);
            }
        }

        if (root.Kind == SampleNodeKind.Object)
        {
            check.Object(root, fields);
        }

        // Empty again (Inside removes what it adds), and holding no node of this sample.
        SpareObjects = check._objects;
    }

    /// <summary>
    /// The place of an offset in the sample text, as a location in the page. The sample is the code block's
    /// content, trimmed and, inside list items, de-indented: its first line is found in the page from the code
    /// block on, and lines and indents are counted from there. The code block's place when that fails.
    /// </summary>
    public LocationInfo At(int offset, int length)
    {
        if (_sampleStart < 0)
        {
            _sampleStart = FirstLine();
        }

        if (_sampleStart == int.MaxValue || offset < 0 || offset > _sample.Length)
        {
            return _fallback;
        }

        // The line breaks before the offset, found by a vectorized search rather than a look at every character.
        ReadOnlySpan<char> sample = _sample.Span;
        int lineInSample = 0, lineStart = 0;
        for (int next = sample.Slice(0, offset).IndexOf('\n'); next >= 0; next = sample.Slice(lineStart, offset - lineStart).IndexOf('\n'))
        {
            lineInSample++;
            lineStart += next + 1;
        }

        int line = _sampleStart + lineInSample;
        if (line >= _lines.LineCount)
        {
            return _fallback;
        }

        int lineEnd = sample.Slice(lineStart).IndexOf('\n');
        ReadOnlySpan<char> sampleLine = (lineEnd < 0 ? sample.Slice(lineStart) : sample.Slice(lineStart, lineEnd)).TrimEnd('\r');
        ReadOnlySpan<char> pageLine = PageLine(line);
        ReadOnlySpan<char> content = sampleLine.TrimStart();
        int shift = content.Length == 0 ? 0 : pageLine.IndexOf(content) - (sampleLine.Length - content.Length);
        return _lines.At(line, Math.Max(0, offset - lineStart + Math.Max(0, shift)), length);
    }

    private int FirstLine()
    {
        ReadOnlySpan<char> sample = _sample.Span;
        int end = sample.IndexOf('\n');
        ReadOnlySpan<char> first = (end < 0 ? sample : sample.Slice(0, end)).Trim();
        for (int line = _fallback.Line; line < _lines.LineCount; line++)
        {
            if (PageLine(line).Trim().SequenceEqual(first))
            {
                return line;
            }
        }

        return int.MaxValue;
    }

    // Read in place: At and FirstLine only search and compare lines.
    private ReadOnlySpan<char> PageLine(int line)
    {
        int start = _lines.LineStart(line);
        int end = line + 1 < _lines.LineCount ? _lines.LineStart(line + 1) : _fileText.Length;
        return _fileText.AsSpan(start, end - start).TrimEnd(LineBreaks.AsSpan());
    }

    // The members of an object (at the end of _objects' members), checked against the fields documented for it.
    private void Object(SampleNode sample, EquatableArray<ResponseField> fields)
    {
        foreach (SampleNode member in sample.Members)
        {
            ResponseField? field = Find(fields, member);
            if (field is null)
            {
                string name = PathOf(member);
                if (IsFirst(DiagnosticIds.SampleFieldNotDocumented, name))
                {
                    Report(DiagnosticIds.SampleFieldNotDocumented, "The sample response has '" + name + "', which the response tables do not list; the client does not read it.", member.Offset, member.NameSpan.Length + 2);
                }
                continue;
            }

            Value(member, field);
        }
    }

    // The objects inside member (its value, or a list's items), checked with member on the path.
    private void Inside(SampleNode member, SampleNode sample, EquatableArray<ResponseField> fields)
    {
        _objects.Add(member);
        Object(sample, fields);
        _objects.RemoveAt(_objects.Count - 1);
    }

    // The path of member of the object being checked, its parents' names joined by '.' (a parent with no name adds none).
    private string PathOf(SampleNode member)
    {
        string path = string.Empty;
        foreach (SampleNode parent in _objects)
        {
            path = path.Length == 0 ? parent.Name! : path + "." + parent.Name;
        }

        return path.Length == 0 ? member.Name! : path + "." + member.Name;
    }

    // The value of member (of the object being checked).
    private void Value(SampleNode member, ResponseField field)
    {
        if (member.Kind == SampleNodeKind.Null)
        {
            return;
        }

        switch (field.Shape)
        {
            case ValueShape.Scalar:
                Scalar(member, field.Kind, member, field);
                break;
            case ValueShape.Object:
                if (member.Kind == SampleNodeKind.Object)
                {
                    Inside(member, member, field.Children);
                }
                else
                {
                    Mismatch(member, PathOf(member), "a structure");
                }

                break;
            case ValueShape.ScalarList:
            case ValueShape.ObjectList:
                SampleNode list = ListOf(member, field.ItemWrapper);
                if (list.Kind == SampleNodeKind.Array)
                {
                    foreach (SampleNode item in list.Items)
                    {
                        Item(item, field, member);
                    }
                }
                else
                {
                    Item(list, field, member);
                }

                break;
        }
    }

    private void Item(SampleNode item, ResponseField field, SampleNode member)
    {
        if (item.Kind == SampleNodeKind.Null)
        {
            return;
        }

        if (field.Shape == ValueShape.ScalarList)
        {
            Scalar(item, field.Kind, member, field);
        }
        else if (item.Kind == SampleNodeKind.Object)
        {
            Inside(member, item, field.Children);
        }
        else
        {
            Mismatch(item, PathOf(member), "a list of structures");
        }
    }

    // The list a documented list's items are in, as JsonRead.List finds them: an array, the wrapper object's array, or one item.
    private static SampleNode ListOf(SampleNode sample, string? wrapper)
    {
        if (sample.Kind == SampleNodeKind.Object && sample.Members.Count == 1
            && (wrapper is null || sample.Members[0].IsNamed(wrapper) || sample.Members[0].Kind == SampleNodeKind.Array))
        {
            return sample.Members[0];
        }

        return sample;
    }

    // sample is member's value or one of its items.
    private void Scalar(SampleNode sample, ScalarKind kind, SampleNode member, ResponseField field)
    {
        string? expected = kind switch
        {
            // Strings hold anything: numbers and booleans as written, structures as their JSON text.
            ScalarKind.String => sample.Kind is SampleNodeKind.Object or SampleNodeKind.Array ? "a string" : null,
            ScalarKind.Int32 or ScalarKind.Int64 => IsInteger(sample) ? null : "an integer",
            ScalarKind.Double => IsNumber(sample) ? null : "a number",
            _ => IsBoolean(sample) ? null : "a boolean",
        };
        if (expected is not null && !(kind == ScalarKind.String && field.EnumTypeName is null && IsJsonText(field)))
        {
            Mismatch(sample, PathOf(member), expected);
        }
    }

    // A documented string whose docs call it JSON: the sample may well show the structure.
    private static bool IsJsonText(ResponseField field) =>
        field.Doc.Summary.IndexOf("JSON", StringComparison.OrdinalIgnoreCase) >= 0;

    private void Mismatch(SampleNode sample, string path, string expected)
    {
        if (!IsFirst(DiagnosticIds.SampleTypeMismatch, path))
        {
            return;
        }

        string shown = sample.Kind switch
        {
            SampleNodeKind.Object => "a structure",
            SampleNodeKind.Array => "a list",
            SampleNodeKind.Boolean => "a boolean",
            SampleNodeKind.Number => "the number " + sample.Text,
            _ => "the string \"" + sample.Text + "\"",
        };
        string consequence = expected == "a string" ? "the client reads it as JSON text" : "the client's reader fails on that value";
        Report(DiagnosticIds.SampleTypeMismatch, "The sample response shows " + shown + " for '" + path + "', which the response tables document as " + expected + "; " + consequence + ".", sample.Offset, 1);
    }

    // Each item of a list repeats the same fields: one diagnostic per path is enough. Asked before the message
    // is made, which a repeat does not need.
    private bool IsFirst(string id, string path) => (_reported ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(id + "|" + path);

    private void Report(string id, string message, int offset, int length) => _diagnostics.Add(id, message, At(offset, length));

    private static ResponseField? Find(EquatableArray<ResponseField> fields, SampleNode member)
    {
        foreach (ResponseField field in fields)
        {
            if (member.IsNamed(field.WireName))
            {
                return field;
            }
        }

        return null;
    }

    // A plain integer's text ("10", "-3") is an integer without being parsed, as most are.
    private static bool IsInteger(SampleNode sample) => sample.Kind switch
    {
        SampleNodeKind.Number or SampleNodeKind.String when IsPlainInteger(sample.TextSpan) => true,
        SampleNodeKind.Number => double.TryParse(sample.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && Math.Floor(value) == value,
        SampleNodeKind.String => string.IsNullOrWhiteSpace(sample.Text) || (double.TryParse(sample.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) && Math.Floor(parsed) == parsed),
        _ => false,
    };

    private static bool IsNumber(SampleNode sample) => sample.Kind switch
    {
        SampleNodeKind.String when IsPlainInteger(sample.TextSpan) => true,
        SampleNodeKind.Number => true,
        SampleNodeKind.String => string.IsNullOrWhiteSpace(sample.Text) || double.TryParse(sample.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => false,
    };

    private static bool IsBoolean(SampleNode sample) => sample.Kind switch
    {
        SampleNodeKind.Boolean => true,
        SampleNodeKind.Number => true,
        SampleNodeKind.String => string.IsNullOrWhiteSpace(sample.Text) || bool.TryParse(sample.Text!.Trim(), out _) || sample.Text is "0" or "1",
        _ => false,
    };

    // -?[0-9]+, short enough that double holds it as the integer it is: what double.TryParse reads as an integer.
    private static bool IsPlainInteger(ReadOnlySpan<char> text)
    {
        int i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (i == text.Length || text.Length > 300)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}

using System;
using System.Numerics;
using Microsoft.CodeAnalysis.Text;

namespace SpecClient.Generator.Emit;

/// <summary>A text buffer that tracks indentation, after System.Text.Json's generator.</summary>
/// <remarks>
/// One tab per level, not four spaces: indentation was a fifth of the ~15 million characters the corpus generates
/// (every one of them built, copied into a string, kept by the driver and read again by the compiler), and tabs
/// cut it to a twentieth.
/// </remarks>
internal sealed class SourceWriter
{
    // Files run to tens of kilobytes: one buffer per thread, grown once to the largest file and handed from
    // file to file by Complete, instead of a fresh buffer growing for every file.
    private const int KeptCapacity = 1 << 20;

    [ThreadStatic]
    private static TextBuffer? Spare;

    private readonly TextBuffer _text;
    private int _indent;

    public SourceWriter()
    {
        _text = Spare ?? new TextBuffer(16 * 1024);
        Spare = null;
        _text.Clear();
    }

    public void Line(string line = "")
    {
        if (line.Length != 0)
        {
            Indent();
            _text.Append(line);
        }

        _text.Append('\n');
    }

    // Line(a + b + ...) without the concatenated string: the pieces go straight into the builder.
    public void Line(string? a, string? b) => Pieces(a, b, string.Empty, string.Empty, string.Empty);

    public void Line(string? a, string? b, string? c) => Pieces(a, b, c, string.Empty, string.Empty);

    public void Line(string? a, string? b, string? c, string? d) => Pieces(a, b, c, d, string.Empty);

    public void Line(string? a, string? b, string? c, string? d, string? e) => Pieces(a, b, c, d, e);

    /// <summary>Starts a line of several pieces: the indentation and the first piece. <see cref="End"/> ends it.</summary>
    /// <remarks>For lines whose pieces vary (docs, reads): no concatenated intermediate strings.</remarks>
    public SourceWriter Begin(string? piece)
    {
        Indent();
        _text.Append(piece);
        return this;
    }

    /// <summary>The next piece of a line begun with <see cref="Begin"/>.</summary>
    public SourceWriter Write(string? piece)
    {
        _text.Append(piece);
        return this;
    }

    /// <summary>The next piece of a doc comment line: escaped for XML, line breaks as spaces.</summary>
    public SourceWriter WriteXml(string? text)
    {
        if (text is not null)
        {
            AppendXml(text);
        }

        return this;
    }

    /// <summary>The next piece of a line: a C# string literal of <paramref name="text"/>.</summary>
    public SourceWriter WriteLiteral(string? text)
    {
        AppendLiteral(_text, text);
        return this;
    }

    /// <summary>Ends a line begun with <see cref="Begin"/> with a last piece.</summary>
    public void End(string? piece = null)
    {
        _text.Append(piece);
        _text.Append('\n');
    }

    /// <summary>Ends a line begun with <see cref="Begin"/> and opens a block under it.</summary>
    public void EndOpen(string? piece)
    {
        End(piece);
        Line("{");
        _indent++;
    }

    public void Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
    }

    public void Open(string? a, string? b)
    {
        Line(a, b);
        Line("{");
        _indent++;
    }

    public void Open(string? a, string? b, string? c)
    {
        Line(a, b, c);
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    /// <summary>Writes an XML doc comment; every line is escaped.</summary>
    public void Summary(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        DocLine("/// <summary>", text, "</summary>");
    }

    public void Remarks(string text)
    {
        if (text.Length != 0)
        {
            DocLine("/// <remarks>", text, "</remarks>");
        }
    }

    public override string ToString() => _text.ToString();

    private void Indent() => _text.Append('\t', _indent);

    /// <summary>The file's text; the writer's buffer goes to the next writer on this thread, so this writer is done.</summary>
    public string Complete()
    {
        string text = _text.ToString();
        Release();
        return text;
    }

    /// <summary>The file's text for <c>AddSource</c>, in about half the memory of a string (see <see cref="NarrowSourceText"/>); this writer is done.</summary>
    public SourceText CompleteText()
    {
        SourceText text = _text.ToSourceText();
        Release();
        return text;
    }

    private void Release()
    {
        if (_text.Capacity <= KeptCapacity)
        {
            Spare = _text;
        }
    }

    public static string Xml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", string.Empty).Replace("\n", " ");

    private void Pieces(string? a, string? b, string? c, string? d, string? e)
    {
        // null pieces write nothing, as in a concatenation.
        if ((a?.Length ?? 0) + (b?.Length ?? 0) + (c?.Length ?? 0) + (d?.Length ?? 0) + (e?.Length ?? 0) != 0)
        {
            Indent();
            _text.Append(a).Append(b).Append(c).Append(d).Append(e);
        }

        _text.Append('\n');
    }

    // Line(open + Xml(text) + close) without the two intermediate strings.
    private void DocLine(string open, string text, string close)
    {
        Indent();
        _text.Append(open);
        AppendXml(text);
        _text.Append(close);
        _text.Append('\n');
    }

    // Doc text is a third of all generated text: the runs between special characters go in whole, found a vector
    // at a time. Most pieces are short (a wire name, a sentence): the scan is inlined here rather than a call to
    // IndexOfAny, which set itself up for every piece (a twentieth of the emit step's samples).
    private void AppendXml(string text)
    {
        int start = 0;
        int i;
        while ((i = CharScan.First(text.AsSpan(), start, default(XmlSpecialTest))) < text.Length)
        {
            if (i > start)
            {
                _text.Append(text, start, i - start);
            }

            switch (text[i])
            {
                case '&': _text.Append("&amp;"); break;
                case '<': _text.Append("&lt;"); break;
                case '>': _text.Append("&gt;"); break;
                case '\n': _text.Append(' '); break;
            }

            start = i + 1;
        }

        if (text.Length > start)
        {
            _text.Append(text, start, text.Length - start);
        }
    }

    // The characters a doc comment line escapes or drops: '&', '<', '>', '\r', '\n'. The vector test is a superset
    // in three compares: '<' | 2 is '>', and both line breaks are below 14.
    private readonly struct XmlSpecialTest : ICharTest
    {
        public bool MayHold(Vector<ushort> chars) =>
            Vector.EqualsAny(Vector.BitwiseOr(chars, new Vector<ushort>(2)), new Vector<ushort>('>'))
            || Vector.EqualsAny(chars, new Vector<ushort>('&')) || Vector.LessThanAny(chars, new Vector<ushort>(14));

        public bool Is(char c) => c is '&' or '<' or '>' or '\r' or '\n';
    }

    /// <summary>A line holding one string literal: <paramref name="before"/>, the literal of <paramref name="text"/>, <paramref name="after"/>.</summary>
    /// <remarks>Samples run to kilobytes: escaped straight into the file instead of through a literal of their own.</remarks>
    public void LiteralLine(string before, string? text, string after)
    {
        Indent();
        _text.Append(before);
        AppendLiteral(_text, text);
        _text.Append(after);
        _text.Append('\n');
    }

    /// <summary>
    /// A line holding the literal of a sample answer, without the whitespace that only lays it out: in JSON, the
    /// whitespace outside strings next to a brace, bracket, comma or colon; in XML, a run with a line break between
    /// a tag's end and the next tag.
    /// </summary>
    /// <remarks>
    /// The emulator serves samples as they are, and a layout-free sample is the same answer to any JSON or XML
    /// reader (<c>XmlToJson</c> drops whitespace-only text). A third of the samples' 1 M characters was layout.
    /// JSON only when the reader found it strict (the caller's choice): in a broken sample, quotes may not pair up.
    /// </remarks>
    public void SampleLine(string before, string? text, bool isJson, string after)
    {
        Indent();
        _text.Append(before);
        if (text is null)
        {
            _text.Append("null");
        }
        else
        {
            _text.Append('"');
            if (isJson)
            {
                SampleLiteral.AppendJson(_text, text);
            }
            else
            {
                SampleLiteral.AppendXml(_text, text);
            }

            _text.Append('"');
        }

        _text.Append(after);
        _text.Append('\n');
    }

    /// <summary>Opens a block whose line holds one string literal (see <see cref="LiteralLine"/>).</summary>
    public void OpenLiteral(string before, string? text, string after)
    {
        LiteralLine(before, text, after);
        Line("{");
        _indent++;
    }

    /// <summary>A C# string literal of any text.</summary>
    public static string Literal(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        if (Plain(text))
        {
            // Most literals are wire names: one string, no builder.
            return "\"" + text + "\"";
        }

        var literal = new TextBuffer(text.Length + 8);
        AppendLiteral(literal, text);
        return literal.ToString();
    }

    private static bool Plain(string text) => NextEscape(text, 0, text.Length) == text.Length;

    private static void AppendLiteral(TextBuffer literal, string? text)
    {
        if (text is null)
        {
            literal.Append("null");
            return;
        }

        literal.Append('"');
        AppendEscaped(literal, text, 0, text.Length);
        literal.Append('"');
    }

    // The characters of text from start to end, escaped for a C# string literal: the clean stretches between the
    // characters to escape (found a vector at a time by NextEscape) copied whole.
    private static void AppendEscaped(TextBuffer literal, string text, int start, int end)
    {
        int i;
        while ((i = NextEscape(text, start, end)) < end)
        {
            // JSON samples escape every quote, often two in a row ("\r\n", "\"\""): no empty copy between them.
            if (i > start)
            {
                literal.Append(text, start, i - start);
            }

            start = i + 1;
            AppendEscape(literal, text[i]);
        }

        if (end > start)
        {
            literal.Append(text, start, end - start);
        }
    }

    /// <summary>The escape of a character <see cref="NeedsEscape"/> finds.</summary>
    internal static void AppendEscape(TextBuffer literal, char c)
    {
        switch (c)
        {
            case '"': literal.Append('\\', '"'); break;
            case '\\': literal.Append('\\', '\\'); break;
            case '\n': literal.Append('\\', 'n'); break;
            case '\r': literal.Append('\\', 'r'); break;
            case '\t': literal.Append('\\', 't'); break;
            default:
                literal.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    // The position of the first character from start on that a literal escapes, or end. Every literal and sample
    // character passes here (a million per corpus): a vector is ruled out at once when it holds no control character,
    // quote, backslash or character above 0x7F (a superset of the escaped ones).
    private static int NextEscape(string text, int start, int end) => start + CharScan.First(text.AsSpan(start, end - start), 0, default(EscapeTest));

    private readonly struct EscapeTest : ICharTest
    {
        public bool MayHold(Vector<ushort> chars) => MayNeedEscape(chars);

        public bool Is(char c) => NeedsEscape(c);
    }

    /// <summary>False only when no character of the vector needs an escape: no control character, quote, backslash or character above 0x7F.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool MayNeedEscape(Vector<ushort> chars) =>
        Vector.LessThanAny(chars, new Vector<ushort>(' ')) || Vector.EqualsAny(chars, new Vector<ushort>('"'))
        || Vector.EqualsAny(chars, new Vector<ushort>('\\')) || Vector.GreaterThanAny(chars, new Vector<ushort>(0x7F));

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool NeedsEscape(char c) => c is '"' or '\\' or < ' ' or '\u2028' or '\u2029' or '\u0085';
}

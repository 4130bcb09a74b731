using System;
using System.Text;

namespace SpecClient.Generator.Emit;

/// <summary>A StringBuilder that tracks indentation, after System.Text.Json's generator.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public void Line(string line = "")
    {
        if (line.Length != 0)
        {
            _text.Append(' ', _indent * 4);
            _text.Append(line);
        }

        _text.Append('\n');
    }

    public void Open(string line)
    {
        Line(line);
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

        Line("/// <summary>" + Xml(text) + "</summary>");
    }

    public void Remarks(string text)
    {
        if (text.Length != 0)
        {
            Line("/// <remarks>" + Xml(text) + "</remarks>");
        }
    }

    public override string ToString() => _text.ToString();

    public static string Xml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", string.Empty).Replace("\n", " ");

    /// <summary>A C# string literal of any text.</summary>
    public static string Literal(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var literal = new StringBuilder(text.Length + 2);
        literal.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': literal.Append("\\\""); break;
                case '\\': literal.Append("\\\\"); break;
                case '\n': literal.Append("\\n"); break;
                case '\r': literal.Append("\\r"); break;
                case '\t': literal.Append("\\t"); break;
                default:
                    if (c < 32 || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        literal.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        literal.Append(c);
                    }

                    break;
            }
        }

        literal.Append('"');
        return literal.ToString();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpecClient.Generator.Reading.Json;

/// <summary>
/// Parses JSON text (RFC 8259) into a <see cref="JsonValue"/> tree that remembers where each value starts.
/// Strict: no comments, trailing commas, single quotes or raw control characters in strings, so that a
/// malformed spec file is reported at the spot that is wrong rather than read as something else. A leading
/// byte order mark is allowed. Errors throw <see cref="JsonParseException"/> with the line and column.
/// </summary>
/// <remarks>
/// One pass over the string, no regular expressions, strings without escapes cut out with one Substring:
/// api-docs.json files reach several megabytes (ECS: 2.7 MB) and are read on every generator run that
/// changes them.
/// </remarks>
internal sealed class JsonParser
{
    /// <summary>Deeper documents are rejected before they can exhaust the stack.</summary>
    public const int MaxDepth = 256;

    private readonly string _text;
    private int _position;
    private int _line;
    private int _lineStart;
    // Text's builder for strings with escapes, one per thread.
    [System.ThreadStatic]
    private static StringBuilder? Unescaped;
    private readonly ShortStrings _shortStrings = ShortStrings.ForThread();

    // The properties and items of the objects and arrays being read, innermost last: each object or array takes an
    // exact-size copy of its own when it ends (a list per object, grown by doubling, was a tenth of what reading an
    // api-docs.json allocated).
    private readonly List<JsonProperty> _properties = new();
    private readonly List<JsonValue> _items = new();

    private JsonParser(string text)
    {
        _text = text;
    }

    public static JsonValue Parse(string text)
    {
        var parser = new JsonParser(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            // Skipped, but still counted in columns: LineIndex counts it too.
            parser._position = 1;
        }

        parser.SkipWhitespace();
        JsonValue value = parser.ReadValue(0);
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error("Unexpected " + parser.Describe(parser._position) + " after the end of the JSON value");
        }

        return value;
    }

    private int Column => _position - _lineStart;

    private JsonValue ReadValue(int depth)
    {
        if (_position >= _text.Length)
        {
            throw Error("Unexpected end of text where a value was expected");
        }

        char c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                return ReadString();
            case 't':
                return ReadLiteral("true", new JsonBoolean(true, _position, _line, Column));
            case 'f':
                return ReadLiteral("false", new JsonBoolean(false, _position, _line, Column));
            case 'n':
                return ReadLiteral("null", new JsonNull(_position, _line, Column));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Error("Unexpected " + Describe(_position) + " where a value was expected");
        }
    }

    private JsonObject ReadObject(int depth)
    {
        if (depth >= MaxDepth)
        {
            throw Error("The JSON nests deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }

        int offset = _position, line = _line, column = Column;
        _position++;
        int first = _properties.Count;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return new JsonObject(Array.Empty<JsonProperty>(), offset, line, column);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("Expected a property name in double quotes but found " + Describe(_position));
            }

            int nameOffset = _position, nameLine = _line, nameColumn = Column;
            string name = ReadStringValue();
            int nameLength = _position - nameOffset;
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Error("Expected ':' after the property name \"" + name + "\" but found " + Describe(_position));
            }

            _position++;
            SkipWhitespace();
            JsonValue value = ReadValue(depth + 1);
            _properties.Add(new JsonProperty(name, nameLength, nameOffset, nameLine, nameColumn, value));
            SkipWhitespace();
            char next = Peek();
            _position++;
            if (next == '}')
            {
                return new JsonObject(Take(_properties, first), offset, line, column);
            }

            if (next != ',')
            {
                _position--;
                throw Error("Expected ',' or '}' after the value of \"" + name + "\" but found " + Describe(_position));
            }
        }
    }

    private JsonArray ReadArray(int depth)
    {
        if (depth >= MaxDepth)
        {
            throw Error("The JSON nests deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }

        int offset = _position, line = _line, column = Column;
        _position++;
        int first = _items.Count;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return new JsonArray(Array.Empty<JsonValue>(), offset, line, column);
        }

        while (true)
        {
            SkipWhitespace();
            JsonValue item = ReadValue(depth + 1);
            _items.Add(item);
            SkipWhitespace();
            char next = Peek();
            _position++;
            if (next == ']')
            {
                return new JsonArray(Take(_items, first), offset, line, column);
            }

            if (next != ',')
            {
                _position--;
                throw Error("Expected ',' or ']' after an array item but found " + Describe(_position));
            }
        }
    }

    private static T[] Take<T>(List<T> open, int first)
    {
        var taken = new T[open.Count - first];
        open.CopyTo(first, taken, 0, taken.Length);
        open.RemoveRange(first, taken.Length);
        return taken;
    }

    // A string value: checked now (a malformed string is reported where it is wrong), its text made only when a
    // reader asks for it (JsonString.Value): most of an api-docs.json's strings are never read.
    private JsonString ReadString()
    {
        int offset = _position, line = _line, column = Column;
        bool escaped = ScanString();
        return new JsonString(_text, offset + 1, _position - offset - 2, escaped, _position - offset, offset, line, column);
    }

    // The string at _position (its opening quote), unescaped; _position ends after its closing quote.
    private string ReadStringValue()
    {
        int offset = _position;
        bool escaped = ScanString();
        return Text(_text, offset + 1, _position - offset - 2, escaped, _shortStrings);
    }

    /// <summary>The text of a string whose content (quotes excluded) is <paramref name="source"/>[start..start+length), checked by the parser.</summary>
    internal static string Text(string source, int start, int length, bool escaped, ShortStrings shortStrings)
    {
        if (!escaped)
        {
            return length <= ShortStrings.MaxLength ? shortStrings.Get(source, start, length) : source.Substring(start, length);
        }

        StringBuilder text = Unescaped ??= new StringBuilder();
        text.Clear();
        int end = start + length;
        for (int i = start; i < end; i++)
        {
            char c = source[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            char escape = source[++i];
            switch (escape)
            {
                case '"': text.Append('"'); break;
                case '\\': text.Append('\\'); break;
                case '/': text.Append('/'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                default:
                    // 'u', the only other escape the parser lets through, with its four hex digits.
                    int value = 0;
                    for (int k = i + 1; k < i + 5; k++)
                    {
                        value = (value * 16) + HexDigit(source[k]);
                    }

                    text.Append((char)value);
                    i += 4;
                    break;
            }
        }

        return text.ToString();
    }

    // Checks the string at _position (its opening quote) and moves past its closing quote; whether it has escapes.
    private bool ScanString()
    {
        int offset = _position, column = Column;
        int i = _position + 1;
        bool escaped = false;
        while (true)
        {
            if (i >= _text.Length)
            {
                _position = offset;
                throw Error("The string that starts here is not closed");
            }

            char c = _text[i];
            if (c == '"')
            {
                _position = i + 1;
                return escaped;
            }

            if (c < ' ')
            {
                _position = i;
                throw Error("The control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " must be escaped inside a string");
            }

            if (c != '\\')
            {
                i++;
                continue;
            }

            if (i + 1 >= _text.Length)
            {
                _position = i;
                throw Error("The string that starts at column " + (column + 1).ToString(CultureInfo.InvariantCulture) + " is not closed");
            }

            escaped = true;
            char escape = _text[i + 1];
            switch (escape)
            {
                case '"':
                case '\\':
                case '/':
                case 'b':
                case 'f':
                case 'n':
                case 'r':
                case 't':
                    break;
                case 'u':
                    CheckHex4(i);
                    i += 4;
                    break;
                default:
                    _position = i;
                    throw Error("Unknown escape sequence \\" + Printable(escape) + " in a string");
            }

            i += 2;
        }
    }

    // Checks the four hex digits of \uXXXX at text[at] = '\'. (Surrogate pairs arrive as two escapes and Text
    // appends them as the two UTF-16 units they are, which is what .NET strings hold.)
    private void CheckHex4(int at)
    {
        if (at + 6 > _text.Length)
        {
            _position = at;
            throw Error("A \\u escape needs four hex digits");
        }

        for (int k = at + 2; k < at + 6; k++)
        {
            if (HexDigit(_text[k]) < 0)
            {
                _position = at;
                throw Error("A \\u escape needs four hex digits");
            }
        }
    }

    private static int HexDigit(char h) =>
        h >= '0' && h <= '9' ? h - '0'
        : h >= 'a' && h <= 'f' ? h - 'a' + 10
        : h >= 'A' && h <= 'F' ? h - 'A' + 10
        : -1;

    private JsonNumber ReadNumber()
    {
        int start = _position, column = Column;
        int i = _position;
        if (_text[i] == '-')
        {
            i++;
        }

        if (i < _text.Length && _text[i] == '0')
        {
            i++;
        }
        else if (i < _text.Length && _text[i] >= '1' && _text[i] <= '9')
        {
            i = Digits(i);
        }
        else
        {
            throw NumberError(start, i);
        }

        if (i < _text.Length && _text[i] == '.')
        {
            int fraction = Digits(i + 1);
            if (fraction == i + 1)
            {
                throw NumberError(start, fraction);
            }

            i = fraction;
        }

        if (i < _text.Length && (_text[i] == 'e' || _text[i] == 'E'))
        {
            i++;
            if (i < _text.Length && (_text[i] == '+' || _text[i] == '-'))
            {
                i++;
            }

            int exponent = Digits(i);
            if (exponent == i)
            {
                throw NumberError(start, exponent);
            }

            i = exponent;
        }

        if (i < _text.Length && (char.IsLetterOrDigit(_text[i]) || _text[i] == '.'))
        {
            throw NumberError(start, i);
        }

        _position = i;
        return new JsonNumber(_text.Substring(start, i - start), start, _line, column);
    }

    private int Digits(int i)
    {
        while (i < _text.Length && _text[i] >= '0' && _text[i] <= '9')
        {
            i++;
        }

        return i;
    }

    private JsonParseException NumberError(int start, int at)
    {
        int end = at;
        while (end < _text.Length && end - start < 32 && (char.IsLetterOrDigit(_text[end]) || _text[end] is '.' or '-' or '+'))
        {
            end++;
        }

        _position = start;
        return Error("'" + _text.Substring(start, end - start) + "' is not a valid number");
    }

    private JsonValue ReadLiteral(string word, JsonValue value)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0
            || (_position + word.Length < _text.Length && char.IsLetterOrDigit(_text[_position + word.Length])))
        {
            throw Error("Unexpected " + Describe(_position) + " where a value was expected");
        }

        _position += word.Length;
        return value;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (c == '\n')
            {
                _line++;
                _lineStart = _position + 1;
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            _position++;
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private string Describe(int at)
    {
        if (at >= _text.Length)
        {
            return "the end of the text";
        }

        char c = _text[at];
        if (char.IsLetter(c))
        {
            int end = at;
            while (end < _text.Length && end - at < 16 && char.IsLetterOrDigit(_text[end]))
            {
                end++;
            }

            return "'" + _text.Substring(at, end - at) + "'";
        }

        return "'" + Printable(c) + "'";
    }

    private static string Printable(char c) =>
        c < ' ' || c == '\u007f' ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

    private JsonParseException Error(string message) => new(message, _position, _line, Column);
}

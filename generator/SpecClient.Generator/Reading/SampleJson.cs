using System;
using System.Globalization;
using System.Text;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Reads a doc page's JSON sample into a <see cref="SampleNode"/> tree. Hand-written on purpose: the generator
/// targets netstandard2.0, which has no System.Text.Json, and shipping STJ inside an analyzer risks the
/// assembly-loading conflicts described in PITFALLS. Lenient where samples are sloppy (trailing commas,
/// comments, single quotes); returns null on anything it cannot read.
/// </summary>
internal static class SampleJson
{
    public static SampleNode? TryParse(string text) => TryParse(text, out _);

    /// <summary>
    /// Reads the sample; <paramref name="lenience"/> tells the first thing it forgave that JSON does not allow
    /// (a trailing comma, a comment, a single quote, ...) and where: a service never sends such a body, so the
    /// docs are wrong there, and a strict reader (the generated client's) would stop at it.
    /// </summary>
    public static SampleNode? TryParse(string text, out (string What, int Offset)? lenience)
    {
        int position = 0;
        var l = new Lenience();
        try
        {
            SampleNode? node = ReadValue(text, ref position, 0, l);
            SkipSpace(text, ref position, l);
            if (position < text.Length)
            {
                l.Note("text after the JSON value", position);
            }

            lenience = l.What is null ? null : (l.What, l.At);
            return node;
        }
        catch (FormatException)
        {
            lenience = null;
            return null;
        }
    }

    private static SampleNode? ReadValue(string s, ref int i, int depth, Lenience l)
    {
        if (depth > 64)
        {
            throw new FormatException("too deep");
        }

        SkipSpace(s, ref i, l);
        if (i >= s.Length)
        {
            throw new FormatException("end of text");
        }

        int start = i;

        char c = s[i];
        switch (c)
        {
            case '{':
                return ReadObject(s, ref i, depth, l);
            case '[':
                return ReadArray(s, ref i, depth, l);
            case '"':
            case '\'':
                if (c == '\'')
                {
                    l.Note("a single-quoted string", i);
                }

                return SampleNode.Scalar(SampleNodeKind.String, ReadString(s, ref i));
            default:
                string word = ReadWord(s, ref i);
                if (word == "true" || word == "false")
                {
                    return SampleNode.Scalar(SampleNodeKind.Boolean);
                }

                if (word == "null")
                {
                    return SampleNode.Scalar(SampleNodeKind.Null);
                }

                if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    if (!IsJsonNumber(word))
                    {
                        l.Note("the number '" + word + "', which JSON does not allow", start);
                    }

                    return SampleNode.Scalar(SampleNodeKind.Number, word);
                }

                throw new FormatException("unexpected " + word);
        }
    }

    private static SampleNode ReadObject(string s, ref int i, int depth, Lenience l)
    {
        var node = SampleNode.Object();
        i++;
        var commas = new Commas();
        while (true)
        {
            SkipSpace(s, ref i, l);
            if (i >= s.Length)
            {
                throw new FormatException("unclosed object");
            }

            if (s[i] == '}')
            {
                commas.End(l);
                i++;
                return node;
            }

            if (s[i] == ',')
            {
                commas.Comma(i, l);
                i++;
                continue;
            }

            commas.Item(i, l);
            int nameStart = i;
            if (s[i] != '"')
            {
                l.Note(s[i] == '\'' ? "a single-quoted name" : "an unquoted name", i);
            }

            // Trimmed: pages slip spaces into names (" CACertificates", "Fingerprint ").
            string name = (s[i] == '"' || s[i] == '\'' ? ReadString(s, ref i) : ReadWord(s, ref i)).Trim();
            SkipSpace(s, ref i, l);
            if (i >= s.Length || s[i] != ':')
            {
                throw new FormatException("expected ':'");
            }

            i++;
            SampleNode? value = ReadValue(s, ref i, depth + 1, l);
            if (value is not null)
            {
                value.Offset = nameStart;
                node.Properties.Add(new System.Collections.Generic.KeyValuePair<string, SampleNode>(name, value));
            }
        }
    }

    private static SampleNode ReadArray(string s, ref int i, int depth, Lenience l)
    {
        var node = SampleNode.Array();
        i++;
        var commas = new Commas();
        while (true)
        {
            SkipSpace(s, ref i, l);
            if (i >= s.Length)
            {
                throw new FormatException("unclosed array");
            }

            if (s[i] == ']')
            {
                commas.End(l);
                i++;
                return node;
            }

            if (s[i] == ',')
            {
                commas.Comma(i, l);
                i++;
                continue;
            }

            commas.Item(i, l);
            int itemStart = i;
            SampleNode? item = ReadValue(s, ref i, depth + 1, l);
            if (item is not null)
            {
                item.Offset = itemStart;
                node.Items.Add(item);
            }
        }
    }

    private static string ReadString(string s, ref int i)
    {
        char quote = s[i++];

        // Most strings have no escapes: cut them out of the sample in one piece.
        int end = i;
        while (end < s.Length && s[end] != quote && s[end] != '\\')
        {
            end++;
        }

        if (end < s.Length && s[end] == quote)
        {
            string plain = s.Substring(i, end - i);
            i = end + 1;
            return plain;
        }

        var text = new StringBuilder();
        while (i < s.Length && s[i] != quote)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
            }

            text.Append(s[i]);
            i++;
        }

        if (i >= s.Length)
        {
            throw new FormatException("unclosed string");
        }

        i++;
        return text.ToString();
    }

    private static string ReadWord(string s, ref int i)
    {
        int start = i;
        while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '-' || s[i] == '+' || s[i] == '.' || s[i] == '_'))
        {
            i++;
        }

        if (i == start)
        {
            throw new FormatException("unexpected character");
        }

        return s.Substring(start, i - start);
    }

    private static void SkipSpace(string s, ref int i, Lenience l)
    {
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                if (s[i] is not (' ' or '\t' or '\n' or '\r'))
                {
                    l.Note("the space character U+" + ((int)s[i]).ToString("X4", CultureInfo.InvariantCulture) + ", which JSON does not allow", i);
                }

                i++;
            }
            else if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                l.Note("a comment", i);
                while (i < s.Length && s[i] != '\n')
                {
                    i++;
                }
            }
            else
            {
                return;
            }
        }
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private static bool IsJsonNumber(string word)
    {
        int i = 0;
        if (i < word.Length && word[i] == '-')
        {
            i++;
        }

        int digits = Digits(word, ref i);
        if (digits == 0 || (digits > 1 && word[i - digits] == '0'))
        {
            return false;
        }

        if (i < word.Length && word[i] == '.')
        {
            i++;
            if (Digits(word, ref i) == 0)
            {
                return false;
            }
        }

        if (i < word.Length && (word[i] == 'e' || word[i] == 'E'))
        {
            i++;
            if (i < word.Length && (word[i] == '+' || word[i] == '-'))
            {
                i++;
            }

            if (Digits(word, ref i) == 0)
            {
                return false;
            }
        }

        return i == word.Length;
    }

    private static int Digits(string word, ref int i)
    {
        int start = i;
        while (i < word.Length && word[i] >= '0' && word[i] <= '9')
        {
            i++;
        }

        return i - start;
    }

    /// <summary>The first thing the lenient reading forgave, and where.</summary>
    private sealed class Lenience
    {
        public string? What { get; private set; }

        public int At { get; private set; }

        public void Note(string what, int at)
        {
            if (What is null)
            {
                What = what;
                At = at;
            }
        }
    }

    /// <summary>Commas between the members of one object or array: a trailing, doubled or missing one is noted.</summary>
    private sealed class Commas
    {
        private bool _afterItem;
        private bool _afterComma;

        public void Item(int at, Lenience l)
        {
            if (_afterItem)
            {
                l.Note("a missing comma", at);
            }

            _afterItem = true;
            _afterComma = false;
        }

        private int _lastComma;

        public void Comma(int at, Lenience l)
        {
            if (!_afterItem)
            {
                l.Note("an extra comma", at);
            }

            _afterItem = false;
            _afterComma = true;
            _lastComma = at;
        }

        public void End(Lenience l)
        {
            if (_afterComma)
            {
                l.Note("a trailing comma", _lastComma);
            }
        }
    }
}

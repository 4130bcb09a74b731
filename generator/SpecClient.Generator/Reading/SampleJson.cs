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
    public static SampleNode? TryParse(string text)
    {
        int position = 0;
        try
        {
            SampleNode? node = ReadValue(text, ref position, 0);
            return node;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static SampleNode? ReadValue(string s, ref int i, int depth)
    {
        if (depth > 64)
        {
            throw new FormatException("too deep");
        }

        SkipSpace(s, ref i);
        if (i >= s.Length)
        {
            throw new FormatException("end of text");
        }

        char c = s[i];
        switch (c)
        {
            case '{':
                return ReadObject(s, ref i, depth);
            case '[':
                return ReadArray(s, ref i, depth);
            case '"':
            case '\'':
                ReadString(s, ref i);
                return SampleNode.Scalar(SampleNodeKind.String);
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
                    return SampleNode.Scalar(SampleNodeKind.Number);
                }

                throw new FormatException("unexpected " + word);
        }
    }

    private static SampleNode ReadObject(string s, ref int i, int depth)
    {
        var node = SampleNode.Object();
        i++;
        while (true)
        {
            SkipSpace(s, ref i);
            if (i >= s.Length)
            {
                throw new FormatException("unclosed object");
            }

            if (s[i] == '}')
            {
                i++;
                return node;
            }

            if (s[i] == ',')
            {
                i++;
                continue;
            }

            // Trimmed: pages slip spaces into names (" CACertificates", "Fingerprint ").
            string name = (s[i] == '"' || s[i] == '\'' ? ReadString(s, ref i) : ReadWord(s, ref i)).Trim();
            SkipSpace(s, ref i);
            if (i >= s.Length || s[i] != ':')
            {
                throw new FormatException("expected ':'");
            }

            i++;
            SampleNode? value = ReadValue(s, ref i, depth + 1);
            if (value is not null)
            {
                node.Properties.Add(new System.Collections.Generic.KeyValuePair<string, SampleNode>(name, value));
            }
        }
    }

    private static SampleNode ReadArray(string s, ref int i, int depth)
    {
        var node = SampleNode.Array();
        i++;
        while (true)
        {
            SkipSpace(s, ref i);
            if (i >= s.Length)
            {
                throw new FormatException("unclosed array");
            }

            if (s[i] == ']')
            {
                i++;
                return node;
            }

            if (s[i] == ',')
            {
                i++;
                continue;
            }

            SampleNode? item = ReadValue(s, ref i, depth + 1);
            if (item is not null)
            {
                node.Items.Add(item);
            }
        }
    }

    private static string ReadString(string s, ref int i)
    {
        char quote = s[i++];
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

    private static void SkipSpace(string s, ref int i)
    {
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                i++;
            }
            else if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
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
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
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
    public static SampleNode? TryParse(string text) => TryParse(text.AsMemory(), out _);

    /// <summary>
    /// Reads the sample; <paramref name="lenience"/> tells the first thing it forgave that JSON does not allow
    /// (a trailing comma, a comment, a single quote, ...) and where: a service never sends such a body, so the
    /// docs are wrong there, and a strict reader (the generated client's) would stop at it.
    /// </summary>
    /// <remarks>
    /// <paramref name="text"/> is a slice of a string (a code block's, mostly of its page's text, <see cref="CodeSample"/>),
    /// read in place: the nodes point into that string, and offsets (nodes', the lenience's) count from the slice's start.
    /// </remarks>
    public static SampleNode? TryParse(ReadOnlyMemory<char> text, out (string What, int Offset)? lenience)
    {
        // One reader per thread, reused from sample to sample (a page's examples parse too: about two thousand
        // reads per corpus run), so that its list of pending nodes is grown once.
        Reader reader = Reader.PerThread ??= new Reader();
        if (!MemoryMarshal.TryGetString(text, out string source, out int start, out int length))
        {
            // Not a slice of a string (no caller makes one): read a copy.
            source = text.ToString();
            start = 0;
            length = source.Length;
        }

        reader.Start(source, start, start + length);
        try
        {
            SampleNode node = reader.ReadValue(0);
            SkipSpace(source, reader.End, ref reader.Position, reader.Lenience);
            if (reader.Position < reader.End)
            {
                reader.Lenience.Note("text after the JSON value", reader.Position);
            }

            lenience = reader.Lenience.What is null ? null : (reader.Lenience.What, reader.Lenience.At);
            return node;
        }
        catch (FormatException)
        {
            lenience = null;
            return null;
        }
        finally
        {
            reader.Finish();
        }
    }

    /// <summary>
    /// One sample's reading. Nodes point into the text (<see cref="SampleNode"/>): names and texts are cut out
    /// only where a reader asks for them, and the members and items of the containers being read wait in one
    /// list, each container taking its own as an array of the exact size when it closes.
    /// </summary>
    private sealed class Reader
    {
        [ThreadStatic]
        public static Reader? PerThread;

        public readonly Lenience Lenience = new();
        public int Position;

        /// <summary>Where the sample ends in the text (exclusive).</summary>
        public int End;

        private readonly List<SampleNode> _pending = new();
        private string _s = string.Empty;
        private int _start;

        public void Start(string text, int start, int end)
        {
            _s = text;
            _start = start;
            End = end;
            Position = start;
            Lenience.Clear(start);
        }

        // Holds on to nothing of the sample (a failed read leaves its nodes pending).
        public void Finish()
        {
            _s = string.Empty;
            _pending.Clear();
        }

        public SampleNode ReadValue(int depth)
        {
            if (depth > 64)
            {
                throw new FormatException("too deep");
            }

            string s = _s;
            int end = End;
            ref int i = ref Position;
            SkipSpace(s, end, ref i, Lenience);
            if (i >= end)
            {
                throw new FormatException("end of text");
            }

            int start = i;

            char c = s[i];
            switch (c)
            {
                case '{':
                    return ReadContainer(depth, SampleNodeKind.Object);
                case '[':
                    return ReadContainer(depth, SampleNodeKind.Array);
                case '"':
                case '\'':
                    if (c == '\'')
                    {
                        Lenience.Note("a single-quoted string", i);
                    }

                    int textStart = ReadString(s, end, ref i, out int textLength, out string? decoded);
                    return SampleNode.Json(SampleNodeKind.String, s, textStart, textLength, decoded);
                default:
                    int length = ReadWord(s, end, ref i);
                    ReadOnlySpan<char> word = s.AsSpan(start, length);
                    if (word.SequenceEqual("true".AsSpan()) || word.SequenceEqual("false".AsSpan()))
                    {
                        return SampleNode.Json(SampleNodeKind.Boolean, s);
                    }

                    if (word.SequenceEqual("null".AsSpan()))
                    {
                        return SampleNode.Json(SampleNodeKind.Null, s);
                    }

                    // A plain JSON number parses as a double on every runtime: no string is cut out to ask.
                    // (An exponent can overflow, which .NET Framework refuses and .NET allows, so it is asked.)
                    if (IsJsonNumber(word) && word.Length < PlainNumberLength && word.IndexOfAny('e', 'E') < 0)
                    {
                        return SampleNode.Json(SampleNodeKind.Number, s, start, length);
                    }

                    string text = word.ToString();
                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    {
                        if (!IsJsonNumber(word))
                        {
                            Lenience.Note("the number '" + text + "', which JSON does not allow", start);
                        }

                        return SampleNode.Json(SampleNodeKind.Number, s, start, length);
                    }

                    throw new FormatException("unexpected " + text);
            }
        }

        // An object's members or an array's items, up to the closing brace or bracket. A member's or item's node
        // is where it starts (a member's name, an item's value).
        private SampleNode ReadContainer(int depth, SampleNodeKind kind)
        {
            string s = _s;
            int end = End;
            ref int i = ref Position;
            bool isObject = kind == SampleNodeKind.Object;
            char close = isObject ? '}' : ']';
            int first = _pending.Count;
            i++;
            var commas = default(Commas);
            while (true)
            {
                SkipSpace(s, end, ref i, Lenience);
                if (i >= end)
                {
                    throw new FormatException(isObject ? "unclosed object" : "unclosed array");
                }

                if (s[i] == close)
                {
                    commas.End(Lenience);
                    i++;
                    return SampleNode.Json(kind, s, TakePending(first));
                }

                if (s[i] == ',')
                {
                    commas.Comma(i, Lenience);
                    i++;
                    continue;
                }

                commas.Item(i, Lenience);
                int itemStart = i;
                int nameStart = 0, nameLength = 0;
                string? decoded = null;
                if (isObject)
                {
                    nameStart = ReadName(s, ref i, out nameLength, out decoded);
                }

                SampleNode value = ReadValue(depth + 1);
                value.Offset = itemStart - _start;
                if (isObject)
                {
                    value.SetName(nameStart, nameLength, decoded);
                }

                _pending.Add(value);
            }
        }

        // A member's name and the ':' after it: where the name starts in s and its length, or, with escapes, decoded.
        private int ReadName(string s, ref int i, out int length, out string? decoded)
        {
            if (s[i] != '"')
            {
                Lenience.Note(s[i] == '\'' ? "a single-quoted name" : "an unquoted name", i);
            }

            int start;
            decoded = null;
            if (s[i] == '"' || s[i] == '\'')
            {
                start = ReadString(s, End, ref i, out length, out decoded);
            }
            else
            {
                start = i;
                length = ReadWord(s, End, ref i);
            }

            // Trimmed: pages slip spaces into names (" CACertificates", "Fingerprint ").
            if (decoded is not null)
            {
                decoded = decoded.Trim();
            }
            else
            {
                Trim(s, ref start, ref length);
            }

            SkipSpace(s, End, ref i, Lenience);
            if (i >= End || s[i] != ':')
            {
                throw new FormatException("expected ':'");
            }

            i++;
            return start;
        }

        // The members or items read since the container opened, in order; they leave the pending list.
        private SampleNode[] TakePending(int first)
        {
            int count = _pending.Count - first;
            if (count == 0)
            {
                return Array.Empty<SampleNode>();
            }

            var taken = new SampleNode[count];
            _pending.CopyTo(first, taken, 0, count);
            _pending.RemoveRange(first, count);
            return taken;
        }
    }

    // Longer than this, a plain number's digits could pass double's range (10^308), which runtimes treat apart.
    private const int PlainNumberLength = 300;

    // The string's text: where it starts in s and its length when it has no escapes (the common case, read in
    // place), else decoded into a string of its own. The sample ends at end (exclusive), as in the other readers below.
    private static int ReadString(string s, int end, ref int i, out int length, out string? decoded)
    {
        char quote = s[i++];

        int close = i;
        while (close < end && s[close] != quote && s[close] != '\\')
        {
            close++;
        }

        if (close < end && s[close] == quote)
        {
            int start = i;
            length = close - i;
            decoded = null;
            i = close + 1;
            return start;
        }

        var text = new StringBuilder();
        while (i < end && s[i] != quote)
        {
            if (s[i] == '\\' && i + 1 < end)
            {
                i++;
            }

            text.Append(s[i]);
            i++;
        }

        if (i >= end)
        {
            throw new FormatException("unclosed string");
        }

        i++;
        length = 0;
        decoded = text.ToString();
        return 0;
    }

    // The length of the word at i, which i moves past.
    private static int ReadWord(string s, int end, ref int i)
    {
        int start = i;
        while (i < end && (char.IsLetterOrDigit(s[i]) || s[i] == '-' || s[i] == '+' || s[i] == '.' || s[i] == '_'))
        {
            i++;
        }

        if (i == start)
        {
            throw new FormatException("unexpected character");
        }

        return i - start;
    }

    // As string.Trim: white space (char.IsWhiteSpace) off both ends of s[start..start+length).
    private static void Trim(string s, ref int start, ref int length)
    {
        while (length > 0 && char.IsWhiteSpace(s[start]))
        {
            start++;
            length--;
        }

        while (length > 0 && char.IsWhiteSpace(s[start + length - 1]))
        {
            length--;
        }
    }

    private static void SkipSpace(string s, int end, ref int i, Lenience l)
    {
        while (i < end)
        {
            // JSON's own white space first: samples are indented, and most of what is skipped is spaces and line breaks.
            if (s[i] is ' ' or '\n' or '\r' or '\t')
            {
                i++;
            }
            else if (char.IsWhiteSpace(s[i]))
            {
                // Any other white space (a no-break space, an ideographic space) is forgiven and noted.
                l.Note("the space character U+" + ((int)s[i]).ToString("X4", CultureInfo.InvariantCulture) + ", which JSON does not allow", i);
                i++;
            }
            else if (s[i] == '/' && i + 1 < end && s[i + 1] == '/')
            {
                l.Note("a comment", i);
                while (i < end && s[i] != '\n')
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
    private static bool IsJsonNumber(ReadOnlySpan<char> word)
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

    private static int Digits(ReadOnlySpan<char> word, ref int i)
    {
        int start = i;
        while (i < word.Length && word[i] >= '0' && word[i] <= '9')
        {
            i++;
        }

        return i - start;
    }

    /// <summary>The first thing the lenient reading forgave, and where (from the sample's start).</summary>
    private sealed class Lenience
    {
        private int _sampleStart;

        public string? What { get; private set; }

        public int At { get; private set; }

        /// <summary>Ready for a sample that starts at <paramref name="sampleStart"/> in the text the notes' places are in.</summary>
        public void Clear(int sampleStart)
        {
            _sampleStart = sampleStart;
            What = null;
            At = 0;
        }

        public void Note(string what, int at)
        {
            if (What is null)
            {
                What = what;
                At = at - _sampleStart;
            }
        }
    }

    /// <summary>Commas between the members of one object or array: a trailing, doubled or missing one is noted.</summary>
    private struct Commas
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

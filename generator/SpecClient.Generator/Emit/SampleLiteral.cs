using System;
using System.Numerics;

namespace SpecClient.Generator.Emit;

/// <summary>
/// The characters of a sample answer inside a C# string literal, without the whitespace that only lays it out (see
/// <see cref="SourceWriter.SampleLine"/>): layout dropped and characters escaped in one pass over the sample.
/// </summary>
/// <remarks>
/// Samples are a tenth of the generated text, and finding their layout first and escaping what is left after made two
/// scans of every character. Here one scan stops at what matters to either (a quote, a backslash, white space, a
/// character to escape; in XML a tag's end), a vector of characters passed over at once where none is there, and the
/// clean stretches between the stops are copied whole.
/// </remarks>
internal static class SampleLiteral
{
    /// <summary>
    /// A JSON sample (strict: its quotes pair up): the whitespace outside strings is dropped where it stands next to a
    /// brace, bracket, comma or colon, or at either end; between two values ("1 2" in a broken sample) it is kept.
    /// </summary>
    public static void AppendJson(TextBuffer to, string text)
    {
        int start = 0; // the first character not written yet
        int i = 0;
        bool inString = false;
        while ((i = inString ? CharScan.First(text.AsSpan(), i, default(InStringTest)) : CharScan.First(text.AsSpan(), i, default(OutsideStringTest))) < text.Length)
        {
            char c = text[i];
            if (!inString && IsLayout(c))
            {
                int end = LayoutEnd(text, i + 1);
                Copy(to, text, start, i);
                if (i == 0 || end == text.Length || IsJsonPunctuation(text[i - 1]) || IsJsonPunctuation(text[end]))
                {
                    start = end;
                }
                else
                {
                    // Kept, its line breaks and tabs escaped.
                    for (; i < end; i++)
                    {
                        Append(to, text[i]);
                    }

                    start = end;
                }

                i = end;
                continue;
            }

            Copy(to, text, start, i);
            SourceWriter.AppendEscape(to, c);
            i++;
            if (c == '"')
            {
                inString = !inString;
            }
            else if (c == '\\' && inString && i < text.Length)
            {
                // The escaped character never ends the string (\"), though it may need escaping itself.
                Append(to, text[i]);
                i++;
            }

            start = i;
        }

        Copy(to, text, start, text.Length);
    }

    /// <summary>An XML sample: a run of whitespace with a line break between a tag's end and the next tag is dropped.</summary>
    public static void AppendXml(TextBuffer to, string text)
    {
        int start = 0;
        int i = 0;
        while ((i = CharScan.First(text.AsSpan(), i, default(XmlTest))) < text.Length)
        {
            char c = text[i];
            if (c == '>')
            {
                int end = LayoutEnd(text, i + 1);
                if (end < text.Length && text[end] == '<' && text.IndexOf('\n', i + 1, end - i - 1) >= 0)
                {
                    Copy(to, text, start, i + 1);
                    start = i = end;
                }
                else
                {
                    // Scanned on: a kept run's line breaks are escaped as they come.
                    i++;
                }

                continue;
            }

            Copy(to, text, start, i);
            SourceWriter.AppendEscape(to, c);
            start = ++i;
        }

        Copy(to, text, start, text.Length);
    }

    private static void Copy(TextBuffer to, string text, int start, int end)
    {
        if (end > start)
        {
            to.Append(text, start, end - start);
        }
    }

    private static void Append(TextBuffer to, char c)
    {
        if (SourceWriter.NeedsEscape(c))
        {
            SourceWriter.AppendEscape(to, c);
        }
        else
        {
            to.Append(c);
        }
    }

    // Where the run of layout characters from a position on ends.
    private static int LayoutEnd(string text, int i)
    {
        while (i < text.Length && IsLayout(text[i]))
        {
            i++;
        }

        return i;
    }

    // Inlined by request: in the larger loops above the JIT kept it a call, once per layout character.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsLayout(char c) => c is ' ' or '\t' or '\n' or '\r';

    private static bool IsJsonPunctuation(char c) => c is '{' or '}' or '[' or ']' or ',' or ':';

    // Inside a JSON string: a character to escape (the quote that ends the string and a backslash among them).
    private readonly struct InStringTest : ICharTest
    {
        public bool MayHold(Vector<ushort> chars) => SourceWriter.MayNeedEscape(chars);

        public bool Is(char c) => SourceWriter.NeedsEscape(c);
    }

    // Outside: a space too (the other layout characters are escaped ones).
    private readonly struct OutsideStringTest : ICharTest
    {
        public bool MayHold(Vector<ushort> chars) =>
            Vector.LessThanOrEqualAny(chars, new Vector<ushort>(' ')) || Vector.EqualsAny(chars, new Vector<ushort>('"'))
            || Vector.EqualsAny(chars, new Vector<ushort>('\\')) || Vector.GreaterThanAny(chars, new Vector<ushort>(0x7F));

        public bool Is(char c) => c == ' ' || SourceWriter.NeedsEscape(c);
    }

    private readonly struct XmlTest : ICharTest
    {
        public bool MayHold(Vector<ushort> chars) => Vector.EqualsAny(chars, new Vector<ushort>('>')) || SourceWriter.MayNeedEscape(chars);

        public bool Is(char c) => c == '>' || SourceWriter.NeedsEscape(c);
    }
}

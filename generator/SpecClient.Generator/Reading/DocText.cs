using System;
using System.Numerics;

namespace SpecClient.Generator.Reading;

/// <summary>Turns a cell's markdown into plain text: escapes, emphasis, links and doc-id links removed.</summary>
internal static class DocText
{
    private static readonly char[] MarkupStarts = { '\\', '*', '_', '~', '[' };

    // Text that needed joining and names that needed marks removed, per thread: made into a string once, if kept.
    [ThreadStatic]
    private static char[]? Collapsed;

    [ThreadStatic]
    private static char[]? Named;

    // Clean text of a cell with markup, per thread: it is trimmed or joined before it is copied, once.
    [ThreadStatic]
    private static char[]? Cleaned;

    public static string Clean(string markdown) =>
        // Most cells are plain words: the same string, no copy (cells are cleaned several times each).
        HasMarkup(markdown.AsSpan()) ? SharedText.Of(CleanMarkup(markdown.AsSpan())) : markdown;

    // Clean's work on text that has markup, in the per-thread buffer (valid until the next call). Clean text is
    // never longer than its markdown: each step writes at most as many characters as it reads.
    private static ReadOnlySpan<char> CleanMarkup(ReadOnlySpan<char> markdown)
    {
        char[] text = BufferOf(ref Cleaned, markdown.Length);
        int length = 0;
        int i = 0;

        // Where the next character of each search is, from i on (markdown.Length when none): the text up to the next
        // character the loop treats specially is copied in one piece, and each search is made again only once passed.
        int markup = -1, other = -1;
        while (i < markdown.Length)
        {
            if (markup < i)
            {
                markup = IndexOrEnd(markdown, markdown.Slice(i).IndexOfAny(MarkupStarts.AsSpan()), i);
            }

            if (other < i)
            {
                other = IndexOrEnd(markdown, markdown.Slice(i).IndexOfAny('<', '&', '\u00a0'), i);
            }

            int special = Math.Min(markup, other);
            markdown.Slice(i, special - i).CopyTo(text.AsSpan(length));
            length += special - i;
            i = special;
            if (i == markdown.Length)
            {
                break;
            }

            char c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && IsPunctuation(markdown[i + 1]))
            {
                text[length++] = markdown[i + 1];
                i += 2;
            }
            else if (c == '*' || (c == '_' && i + 1 < markdown.Length && markdown[i + 1] == '_'))
            {
                // Emphasis markers: drop them, keep the words.
                i++;
            }
            else if (c == '~' && i + 1 < markdown.Length && markdown[i + 1] == '~')
            {
                // ~~25609~~ doc-id links carry no words for the reader.
                int close = IndexOf(markdown, "~~".AsSpan(), i + 2);
                i = close < 0 ? i + 2 : close + 2;
            }
            else if (c == '[' && TryLink(markdown, i, out int linkEnd, out int next))
            {
                markdown.Slice(i + 1, linkEnd - i - 1).CopyTo(text.AsSpan(length));
                length += linkEnd - i - 1;
                i = next;
            }
            else if (c == '<' && TryTag(markdown, i, out int afterTag))
            {
                text[length++] = ' ';
                i = afterTag;
            }
            else if (c == '&' && TryEntity(markdown, i, out char decoded, out int afterEntity))
            {
                text[length++] = decoded;
                i = afterEntity;
            }
            else
            {
                text[length++] = c == '\u00a0' ? ' ' : c;
                i++;
            }
        }

        return text.AsSpan(0, length);
    }

    /// <summary>Clean text on one line with single spaces, for summaries and diagnostics.</summary>
    public static string OneLine(string markdown)
    {
        ReadOnlySpan<char> line = OneLineOf(markdown.AsSpan());
        return line == markdown.AsSpan() ? markdown : SharedText.Of(line);
    }

    /// <summary>
    /// <see cref="OneLine(string)"/> of a table cell, read in place: a cell with nothing to clean or join (most) costs
    /// no copy of the raw cell, and its text one copy at most (none when another cell had the same text).
    /// </summary>
    public static string OneLine(TableCell cell) => SharedText.Of(OneLineOf(cell.Span));

    // OneLine's text, read in place in the markdown when it needs no cleaning or joining (most text: one line padded
    // with spaces), else in a per-thread buffer (valid until the next call).
    private static ReadOnlySpan<char> OneLineOf(ReadOnlySpan<char> markdown)
    {
        ReadOnlySpan<char> clean = HasMarkup(markdown) ? CleanMarkup(markdown) : markdown;
        int start = 0, end = clean.Length;
        while (start < end && char.IsWhiteSpace(clean[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(clean[end - 1]))
        {
            end--;
        }

        return IsOneLine(clean, start, end) ? clean.Slice(start, end - start) : Collapse(clean);
    }

    // The words of the text with single spaces between them, no white space around, in the per-thread buffer. The
    // stretches between breaks (white space other than one space between words) are copied in one piece: descriptions
    // are long, and a break is found by two vectorized searches instead of a test of each character.
    private static ReadOnlySpan<char> Collapse(ReadOnlySpan<char> clean)
    {
        char[] text = BufferOf(ref Collapsed, clean.Length);
        int length = 0;
        int i = SkipWhiteSpace(clean, 0);

        // Where the next break of each kind is, from i on (clean.Length when none): kept between stretches, so that
        // a text with many line ends is not searched to its next double space again after each of them.
        int other = -1, twoSpaces = -1;
        while (i < clean.Length)
        {
            if (other < i)
            {
                other = NextOtherWhiteSpace(clean, i);
            }

            if (twoSpaces < i)
            {
                twoSpaces = IndexOrEnd(clean, clean.Slice(i).IndexOf("  ".AsSpan()), i);
            }

            // The stretch up to the break has only single spaces (and no white space first): copied as it is, but for
            // a space just before the break, which belongs to the break.
            int end = Math.Min(other, twoSpaces);
            int stretchEnd = end > i && clean[end - 1] == ' ' ? end - 1 : end;
            clean.Slice(i, stretchEnd - i).CopyTo(text.AsSpan(length));
            length += stretchEnd - i;
            i = SkipWhiteSpace(clean, end);
            if (i < clean.Length)
            {
                text[length++] = ' ';
            }
        }

        return text.AsSpan(0, length);
    }

    // Where text[from..] found something (`found` being the search's result in it), or the text's end when not.
    private static int IndexOrEnd(ReadOnlySpan<char> text, int found, int from) => found < 0 ? text.Length : from + found;

    // The first index from `from` on that is not white space, or the text's end.
    private static int SkipWhiteSpace(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    /// <summary>A cell naming a parameter: tree marks (└), spaces, emphasis and code marks removed.</summary>
    public static string Name(string markdown)
    {
        ReadOnlySpan<char> name = NameOf(OneLineOf(markdown.AsSpan()));
        return name == markdown.AsSpan() ? markdown : SharedText.Of(name);
    }

    /// <inheritdoc cref="Name(string)"/>
    public static string Name(TableCell cell) => SharedText.Of(NameOf(OneLineOf(cell.Span)));

    // The one-line text without '└', '`' and spaces (the only white space one-line text has), in place when it has
    // none of them, else in a per-thread buffer.
    private static ReadOnlySpan<char> NameOf(ReadOnlySpan<char> oneLine)
    {
        if (oneLine.IndexOfAny('└', '`', ' ') < 0)
        {
            return oneLine;
        }

        char[] name = BufferOf(ref Named, oneLine.Length);
        int length = 0;
        foreach (char c in oneLine)
        {
            if (c is not ('└' or '`' or ' '))
            {
                name[length++] = c;
            }
        }

        return name.AsSpan(0, length);
    }

    // Whether Clean could change the text: any character its loop treats specially. Two vectorized searches (the
    // runtime searches five characters at most at once that way): every cell of every row is asked, several times.
    internal static bool HasMarkup(ReadOnlySpan<char> markdown) =>
        markdown.IndexOfAny(MarkupStarts.AsSpan()) >= 0 || markdown.IndexOfAny('<', '&', '\u00a0') >= 0;

    // Whether Collapse would give back text[start..end) (which starts and ends with no white space): only single
    // plain spaces inside. Searched a vector of characters at a time instead of testing each one (every cell is asked).
    private static bool IsOneLine(ReadOnlySpan<char> text, int start, int end)
    {
        ReadOnlySpan<char> inside = text.Slice(start, end - start);
        return NextOtherWhiteSpace(inside, 0) == inside.Length && inside.IndexOf("  ".AsSpan()) < 0;
    }

    /// <summary>
    /// Where the first white space other than the plain space is in text[from..], or the text's end: a vector of
    /// characters (16 with AVX2) is passed over at once when none of them is below U+0020 or in U+0085..U+3000, where
    /// all such white space is (DocTextTests checks every one); only a vector with such a character is tested character
    /// by character (an IndexOfAny over the 24 characters builds its lookup map on every call, costlier on short cells).
    /// </summary>
    internal static int NextOtherWhiteSpace(ReadOnlySpan<char> text, int from) => CharScan.First(text, from, default(OtherWhiteSpaceTest));

    private readonly struct OtherWhiteSpaceTest : ICharTest
    {
        // Characters below 0x85 wrap around to large numbers when 0x85 is taken away: one unsigned compare for the range.
        public bool MayHold(Vector<ushort> chars) =>
            Vector.LessThanAny(chars, new Vector<ushort>(0x20)) || Vector.LessThanAny(chars - new Vector<ushort>(0x85), new Vector<ushort>(0x3001 - 0x85));

        public bool Is(char c) => IsOtherWhiteSpace(c);
    }

    private static bool IsOtherWhiteSpace(char c) => c != ' ' && char.IsWhiteSpace(c);

    // The per-thread buffer, at least `length` long.
    private static char[] BufferOf(ref char[]? buffer, int length) =>
        buffer is { } existing && existing.Length >= length ? existing : buffer = new char[Math.Max(length, 256)];

    private static bool IsPunctuation(char c) => c < 128 && !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c);

    // Where text[start..] continues with `value` first, from `start` on; -1 when nowhere.
    private static int IndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> value, int start)
    {
        int found = text.Slice(start).IndexOf(value);
        return found < 0 ? found : start + found;
    }

    private static int IndexOf(ReadOnlySpan<char> text, char value, int start)
    {
        int found = text.Slice(start).IndexOf(value);
        return found < 0 ? found : start + found;
    }

    // "[text](target)" at s[start]: the link text is s[start+1..textEnd).
    private static bool TryLink(ReadOnlySpan<char> s, int start, out int textEnd, out int next)
    {
        textEnd = start;
        next = start;
        int close = IndexOf(s, ']', start + 1);
        if (close < 0 || close + 1 >= s.Length || s[close + 1] != '(')
        {
            return false;
        }

        int end = IndexOf(s, ')', close + 2);
        if (end < 0)
        {
            return false;
        }

        textEnd = close;
        next = end + 1;
        return true;
    }

    private static bool TryTag(ReadOnlySpan<char> s, int start, out int next)
    {
        next = start;
        int close = IndexOf(s, '>', start + 1);
        if (close < 0 || close - start > 12)
        {
            return false;
        }

        ReadOnlySpan<char> tag = s.Slice(start + 1, close - start - 1).Trim().TrimEnd('/').Trim();
        if (LowerText.Is(tag, "br") || LowerText.Is(tag, "p") || LowerText.Is(tag, "/p") || LowerText.Is(tag, "li") || LowerText.Is(tag, "/li") || LowerText.Is(tag, "ul") || LowerText.Is(tag, "/ul"))
        {
            next = close + 1;
            return true;
        }

        return false;
    }

    private static bool TryDecode(ReadOnlySpan<char> entity, out char decoded)
    {
        decoded = entity.SequenceEqual("#124".AsSpan()) ? '|'
            : entity.SequenceEqual("nbsp".AsSpan()) ? ' '
            : entity.SequenceEqual("lt".AsSpan()) ? '<'
            : entity.SequenceEqual("gt".AsSpan()) ? '>'
            : entity.SequenceEqual("amp".AsSpan()) ? '&'
            : entity.SequenceEqual("quot".AsSpan()) ? '"'
            : '\0';
        return decoded != '\0';
    }

    private static bool TryEntity(ReadOnlySpan<char> s, int start, out char decoded, out int next)
    {
        decoded = '&';
        next = start;
        int semicolon = IndexOf(s, ';', start + 1);
        if (semicolon < 0 || semicolon - start > 8)
        {
            return false;
        }

        ReadOnlySpan<char> entity = s.Slice(start + 1, semicolon - start - 1);
        if (!TryDecode(entity, out decoded))
        {
            return false;
        }

        next = semicolon + 1;
        return true;
    }
}

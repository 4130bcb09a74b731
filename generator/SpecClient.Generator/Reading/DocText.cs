using System;
using System.Text;

namespace SpecClient.Generator.Reading;

/// <summary>Turns a cell's markdown into plain text: escapes, emphasis, links and doc-id links removed.</summary>
internal static class DocText
{
    private static readonly char[] MarkupStarts = { '\\', '*', '_', '~', '[' };

    // One builder per thread for the cells that do need joining (a page has hundreds of cells).
    [ThreadStatic]
    private static StringBuilder? Builder;

    // Clean text of a cell with markup, per thread: it is trimmed or joined before it is copied, once.
    [ThreadStatic]
    private static char[]? Cleaned;

    public static string Clean(string markdown) =>
        // Most cells are plain words: the same string, no copy (cells are cleaned several times each).
        HasMarkup(markdown.AsSpan()) ? CleanMarkup(markdown.AsSpan()).ToString() : markdown;

    // Clean's work on text that has markup, in the per-thread buffer (valid until the next call). Clean text is
    // never longer than its markdown: each step writes at most as many characters as it reads.
    private static ReadOnlySpan<char> CleanMarkup(ReadOnlySpan<char> markdown)
    {
        char[] text = Cleaned is { } existing && existing.Length >= markdown.Length ? existing : Cleaned = new char[Math.Max(markdown.Length, 256)];
        int length = 0;
        int i = 0;
        while (i < markdown.Length)
        {
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
    public static string OneLine(string markdown) =>
        HasMarkup(markdown.AsSpan()) ? OneLineOf(CleanMarkup(markdown.AsSpan()), null) : OneLineOf(markdown.AsSpan(), markdown);

    // OneLine's work on clean text; `whole` is that text as a string, if there is one (given back when it is the answer).
    private static string OneLineOf(ReadOnlySpan<char> clean, string? whole)
    {
        int start = 0, end = clean.Length;
        while (start < end && char.IsWhiteSpace(clean[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(clean[end - 1]))
        {
            end--;
        }

        if (IsOneLine(clean, start, end))
        {
            // Most cells are one line padded with spaces: trimming is all the work, one copy at most.
            return whole is not null && start == 0 && end == clean.Length ? whole : clean.Slice(start, end - start).ToString();
        }

        return Collapse(clean);
    }

    // The words of the text with single spaces between them, no white space around.
    private static string Collapse(ReadOnlySpan<char> clean)
    {
        StringBuilder text = EmptyBuilder();
        bool space = false;
        foreach (char c in clean)
        {
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>
    /// <see cref="OneLine(string)"/> of a table cell, read in place: a cell with nothing to clean or join (most) costs
    /// one copy of its trimmed text and no copy of the raw cell.
    /// </summary>
    public static string OneLine(TableCell cell)
    {
        ReadOnlySpan<char> raw = cell.Span;
        if (HasMarkup(raw))
        {
            return OneLineOf(CleanMarkup(raw), null);
        }

        int start = 0, end = raw.Length;
        while (start < end && char.IsWhiteSpace(raw[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(raw[end - 1]))
        {
            end--;
        }

        if (!IsOneLine(raw, start, end))
        {
            return Collapse(raw);
        }

        return start == 0 && end == raw.Length ? cell.Text : cell.Substring(start, end - start);
    }

    /// <summary>A cell naming a parameter: tree marks (└), spaces, emphasis and code marks removed.</summary>
    public static string Name(string markdown) => NameIn(OneLine(markdown));

    /// <inheritdoc cref="Name(string)"/>
    public static string Name(TableCell cell) => NameIn(OneLine(cell));

    private static string NameIn(string oneLine)
    {
        string clean = oneLine.Replace("└", string.Empty).Replace("`", string.Empty).Trim();
        return clean.Replace(" ", string.Empty);
    }

    // Whether Clean could change the text: any character its loop treats specially. Two vectorized searches (the
    // runtime searches five characters at most at once that way): every cell of every row is asked, several times.
    internal static bool HasMarkup(ReadOnlySpan<char> markdown) =>
        markdown.IndexOfAny(MarkupStarts.AsSpan()) >= 0 || markdown.IndexOfAny('<', '&', '\u00a0') >= 0;

    // Whether OneLine's loop would give back text[start..end) (which starts and ends with no white space): only
    // single plain spaces inside.
    private static bool IsOneLine(ReadOnlySpan<char> text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || text[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static StringBuilder EmptyBuilder()
    {
        StringBuilder builder = Builder ??= new StringBuilder(256);
        builder.Clear();
        return builder;
    }

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

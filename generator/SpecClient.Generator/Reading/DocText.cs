using System;
using System.Text;

namespace SpecClient.Generator.Reading;

/// <summary>Turns a cell's markdown into plain text: escapes, emphasis, links and doc-id links removed.</summary>
internal static class DocText
{
    // One builder per thread for the cells that do need rewriting (a page has hundreds of cells).
    [ThreadStatic]
    private static StringBuilder? Builder;

    public static string Clean(string markdown)
    {
        if (!HasMarkup(markdown))
        {
            // Most cells are plain words: the same string, no copy (cells are cleaned several times each).
            return markdown;
        }

        StringBuilder text = EmptyBuilder();
        int i = 0;
        while (i < markdown.Length)
        {
            char c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && IsPunctuation(markdown[i + 1]))
            {
                text.Append(markdown[i + 1]);
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
                int close = markdown.IndexOf("~~", i + 2, StringComparison.Ordinal);
                i = close < 0 ? i + 2 : close + 2;
            }
            else if (c == '[' && TryLink(markdown, i, out string linkText, out int next))
            {
                text.Append(linkText);
                i = next;
            }
            else if (c == '<' && TryTag(markdown, i, out int afterTag))
            {
                text.Append(' ');
                i = afterTag;
            }
            else if (c == '&' && TryEntity(markdown, i, out char decoded, out int afterEntity))
            {
                text.Append(decoded);
                i = afterEntity;
            }
            else
            {
                text.Append(c == '\u00a0' ? ' ' : c);
                i++;
            }
        }

        return text.ToString();
    }

    /// <summary>Clean text on one line with single spaces, for summaries and diagnostics.</summary>
    public static string OneLine(string markdown)
    {
        string clean = Clean(markdown);
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
            return start == 0 && end == clean.Length ? clean : clean.Substring(start, end - start);
        }

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

    /// <summary>A cell naming a parameter: tree marks (└), spaces, emphasis and code marks removed.</summary>
    public static string Name(string markdown)
    {
        string clean = OneLine(markdown).Replace("└", string.Empty).Replace("`", string.Empty).Trim();
        return clean.Replace(" ", string.Empty);
    }

    // Whether Clean could change the text: any character its loop treats specially.
    private static bool HasMarkup(string markdown)
    {
        foreach (char c in markdown)
        {
            if (c is '\\' or '*' or '_' or '~' or '[' or '<' or '&' or '\u00a0')
            {
                return true;
            }
        }

        return false;
    }

    // Whether OneLine's loop would give back text[start..end) (which starts and ends with no white space): only
    // single plain spaces inside.
    private static bool IsOneLine(string text, int start, int end)
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

    private static bool TryLink(string s, int start, out string text, out int next)
    {
        text = string.Empty;
        next = start;
        int close = s.IndexOf(']', start + 1);
        if (close < 0 || close + 1 >= s.Length || s[close + 1] != '(')
        {
            return false;
        }

        int end = s.IndexOf(')', close + 2);
        if (end < 0)
        {
            return false;
        }

        text = s.Substring(start + 1, close - start - 1);
        next = end + 1;
        return true;
    }

    private static bool TryTag(string s, int start, out int next)
    {
        next = start;
        int close = s.IndexOf('>', start + 1);
        if (close < 0 || close - start > 12)
        {
            return false;
        }

        string tag = s.Substring(start + 1, close - start - 1).Trim().TrimEnd('/').Trim().ToLowerInvariant();
        if (tag == "br" || tag == "p" || tag == "/p" || tag == "li" || tag == "/li" || tag == "ul" || tag == "/ul")
        {
            next = close + 1;
            return true;
        }

        return false;
    }

    private static bool TryEntity(string s, int start, out char decoded, out int next)
    {
        decoded = '&';
        next = start;
        int semicolon = s.IndexOf(';', start + 1);
        if (semicolon < 0 || semicolon - start > 8)
        {
            return false;
        }

        string entity = s.Substring(start + 1, semicolon - start - 1);
        switch (entity)
        {
            case "#124": decoded = '|'; break;
            case "nbsp": decoded = ' '; break;
            case "lt": decoded = '<'; break;
            case "gt": decoded = '>'; break;
            case "amp": decoded = '&'; break;
            case "quot": decoded = '"'; break;
            default: return false;
        }

        next = semicolon + 1;
        return true;
    }
}

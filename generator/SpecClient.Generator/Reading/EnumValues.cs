using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Finds in a description's markdown the values it lists, its default and its range:
/// "Valid values: **A**, **B**, and **C**", "Valid values:" (or "取值：") then bullets <c>-   **zh**: Chinese</c>,
/// bullets <c>- **Enabled**: ...</c> with no lead-in, "Default value: X" ("默认值：X", "默认为X"),
/// "Valid values: 1 to 100" ("取值范围：1~100").
/// </summary>
/// <remarks>
/// Heuristic, so it leans to precision: a value is one token (no spaces, at most 64 characters), and a list
/// is dropped as a whole when one of its items is a sentence rather than a value ("If PeriodUnit is Month,
/// valid values are ..."). A value wrongly kept costs little (the enums are extensible); a sentence kept as
/// an enum member would be noise in every user's IntelliSense.
/// </remarks>
internal static class EnumValues
{
    internal static readonly string[] ListMarkers =
    {
        "valid values", "valid value", "possible values", "enumeration values", "value range", "取值范围", "取值", "可选值", "可能值", "枚举值", "范围",
    };

    internal static readonly string[] DefaultMarkers =
    {
        "default value:", "default value：", "default value is", "default:", "默认值：", "默认值:", "默认值为", "默认为", "默认是", "默认值是",
    };

    // The markers as sets searched in one pass each (MarkerSet): every English list marker contains "valu", every
    // English default marker "default".
    private static readonly MarkerSet ListMarkerSet = new("valu", ListMarkers);
    private static readonly MarkerSet DefaultMarkerSet = new("default", DefaultMarkers);

    // The first characters of the Chinese markers of both lists ('取', '可', '枚', '范', '默'): five, which the runtime
    // searches for at once, vectorized.
    private static readonly char[] ChineseStarts = ListMarkers.Concat(DefaultMarkers).Where(m => m[0] >= 0x80).Select(m => m[0]).Distinct().ToArray();

    private static readonly char[] PlainMarks = { '*', '`', '\\', '\u00a0' };

    // Character sets of the trims and splits below, made once: a `params char[]` argument is a new array on every
    // call (with a runtime field lookup to fill it, about 4 % of reading a page).
    private static readonly char[] BoldOrSpace = { '*', ' ', '\t' };
    private static readonly char[] ListSeparators = { ',', '|', '、', '，', '/' };
    private static readonly char[] Colons = { ':', '：' };
    private static readonly char[] DescriptionLead = { ':', '：', '-', ' ' };
    private static readonly char[] DefaultLead = { ' ', ':', '：' };
    private static readonly char[] Quotes = { '"', '\'', '“', '”', '‘', '’' };
    private static readonly char[] Ending = { '.', '。', ';', '；', ',', '，', ' ' };
    private static readonly char[] DotOrComma = { '.', ',' };
    private static readonly string[] Conjunctions = { " and ", " or ", " 和 ", " 或 " };
    private static readonly string[] RangeSeparators = { " to ", "~", "～", " - ", "-", "–", "到", "至" };

    // Plain's buffer, one per thread: descriptions are made plain line by line.
    [ThreadStatic]
    private static char[]? PlainText;

    // Where the lines of the description being read start, and those of its markdown with carriage returns (see Lines).
    [ThreadStatic]
    private static int[]? LineStarts;

    [ThreadStatic]
    private static int[]? DefaultLineStarts;

    /// <summary>The doc comment with the values, default and range that the description <paramref name="cell"/> states.</summary>
    public static DocComment Complete(DocComment doc, TableCell? cell) => Find(cell) is { } found ? With(doc, found) : doc;

    /// <summary>
    /// A row's doc comment: its description and example, with the values, default and range the description
    /// <paramref name="cell"/> states. <c>Complete(new DocComment(summary, example, null), cell)</c>, made as one object:
    /// not one to be copied when the description states something.
    /// </summary>
    public static DocComment Of(string summary, string? example, TableCell? cell) =>
        Find(cell) is { } found
            ? new DocComment(summary, example, found.Default, found.Values.Count == 0 ? default : FirstOfEach(found.Values), found.Range)
            : new DocComment(summary, example, null);

    /// <summary>The doc comment with the values, default and range that <paramref name="markdown"/> states.</summary>
    public static DocComment Complete(DocComment doc, string markdown) => Find(markdown) is { } found ? With(doc, found) : doc;

    private static DocComment With(DocComment doc, Findings found) => doc with
    {
        Values = found.Values.Count == 0 ? doc.Values : FirstOfEach(found.Values),
        DefaultValue = doc.DefaultValue ?? found.Default,
        Range = doc.Range ?? found.Range,
    };

    // What the description cell states; null when nothing.
    private static Findings? Find(TableCell? cell)
    {
        // Read in place first: most cells state nothing, and then the raw cell is never copied.
        if (cell is not { } value)
        {
            return null;
        }

        // One search for both line ends: most cells are one line, and then there is no '\r' and no lead-in line either.
        ReadOnlySpan<char> span = value.Span;
        int lineEnd = span.IndexOfAny('\r', '\n');
        if (lineEnd >= 0 && span.Slice(lineEnd).IndexOf('\r') >= 0)
        {
            return Find(value.Text);
        }

        (bool, bool, bool) marks = Marks(span, multiLine: lineEnd >= 0);
        if (marks == default)
        {
            return null;
        }

        // Nothing to remove: the lines are the markdown's, read in the cell in place.
        return Find(new Lines(value.Span, ref LineStarts), null, marks);
    }

    // What the markdown states; null when nothing.
    private static Findings? Find(string markdown)
    {
        if (markdown.Length == 0)
        {
            return null;
        }

        string text = markdown.Replace("\r", string.Empty);
        (bool, bool, bool) marks = Marks(text.AsSpan(), multiLine: true);
        // The default is read from the markdown's own lines, unless nothing was removed (Replace gives the same string back then).
        return marks == default ? null : Find(new Lines(text.AsSpan(), ref LineStarts), ReferenceEquals(text, markdown) ? null : markdown, marks);
    }

    // Find's work on a description that has a mark: the lines of its text without carriage returns, and the
    // markdown itself when that differs. The findings are the thread's (see Findings), read before the next description.
    private static Findings? Find(Lines lines, string? markdownWithReturns, (bool ListMarked, bool UnmarkedLeadIn, bool DefaultMarked) marks)
    {
        (bool listMarked, bool unmarkedLeadIn, bool defaultMarked) = marks;
        Findings found = Findings.ForThread();
        if (listMarked)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                FindList(lines, i, found);
            }
        }

        if (found.Values.Count == 0 && unmarkedLeadIn)
        {
            UnmarkedBullets(lines, found);
        }

        if (defaultMarked)
        {
            FindDefault(markdownWithReturns is null ? lines : new Lines(markdownWithReturns.AsSpan(), ref DefaultLineStarts), found);
        }

        return found.Values.Count == 0 && found.Default is null && found.Range is null ? null : found;
    }

    // The values in order, each value's first mention only (lists are short: compared one by one), built in place:
    // no list copied into the array.
    private static EquatableArray<DocValue> FirstOfEach(List<DocValue> values)
    {
        ImmutableArray<DocValue>.Builder kept = ImmutableArray.CreateBuilder<DocValue>(values.Count);
        foreach (DocValue value in values)
        {
            if (!Contains(kept, value.Value))
            {
                kept.Add(value);
            }
        }

        return new EquatableArray<DocValue>(kept.Count == kept.Capacity ? kept.MoveToImmutable() : kept.ToImmutable());
    }

    private static bool Contains(ImmutableArray<DocValue>.Builder values, string value)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i].Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Most descriptions state no values, default or range: these checks find that on the whole text at once
    // (every marker lies within one line), so such a cell costs no split and no per-line copies. The markers are
    // searched ignoring case in the text as it is (MarkerSet), not in a lower-cased copy of it.
    internal static (bool ListMarked, bool UnmarkedLeadIn, bool DefaultMarked) Marks(ReadOnlySpan<char> text, bool multiLine)
    {
        bool unmarkedLeadIn = multiLine && MayHaveLeadIn(text);

        // One search for the first characters of all Chinese markers, instead of one per marker list (and one more in the
        // plain text): most descriptions are English, and then only the English markers are looked for.
        bool chinese = text.IndexOfAny(ChineseStarts.AsSpan()) >= 0;
        bool listMarked = ListMarkerSet.IsIn(text, chinese);

        // The default's markers are looked for in the plain text. Without marks, escapes or non-breaking spaces Plain
        // changes nothing: the text already is it. Plain adds no character but spaces, so a text without the markers'
        // anchor letter and first characters needs no plain copy.
        bool defaultMarked = text.IndexOfAny(PlainMarks.AsSpan()) < 0 ? DefaultMarkerSet.IsIn(text, chinese)
            : DefaultMarkerSet.MayBeIn(text, chinese) && DefaultMarkerSet.IsIn(PlainSpan(text), chinese);
        return (listMarked, unmarkedLeadIn, defaultMarked);
    }

    /// <summary>
    /// Whether the text, lower-cased, contains the marker (lower case), found without lower-casing it: a Chinese
    /// marker as it is (lower-casing leaves Chinese text as it is and makes no Chinese character of any other), an
    /// English one by <see cref="LowerText.ContainsAscii"/>.
    /// </summary>
    internal static bool ContainsMarker(ReadOnlySpan<char> text, string marker) =>
        marker[0] >= 0x80 ? text.IndexOf(marker.AsSpan()) >= 0 : LowerText.ContainsAscii(text, marker);

    /// <summary>Whether the text, lower-cased, contains one of the list markers (<see cref="ListMarkers"/>).</summary>
    internal static bool HasListMarker(ReadOnlySpan<char> text) => ListMarkerSet.IsIn(text);

    /// <summary>Whether the text, lower-cased, contains one of the default markers (<see cref="DefaultMarkers"/>).</summary>
    internal static bool HasDefaultMarker(ReadOnlySpan<char> text) => DefaultMarkerSet.IsIn(text);

    /// <summary>One token a doc page can mean as a value: no spaces, not a sentence, not only punctuation.</summary>
    public static bool IsToken(string value) => IsToken(value, asciiOnly: true);

    /// <summary>
    /// <see cref="IsToken(string)"/>, optionally allowing any letters: prose values are ASCII codes (Chinese
    /// prose around them is description, "TCP/UDP协议" a sentence fragment), metadata <c>enum</c> items are data.
    /// </summary>
    public static bool IsToken(string value, bool asciiOnly) => IsToken(value.AsSpan(), asciiOnly);

    private static bool IsToken(ReadOnlySpan<char> value, bool asciiOnly)
    {
        if (value.Length == 0 || value.Length > 64)
        {
            return false;
        }

        bool letterOrDigit = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || c is ',' or ';' or '，' or '；' or '。' or '(' or ')' or '（' or '）' or '[' or ']' or '<' or '>' or '"' or '\'' or '`')
            {
                return false;
            }

            if (asciiOnly && c > 127)
            {
                return false;
            }

            letterOrDigit |= char.IsLetterOrDigit(c);
        }

        return letterOrDigit && value[value.Length - 1] is not (':' or '：');
    }

    private static void FindList(Lines lines, int index, Findings found)
    {
        ReadOnlySpan<char> line = lines[index];
        if (IsBulletStart(line.Trim()))
        {
            // "-   **Type**: the type of backend server. Valid values: ...": about a field of a JSON value, not this one.
            return;
        }

        // Searched in place, ignoring case (MarkerSet): most lines of a marked description have no marker.
        if (!ListMarkerSet.IsIn(line))
        {
            return;
        }

        for (int m = 0; m < ListMarkers.Length; m++)
        {
            int at = ListMarkerSet.IndexOf(line, m);
            if (at < 0)
            {
                continue;
            }

            string marker = ListMarkers[m];

            ReadOnlySpan<char> before = line.Slice(0, at).TrimEnd();
            if (before.EndsWith("N的".AsSpan()) || before.EndsWith("N 的".AsSpan()))
            {
                // "N的取值范围为1~20" is about the repeat index, not the value.
                return;
            }

            ReadOnlySpan<char> rest = line.Slice(at + marker.Length);
            ReadOnlySpan<char> restStart = rest.TrimStart();
            if (LowerText.StartsWith(restStart, "of ") || LowerText.StartsWith(restStart, "for "))
            {
                // "Valid values of N: 1 to 20" is about the repeat index, not the value.
                return;
            }

            if (!AfterColon(rest, out ReadOnlySpan<char> afterColon))
            {
                return;
            }

            string inline = PlainSpan(afterColon).Trim().ToString();
            if (inline.Length > 0)
            {
                if (Range(inline) is { } range)
                {
                    found.Range ??= range;
                }
                else if (found.Values.Count == 0)
                {
                    InlineList(inline, found);
                }
            }

            else if (found.Values.Count == 0)
            {
                TryBullets(lines, index + 1, found, requireBold: false);
            }

            return;
        }
    }

    // The text after the marker's colon ("Valid values: ...", "Valid values are ...", "取值：..."), or null when
    // the marker is part of a sentence ("valid values depend on ...").
    private static bool AfterColon(ReadOnlySpan<char> rest, out ReadOnlySpan<char> after)
    {
        ReadOnlySpan<char> trimmed = rest.TrimStart(BoldOrSpace.AsSpan());
        after = trimmed;
        if (trimmed.StartsWith("are ".AsSpan(), StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("is ".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            after = trimmed.Slice(trimmed.IndexOf(' ') + 1);
            return true;
        }

        if (trimmed.Length > 0 && trimmed[0] is '为' or '是')
        {
            after = trimmed.Slice(1);
            return true;
        }

        if (trimmed.Length > 0 && trimmed[0] is ':' or '：')
        {
            after = trimmed.Slice(1).TrimStart(BoldOrSpace.AsSpan());
            return true;
        }

        return false;
    }

    // "**A**, **B**, and **C**." / "MEMORY and PERSISTED" / "System | Custom": up to the end of the sentence.
    private static void InlineList(string inline, Findings found)
    {
        string sentence = SentenceOf(inline);
        var items = new List<DocValue>();
        foreach (string piece in sentence.Split(ListSeparators, StringSplitOptions.None))
        {
            foreach (string word in SplitConjunctions(piece))
            {
                // "SYSTEM (automatically triggered by the system)": the value, then what it means.
                string text = word.Trim();
                string? description = null;
                int open = text.IndexOf('(');
                if (open > 0 && text.EndsWith(")", StringComparison.Ordinal))
                {
                    description = text.Substring(open + 1, text.Length - open - 2).Trim();
                    text = text.Substring(0, open);
                }

                string value = Value(text);
                if (value.Length == 0)
                {
                    continue;
                }

                if (!IsToken(value))
                {
                    return;
                }

                items.Add(new DocValue(value, description is { Length: > 0 } ? description : null));
            }
        }

        if (items.Count >= 2)
        {
            found.Values.AddRange(items);
        }
    }

    private static IEnumerable<string> SplitConjunctions(string piece)
    {
        string text = " " + piece.Trim() + " ";
        foreach (string conjunction in Conjunctions)
        {
            text = text.Replace(conjunction, "\u0001");
        }

        return text.Split('\u0001');
    }

    private static string SentenceOf(string text)
    {
        int end = SentenceEnd(text.AsSpan());
        return end == text.Length ? text : text.Substring(0, end);
    }

    // Where the first sentence of the text ends: at '。', '；', ';' or a full stop before white space or the end.
    private static int SentenceEnd(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '。' or '；' or ';' || (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                return i;
            }
        }

        return text.Length;
    }

    // Bullets following the lead-in: "-   **zh**: Chinese", "- zh: Chinese", "- Active". Continuation
    // paragraphs and deeper bullets belong to the bullet above; a note or a shallower bullet ends the list.
    // Indents within one level differ by a space on real pages (" -   **zh**" then "-   **en**").
    private static void TryBullets(Lines lines, int start, Findings found, bool requireBold)
    {
        List<DocValue> values = found.Bullets;
        values.Clear();
        string? defaultValue = null;
        string? range = null;
        int level = -1;
        for (int i = start; i < lines.Length; i++)
        {
            ReadOnlySpan<char> line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!IsBulletStart(line))
            {
                if (values.Count == 0)
                {
                    return;
                }

                ReadOnlySpan<char> plain = PlainSpan(line).TrimStart();
                if (LowerText.StartsWith(plain, "note") || plain.StartsWith("注意".AsSpan()) || plain.StartsWith("说明".AsSpan())
                    || LowerText.StartsWith(plain, "valid value") || plain.StartsWith("取值".AsSpan()))
                {
                    break;
                }

                continue;
            }

            ReadOnlySpan<char> item = line.Slice(1).Trim();

            int indent = Indent(lines[i]);
            if (level < 0)
            {
                level = indent;
            }
            else if (indent > level + 1)
            {
                continue;
            }
            else if (indent < level - 1)
            {
                break;
            }

            if (!Bullet(item, requireBold, out DocValue? value, out bool isDefault, out string? itemRange))
            {
                return;
            }

            range ??= itemRange;
            if (value is not null)
            {
                values.Add(value);
                if (isDefault)
                {
                    defaultValue ??= value.Value;
                }
            }
        }

        if (values.Count >= (requireBold ? 2 : 1))
        {
            found.Values.AddRange(values);
            found.Default ??= defaultValue;
        }

        found.Range ??= range;
    }

    // "The status of the rule:" then bold bullets, with no "Valid values": only after a lead-in that ends with a
    // colon and does not introduce fields ("The following parameters are used to specify ...").
    private static void UnmarkedBullets(Lines lines, Findings found)
    {
        for (int i = 0; i + 1 < lines.Length && found.Values.Count == 0; i++)
        {
            if (!MayEndWithColon(lines[i], 0, lines[i].Length))
            {
                continue;
            }

            ReadOnlySpan<char> line = PlainSpan(lines[i]).Trim();
            if (line.Length > 0 && line[line.Length - 1] is ':' or '：'
                && !IsBulletStart(line)
                && !LowerText.ContainsAscii(line, "parameter") && !LowerText.ContainsAscii(line, "field")
                && line.IndexOf("参数".AsSpan()) < 0 && line.IndexOf("字段".AsSpan()) < 0)
            {
                TryBullets(lines, i + 1, found, requireBold: true);
            }
        }
    }

    // Whether some line but the last may end with a colon once plain (UnmarkedBullets' lead-in).
    private static bool MayHaveLeadIn(ReadOnlySpan<char> text)
    {
        int lineStart = 0;
        for (int end = text.IndexOf('\n'); end >= 0; end = IndexOf(text, '\n', lineStart))
        {
            if (MayEndWithColon(text, lineStart, end))
            {
                return true;
            }

            lineStart = end + 1;
        }

        return false;
    }

    // Where `value` first occurs in text[start..]; -1 when nowhere.
    private static int IndexOf(ReadOnlySpan<char> text, char value, int start)
    {
        int found = text.Slice(start).IndexOf(value);
        return found < 0 ? found : start + found;
    }

    // Whether Plain(line).Trim() may end with a colon, for the line text[start..end): the last character that is not white space or a mark
    // Plain drops ('*', '`', an escaping backslash) is one.
    private static bool MayEndWithColon(ReadOnlySpan<char> text, int start, int end)
    {
        int last = end - 1;
        while (last >= start && (char.IsWhiteSpace(text[last]) || text[last] is '*' or '`' or '\\'))
        {
            last--;
        }

        return last >= start && text[last] is ':' or '：';
    }

    private static int Indent(ReadOnlySpan<char> line)
    {
        int indent = 0;
        foreach (char c in line)
        {
            if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent += 4;
            }
            else
            {
                break;
            }
        }

        return indent;
    }

    // Whether the (trimmed) line starts a bullet: checked without copying the item.
    private static bool IsBulletStart(ReadOnlySpan<char> line) =>
        line.Length > 1 && (line[0] is '-' or '*' or '•') && (line[1] == ' ' || line[1] == '\t');


    // One bullet: a value, its description, whether it says it is the default; false for a sentence.
    private static bool Bullet(ReadOnlySpan<char> item, bool requireBold, out DocValue? value, out bool isDefault, out string? range)
    {
        value = null;
        isDefault = false;
        range = null;
        ReadOnlySpan<char> raw;
        ReadOnlySpan<char> rest;
        if (item.StartsWith("**".AsSpan()) && item.Slice(2).IndexOf("**".AsSpan()) is int close and > 0)
        {
            raw = item.Slice(2, close);
            rest = item.Slice(close + 4);
        }
        else if (item.Length > 0 && item[0] == '`' && item.Slice(1).IndexOf('`') is int tick and > 0)
        {
            raw = item.Slice(1, tick);
            rest = item.Slice(tick + 2);
        }
        else if (requireBold)
        {
            return false;
        }
        else
        {
            int colon = item.IndexOfAny(Colons.AsSpan());
            raw = colon < 0 ? item : item.Slice(0, colon);
            rest = colon < 0 ? ReadOnlySpan<char>.Empty : item.Slice(colon);
        }

        string text = Value(raw);
        if (requireBold && !(IsColon(rest.TrimStart(), 0) || IsColon(raw.TrimEnd(), raw.TrimEnd().Length - 1)))
        {
            return false;
        }

        if (Range(text) is { } itemRange)
        {
            range = itemRange;
            return true;
        }

        if (LowerText.StartsWith(text, "default") || text.StartsWith("默认", StringComparison.Ordinal))
        {
            // "-   Default value: PostPaid": a note in the list, not a value.
            return true;
        }

        if (!IsToken(text))
        {
            return false;
        }

        // Read in Plain's buffer: only the description as kept (its closing punctuation off) is copied.
        ReadOnlySpan<char> description = PlainSpan(rest).Trim().TrimStart(DescriptionLead.AsSpan()).Trim();
        isDefault = LowerText.ContainsAscii(description, "this is the default value") || LowerText.ContainsAscii(description, "(default)")
            || LowerText.StartsWith(description, "default") || description.IndexOf("默认值".AsSpan()) >= 0;
        value = new DocValue(text, description.Length == 0 ? null : SharedText.Of(description.TrimEnd(Ending.AsSpan())));
        return true;
    }

    // Whether text[at] is a colon (false outside the text).
    private static bool IsColon(ReadOnlySpan<char> text, int at) => at >= 0 && at < text.Length && text[at] is ':' or '：';

    private static void FindDefault(Lines markdownLines, Findings found)
    {
        if (found.Default is not null)
        {
            return;
        }

        for (int i = 0; i < markdownLines.Length; i++)
        {
            ReadOnlySpan<char> text = PlainSpan(markdownLines[i]).Trim();
            if (IsBulletStart(text))
            {
                // A bullet's default is that item's ("-   **Weight**: ... Default value: 100"), unless the bullet is only the default.
                ReadOnlySpan<char> item = text.Slice(1).Trim();
                if (!item.StartsWith("default".AsSpan(), StringComparison.OrdinalIgnoreCase) && !item.StartsWith("默认".AsSpan()))
                {
                    continue;
                }

                text = item;
            }

            if (DefaultIn(text) is { } value)
            {
                found.Default = value;
                return;
            }
        }
    }

    // The default the (plain) text states.
    private static string? DefaultIn(ReadOnlySpan<char> text)
    {
        if (!DefaultMarkerSet.IsIn(text))
        {
            return null;
        }

        for (int m = 0; m < DefaultMarkers.Length; m++)
        {
            int at = DefaultMarkerSet.IndexOf(text, m);
            if (at < 0)
            {
                continue;
            }

            string marker = DefaultMarkers[m];

            ReadOnlySpan<char> rest = text.Slice(at + marker.Length).TrimStart(DefaultLead.AsSpan());
            int end = 0;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]) && rest[end] is not (',' or '，' or '。' or '；' or ';' or '）' or ')' or '|'))
            {
                end++;
            }

            ReadOnlySpan<char> value = rest.Slice(0, end).TrimEnd('.');
            if (IsToken(value, asciiOnly: true))
            {
                return value.ToString();
            }
        }

        return null;
    }

    /// <summary>"1 to 100", "**1** to **10**", "1~10", "0-100" as <c>1–100</c>; null when the text is no range.</summary>
    private static string? Range(string text)
    {
        // Read in Plain's buffer: only a range's two ends are copied.
        ReadOnlySpan<char> plain = PlainSpan(text.AsSpan()).Trim();
        plain = plain.Slice(0, SentenceEnd(plain));
        if (plain.Length < 3)
        {
            return null;
        }

        foreach (string separator in RangeSeparators)
        {
            int at = plain.Slice(1).IndexOf(separator.AsSpan());
            if (at < 0)
            {
                continue;
            }

            at++;
            string low = plain.Slice(0, at).Trim().ToString();
            if (!IsNumber(low))
            {
                continue;
            }

            string high = Unit(plain.Slice(at + separator.Length).Trim().ToString());
            if (IsNumber(high))
            {
                return low + "–" + high;
            }
        }

        return null;
    }

    // "10年", "300 seconds": the number before a unit word.
    private static string Unit(string text)
    {
        int end = 0;
        while (end < text.Length && (char.IsDigit(text[end]) || text[end] is '.' or ',' || (end == 0 && text[end] == '-')))
        {
            end++;
        }

        string rest = text.Substring(end).Trim();
        return rest.Length == 0 || !rest.Any(char.IsDigit) ? text.Substring(0, end).TrimEnd(DotOrComma) : text;
    }

    private static bool IsNumber(string text) =>
        text.Length > 0 && double.TryParse(text.Replace(",", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    // A value as written: emphasis, code marks, escapes, quotes and closing punctuation removed.
    private static string Value(string markdown) => Value(markdown.AsSpan());

    private static string Value(ReadOnlySpan<char> markdown)
    {
        ReadOnlySpan<char> text = PlainSpan(markdown).Trim().Trim(Quotes.AsSpan()).Trim();
        text = text.TrimEnd(Ending.AsSpan());
        if (text.EndsWith("(default)".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            text = text.Slice(0, text.Length - "(default)".Length).Trim();
        }

        return SharedText.Of(text.Trim().TrimEnd(Colons.AsSpan()).Trim());
    }

    // Markdown marks off, escapes resolved: "**http\_2xx**" → "http_2xx". The text is in a per-thread buffer, valid
    // until the next call: callers search and trim it, and copy only what they keep.
    internal static ReadOnlySpan<char> PlainSpan(ReadOnlySpan<char> markdown)
    {
        char[] text = PlainText is { } existing && existing.Length >= markdown.Length ? existing : PlainText = new char[Math.Max(markdown.Length, 256)];
        int length = 0;
        int i = 0;
        while (i < markdown.Length)
        {
            // The text up to the next mark is copied as it is, in one piece.
            int run = markdown.Slice(i).IndexOfAny(PlainMarks.AsSpan());
            int end = run < 0 ? markdown.Length : i + run;
            markdown.Slice(i, end - i).CopyTo(text.AsSpan(length));
            length += end - i;
            i = end;
            if (i == markdown.Length)
            {
                break;
            }

            char c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && markdown[i + 1] < 128 && !char.IsLetterOrDigit(markdown[i + 1]))
            {
                text[length++] = markdown[++i];
            }
            else if (c == '\u00a0')
            {
                text[length++] = ' ';
            }
            else if (c == '\\')
            {
                text[length++] = c;
            }

            // '*' and '`' are dropped.
            i++;
        }

        return text.AsSpan(0, length);
    }

    // The lines of a description, as string.Split('\n') gives them, read in place: most lines are only searched.
    // Their starts go into a per-thread array (a description's lines, and its default's when they differ).
    private readonly ref struct Lines
    {
        private readonly ReadOnlySpan<char> _text;

        // Where each line starts, then one past the text's end (where a line after the last would start).
        private readonly int[] _starts;

        public Lines(ReadOnlySpan<char> text, ref int[]? buffer)
        {
            int count = 1;
            for (int at = text.IndexOf('\n'); at >= 0; at = IndexOf(text, '\n', at + 1))
            {
                count++;
            }

            _text = text;
            _starts = buffer is { } existing && existing.Length > count ? existing : buffer = new int[Math.Max(count + 1, 64)];
            _starts[0] = 0;
            int line = 1;
            for (int at = text.IndexOf('\n'); at >= 0; at = IndexOf(text, '\n', at + 1))
            {
                _starts[line++] = at + 1;
            }

            _starts[count] = text.Length + 1;
            Length = count;
        }

        public int Length { get; }

        public ReadOnlySpan<char> this[int index] => _text.Slice(_starts[index], _starts[index + 1] - _starts[index] - 1);
    }

    // What one description states. One per thread, cleared for each description: most marked descriptions state
    // nothing after all, and what they do state is copied out (the values into the doc comment's array).
    private sealed class Findings
    {
        [ThreadStatic]
        private static Findings? PerThread;

        public List<DocValue> Values { get; } = new();

        // The values of the bullets being read (TryBullets), before they are known to be a list.
        public List<DocValue> Bullets { get; } = new();

        public string? Default { get; set; }

        public string? Range { get; set; }

        public static Findings ForThread()
        {
            Findings found = PerThread ??= new Findings();
            found.Values.Clear();
            found.Default = null;
            found.Range = null;
            return found;
        }
    }
}

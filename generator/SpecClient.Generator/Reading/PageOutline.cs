using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The structure of a markdown page as Markdig sees it: headings and fenced code blocks, with their lines. A line
/// becomes a string only when asked for (<see cref="Line"/>): table rows, most of a page, are read in place.
/// Markdig's paragraph, heading and fenced code parsers are replaced by ones that keep no lines and report what the
/// outline needs as blocks close (<see cref="OutlineContext"/>); the block tree they build is the same. Markdig's block
/// parser runs without its inline pass, on a document reused page after page (<see cref="OutlineBlockParser"/>).
/// Tables are not taken from Markdig: it ends a pipe table at a blank line, and real doc pages have blank
/// lines inside multi-line cells (see <see cref="TableScanner"/>).
/// </summary>
internal sealed class PageOutline : CellSource, IDisposable
{
    private readonly bool[] _inCode;
    private readonly int[] _starts;
    private string?[]? _lines;
    private TableStore? _tables;

    private PageOutline(string text, int[] starts, List<Heading> headings, List<CodeSample> codeBlocks)
        : base(text)
    {
        _starts = starts;
        Headings = headings;
        CodeBlocks = codeBlocks;
        _inCode = new bool[starts.Length];
    }

    /// <summary>The number of lines: one more than the page has line feeds.</summary>
    public int LineCount => _starts.Length;

    public List<Heading> Headings { get; }

    public List<CodeSample> CodeBlocks { get; }

    public static PageOutline Parse(string text, LineIndex lines)
    {
        int[] starts = lines.Starts;
        OutlineContext context = OutlineContext.ForPage();
        OutlineBlockParser.Parse(text, starts, context);
        var headings = new List<Heading>(context.Headings.Count);
        var codeBlocks = new List<CodeSample>(context.CodeBlocks.Count);
        var page = new PageOutline(text, starts, headings, codeBlocks);
        page.Collect(context);
        headings.Sort((a, b) => a.Line.CompareTo(b.Line));
        codeBlocks.Sort((a, b) => a.StartLine.CompareTo(b.StartLine));
        page.MarkCode();
        return page;
    }

    /// <summary>Line <paramref name="line"/> (0-based) without its line break.</summary>
    public string Line(int line) => (_lines ??= new string?[_starts.Length])[line] ??= LineSpan(line).ToString();

    /// <summary>Line <paramref name="line"/> (0-based) without its line break, read in place.</summary>
    public ReadOnlySpan<char> LineSpan(int line)
    {
        int start = _starts[line];
        int end = line + 1 < _starts.Length ? _starts[line + 1] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        return Text.AsSpan(start, end - start);
    }

    /// <summary>Where line <paramref name="line"/> starts in <see cref="Text"/>.</summary>
    public int LineStart(int line) => _starts[line];

    /// <summary>The line holding the character at <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        int found = Array.BinarySearch(_starts, offset);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>Where the character at <paramref name="offset"/> is: the place of a cell read in place (<see cref="TableCell"/>).</summary>
    public override (int Line, int Column) Position(int offset)
    {
        int line = LineAt(offset);
        return (line, offset - _starts[line]);
    }

    /// <summary>The cells and rows of the tables scanned on this page (<see cref="TableScanner"/>), rented on first use.</summary>
    public TableStore Tables => _tables ??= TableStore.Rent();

    /// <summary>Hands the page's table store back to the thread for its next page: the page's tables are not readable after.</summary>
    public void Dispose()
    {
        _tables?.Return();
        _tables = null;
    }

    public bool IsInCodeBlock(int line) => line >= 0 && line < _inCode.Length && _inCode[line];

    /// <summary>The line after which the section under <paramref name="heading"/> ends (exclusive).</summary>
    public int SectionEnd(Heading heading)
    {
        foreach (Heading next in Headings)
        {
            if (next.Line > heading.Line && next.Level <= heading.Level)
            {
                return next.Line;
            }
        }

        return LineCount;
    }

    // Headings and fenced code blocks at any depth, as they closed (their order is sorted out after).
    private void Collect(OutlineContext context)
    {
        foreach ((int level, int line) in context.Headings)
        {
            if (line < _starts.Length)
            {
                Headings.Add(new Heading(level, HeadingText(LineSpan(line)), line));
            }
        }

        foreach ((int line, int lineCount, string info, ReadOnlyMemory<char> content) in context.CodeBlocks)
        {
            CodeBlocks.Add(new CodeSample(line, Math.Min(line + lineCount + 1, _starts.Length - 1), info, content));
        }
    }

    private void MarkCode()
    {
        foreach (CodeSample block in CodeBlocks)
        {
            for (int line = block.StartLine; line <= block.EndLine && line < _inCode.Length; line++)
            {
                _inCode[line] = true;
            }
        }
    }

    // "## Request parameters {#section_x .section}" -> "Request parameters"; non-breaking spaces become spaces.
    // Trimmed in place, one copy at the end (a non-breaking space is white space to Trim either way).
    private static string HeadingText(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> text = line.Trim().TrimStart('#');
        int attributes = text.IndexOf("{#".AsSpan());
        if (attributes >= 0)
        {
            text = text.Slice(0, attributes);
        }

        return text.Trim().TrimEnd('#').Trim().ToString().Replace('\u00a0', ' ');
    }
}

/// <summary>A heading: level, text without markup or attributes, 0-based line.</summary>
internal sealed record Heading(int Level, string Text, int Line);

/// <summary>
/// A fenced code block: first and last line (the fences), info string and content. The content is a slice of the page's
/// text where its lines are the page's own, one after the other (most blocks); a string of its own only where Markdig
/// changed them (a list item's indent taken off, a tab across a tab stop turned into spaces). Readers look at it in place:
/// only the sample they keep is read further, from the slice.
/// </summary>
internal sealed record CodeSample(int StartLine, int EndLine, string Info, ReadOnlyMemory<char> Content);

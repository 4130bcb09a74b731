using System;
using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpecClient.Generator.Reading;

/// <summary>
/// What <see cref="PageOutline"/> takes from one Markdig parse, collected while blocks close: headings and fenced code
/// blocks, with the code's text taken as its lines go by (as a slice of the page, most often). So no block keeps its lines
/// (<see cref="LinelessParagraphParser"/>, <see cref="LinelessHeadingParser"/>, <see cref="FencedCodeTextParser"/>) and the
/// outline never walks the block tree.
/// </summary>
/// <remarks>
/// One per thread, reused page after page (Markdig's context allocates a dictionary of its own), lists included: the
/// outline copies what it keeps. Only one fenced code block is open at a time: Markdig keeps at most one leaf
/// block open, and closes the previous one before it adds the next.
/// </remarks>
internal sealed class OutlineContext : MarkdownParserContext
{
    [System.ThreadStatic]
    private static OutlineContext? PerThread;

    // The open block's text: while its lines follow one another in the page whole (most blocks), only where it starts and
    // ends in the page; from the first line that does not (a list item's indent taken off, a tab turned into spaces),
    // copied into _code, and the lines after it appended there.
    private readonly StringBuilder _code = new();
    private string _codeSource = string.Empty;
    private int _codeStart;
    private int _codeEnd;
    private bool _codeCopied;
    private int _codeLines;
    private NewLine _codeNewLine;

    private OutlineContext()
    {
    }

    /// <summary>Every heading closed so far: level and 0-based line, in the order they closed.</summary>
    public List<(int Level, int Line)> Headings { get; } = new();

    /// <summary>
    /// Every fenced code block closed so far: its first line (the fence), line count, info string and text, a slice of the
    /// page where the text is the page's own characters (<see cref="CodeSample.Content"/>).
    /// </summary>
    public List<(int Line, int LineCount, string Info, ReadOnlyMemory<char> Content)> CodeBlocks { get; } = new();

    public static OutlineContext ForPage()
    {
        OutlineContext context = PerThread ??= new OutlineContext();
        context.Headings.Clear();
        context.CodeBlocks.Clear();
        context.ResetCode();
        return context;
    }

    public void AddHeading(HeadingBlock heading) => Headings.Add((heading.Level, heading.Line));

    /// <summary>
    /// One line of the open fenced code block, as Markdig would have appended it to the block's lines
    /// (<c>LeafBlock.AppendLine</c>: a tab across a tab stop becomes spaces) and joined them (<c>StringLineGroup.ToSlice</c>:
    /// each line break as it was in the source).
    /// </summary>
    public void AddCodeLine(StringSlice line, int column)
    {
        bool tabAcross = line.CurrentChar == '\t' && CharHelper.IsAcrossTab(column);
        int length = line.IsEmpty ? 0 : line.Length;
        if (!_codeCopied && !tabAcross && (_codeLines == 0 || FollowsInPlace(line)))
        {
            if (_codeLines == 0)
            {
                _codeSource = line.Text;
                _codeStart = line.Start;
            }

            _codeEnd = line.Start + length;
        }
        else
        {
            if (!_codeCopied)
            {
                _code.Append(_codeSource, _codeStart, _codeEnd - _codeStart);
                _codeCopied = true;
            }

            if (_codeLines > 0)
            {
                _code.Append(_codeNewLine.AsString());
            }

            if (tabAcross)
            {
                _code.Append(' ', CharHelper.AddTab(column) - column);
                if (line.End > line.Start)
                {
                    _code.Append(line.Text, line.Start + 1, line.End - line.Start);
                }
            }
            else if (length > 0)
            {
                _code.Append(line.Text, line.Start, length);
            }
        }

        _codeNewLine = line.NewLine;
        _codeLines++;
    }

    public void CloseCode(FencedCodeBlock block)
    {
        ReadOnlyMemory<char> content = _codeCopied ? _code.ToString().AsMemory()
            : _codeEnd > _codeStart ? _codeSource.AsMemory(_codeStart, _codeEnd - _codeStart)
            : string.Empty.AsMemory();
        CodeBlocks.Add((block.Line, _codeLines, block.Info ?? string.Empty, content));
        ResetCode();
    }

    // True when the line starts right after the text so far and the line break Markdig joins them with, both as they are
    // in the page: nothing was taken off the line's start, and the block's text so far runs on into it.
    private bool FollowsInPlace(StringSlice line)
    {
        string newLine = _codeNewLine.AsString();
        return ReferenceEquals(line.Text, _codeSource)
            && line.Start == _codeEnd + newLine.Length
            && string.CompareOrdinal(_codeSource, _codeEnd, newLine, 0, newLine.Length) == 0;
    }

    private void ResetCode()
    {
        _code.Clear();
        _codeSource = string.Empty;
        _codeStart = _codeEnd = 0;
        _codeCopied = false;
        _codeLines = 0;
        _codeNewLine = NewLine.None;
    }
}

using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpecClient.Generator.Reading;

/// <summary>
/// What <see cref="PageOutline"/> takes from one Markdig parse, collected while blocks close: headings and fenced code
/// blocks, with the code's text built as its lines go by. So no block keeps its lines (<see cref="LinelessParagraphParser"/>,
/// <see cref="LinelessHeadingParser"/>, <see cref="FencedCodeTextParser"/>) and the outline never walks the block tree.
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

    private readonly StringBuilder _code = new();
    private int _codeLines;
    private NewLine _codeNewLine;

    private OutlineContext()
    {
    }

    /// <summary>Every heading closed so far: level and 0-based line, in the order they closed.</summary>
    public List<(int Level, int Line)> Headings { get; } = new();

    /// <summary>Every fenced code block closed so far: its first line (the fence), line count, info string and text.</summary>
    public List<(int Line, int LineCount, string Info, string Content)> CodeBlocks { get; } = new();

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
        if (_codeLines > 0)
        {
            _code.Append(_codeNewLine.AsString());
        }

        if (line.CurrentChar == '\t' && CharHelper.IsAcrossTab(column))
        {
            _code.Append(' ', CharHelper.AddTab(column) - column);
            if (line.End > line.Start)
            {
                _code.Append(line.Text, line.Start + 1, line.End - line.Start);
            }
        }
        else if (!line.IsEmpty)
        {
            _code.Append(line.Text, line.Start, line.Length);
        }

        _codeNewLine = line.NewLine;
        _codeLines++;
    }

    public void CloseCode(FencedCodeBlock block)
    {
        CodeBlocks.Add((block.Line, _codeLines, block.Info ?? string.Empty, _codeLines == 0 ? string.Empty : _code.ToString()));
        ResetCode();
    }

    private void ResetCode()
    {
        _code.Clear();
        _codeLines = 0;
        _codeNewLine = NewLine.None;
    }
}

using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Markdig's paragraph parser, with paragraphs that keep none of their lines: the outline never reads them, and their
/// line arrays (and the inlines of one-line paragraphs) were most of what Markdig allocated for a page.
/// </summary>
/// <remarks>
/// The block tree stays the same: a paragraph's lines matter to Markdig only where it checks them for link reference
/// definitions (a paragraph of nothing else is removed, and is no setext heading). Those need "[label]:" at the start
/// of the paragraph, so a paragraph that may start so keeps its lines as before. For the others, a setext underline gets a
/// stand-in line to turn into the heading's text, which the outline reads from the page anyway. Setext headings close
/// through this parser too, so it reports them to the <see cref="OutlineContext"/>.
/// </remarks>
internal sealed class LinelessParagraphParser : ParagraphBlockParser
{
    private const string StandIn = "-";

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor is OutlineBlockProcessor outline && !processor.IsBlankLine && !MayStartLinkDefinition(processor.Line))
        {
            // What Markdig's TryOpen does (no trivia tracked), with a paragraph of the previous page filled again.
            processor.NewBlocks.Push(outline.Paragraph(this));
            return BlockState.ContinueDiscard;
        }

        BlockState state = base.TryOpen(processor);
        if (state == BlockState.Continue && !MayStartLinkDefinition(processor.Line) && processor.NewBlocks.Count > 0 && processor.NewBlocks.Peek() is ParagraphBlock paragraph)
        {
            paragraph.ProcessInlines = false;
            return BlockState.ContinueDiscard;
        }

        return state;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock { Lines.Lines: null } paragraph)
        {
            return base.TryContinue(processor, block);
        }

        if (!processor.IsCodeIndent && ParseSetextHeadings && IsSetextUnderline(processor.Line))
        {
            paragraph.Lines = new StringLineGroup(StandIn);
        }

        BlockState state = base.TryContinue(processor, block);
        return state == BlockState.Continue ? BlockState.ContinueDiscard : state;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            (processor.Context as OutlineContext)?.AddHeading(heading);
        }

        // A paragraph without lines had no link reference definition: Markdig's Close would only trim its lines.
        return block is ParagraphBlock { Lines.Lines: null } || base.Close(processor, block);
    }

    // Whether Markdig's link reference definition check could accept a paragraph starting with this line: only if it
    // starts with '[' and the label's first ']' is followed by ':'. A '[' inside the label fails the check, and so does
    // ']' followed by anything else (the line break included); "[Title](url)", the usual case, is no definition. A
    // backslash, or a line with no ']', leaves it open (a label may run over lines): those paragraphs keep their lines.
    private static bool MayStartLinkDefinition(StringSlice line)
    {
        if (line.CurrentChar != '[')
        {
            return false;
        }

        for (int i = line.Start + 1; i <= line.End; i++)
        {
            switch (line.Text[i])
            {
                case '\\':
                    return true;
                case '[':
                    return false;
                case ']':
                    return i < line.End && line.Text[i + 1] == ':';
            }
        }

        return true;
    }

    // "===" or "---" (any count), then only spaces or tabs: what Markdig's setext check accepts.
    private static bool IsSetextUnderline(StringSlice line)
    {
        char underline = line.CurrentChar;
        if (underline != '=' && underline != '-')
        {
            return false;
        }

        int i = line.Start;
        while (i <= line.End && line.Text[i] == underline)
        {
            i++;
        }

        while (i <= line.End && (line.Text[i] == ' ' || line.Text[i] == '\t'))
        {
            i++;
        }

        return i > line.End;
    }
}

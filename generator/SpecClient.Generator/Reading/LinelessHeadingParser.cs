using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Markdig's ATX heading parser ("## Title"), with headings that keep no line and get no inline processing: the outline
/// reads a heading's text from the page's own line. Each heading is reported to the <see cref="OutlineContext"/> as it closes.
/// </summary>
internal sealed class LinelessHeadingParser : HeadingBlockParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor is OutlineBlockProcessor outline)
        {
            // Markdig's test (no attribute parser, no trivia): at most three columns of indent, one to six '#', then a
            // space, a tab or the line's end. With the line discarded (BreakDiscard), nothing reads where Markdig's own
            // TryOpen leaves the line's position (after the '#'s, closing '#'s cut off), so it is not moved; the
            // heading is one of the previous page's, filled again (OutlineBlockProcessor).
            int level = AtxLevel(processor);
            if (level == 0)
            {
                return BlockState.None;
            }

            processor.NewBlocks.Push(outline.Heading(this, level));
            return BlockState.BreakDiscard;
        }

        BlockState state = base.TryOpen(processor);
        if (state == BlockState.Break && processor.NewBlocks.Count > 0 && processor.NewBlocks.Peek() is HeadingBlock heading)
        {
            // Break and BreakDiscard differ only in whether the line is appended to the new block.
            heading.ProcessInlines = false;
            return BlockState.BreakDiscard;
        }

        return state;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            (processor.Context as OutlineContext)?.AddHeading(heading);
        }

        return base.Close(processor, block);
    }

    // The heading level of an ATX heading opening at the processor's position, or 0 for none.
    private int AtxLevel(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return 0;
        }

        StringSlice line = processor.Line;
        int level = 0;
        while (level <= MaxLeadingCount && line.PeekChar(level) == '#')
        {
            level++;
        }

        char next = line.PeekChar(level);
        return level >= 1 && level <= MaxLeadingCount && (next == ' ' || next == '\t' || next == '\0') ? level : 0;
    }
}

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
}

using Markdig.Parsers;
using Markdig.Syntax;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Markdig's fenced code parser, with the code's text taken as its lines go by (<see cref="OutlineContext.AddCodeLine"/>)
/// instead of kept in the block's line array, which grew by doubling and was the largest array Markdig made per page
/// (sample requests and responses run to dozens of lines). The block is reported when it closes.
/// </summary>
internal sealed class FencedCodeTextParser : FencedCodeBlockParser
{
    // A block of the previous page, filled again (OutlineBlockProcessor): one was made per sample, 0.5 MB a corpus run.
    protected override FencedCodeBlock CreateFencedBlock(BlockProcessor processor) =>
        processor is OutlineBlockProcessor outline ? outline.FencedCode(this) : base.CreateFencedBlock(processor);

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        BlockState state = base.TryContinue(processor, block);
        if (state == BlockState.Continue && processor.Context is OutlineContext context)
        {
            // Continue and ContinueDiscard differ only in whether Markdig appends the line to the block.
            context.AddCodeLine(processor.Line, processor.Column);
            return BlockState.ContinueDiscard;
        }

        return state;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is FencedCodeBlock code && processor.Context is OutlineContext context)
        {
            context.CloseCode(code);
        }

        return base.Close(processor, block);
    }
}

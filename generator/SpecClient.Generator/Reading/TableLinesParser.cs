using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Takes a run of pipe-table lines at the top level of a page as one block whose lines Markdig does not keep.
/// Without it each table is a paragraph: Markdig stores every line, copies the whole table into one string and
/// runs the inline processor over it, most of its work on these pages, for text the outline never reads
/// (<see cref="TableScanner"/> reads tables from the source lines).
/// </summary>
/// <remarks>
/// Only where the block tree stays the same for what the outline reads (headings and fenced code): at the top
/// level, not interrupting a paragraph, when the run of '|' lines ends at a blank line or the end of the page.
/// Elsewhere (inside list items and quotes, or a run a setext underline or lazy text could join) the lines stay
/// a paragraph as before.
/// </remarks>
internal sealed class TableLinesParser : BlockParser
{
    public TableLinesParser()
    {
        OpeningCharacters = new[] { '|' };
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.CurrentContainer is not MarkdownDocument || !RunEndsAtBlankLine(processor.Line.Text, processor.Line.Start))
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(processor is OutlineBlockProcessor outline ? outline.TableLines(this) : new TableLinesBlock(this) { Column = processor.Column });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        StringSlice line = processor.Line;
        int i = line.Start;
        while (i <= line.End && char.IsWhiteSpace(line.Text[i]))
        {
            i++;
        }

        // The run ends at a blank line (TryOpen saw to that): BreakDiscard rather than Break, which would append that
        // blank line to the block (a line array per table); either way nothing else reads the line.
        return i <= line.End && line.Text[i] == '|' ? BlockState.ContinueDiscard : BlockState.BreakDiscard;
    }

    // Whether the lines from the one holding `position` on all start with '|' (after white space) up to a blank line
    // or the end of the text.
    private static bool RunEndsAtBlankLine(string text, int position)
    {
        int start = text.LastIndexOf('\n', position == 0 ? 0 : position - 1) + 1;
        if (position == 0)
        {
            start = 0;
        }

        while (start < text.Length)
        {
            int first = start;
            while (first < text.Length && text[first] != '\n' && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            if (first == text.Length || text[first] == '\n')
            {
                return true;
            }

            if (text[first] != '|')
            {
                return false;
            }

            int end = text.IndexOf('\n', first);
            if (end < 0)
            {
                return true;
            }

            start = end + 1;
        }

        return true;
    }
}

/// <summary>The lines of a pipe table, not kept (<see cref="TableLinesParser"/>).</summary>
internal sealed class TableLinesBlock : LeafBlock
{
    public TableLinesBlock(BlockParser parser)
        : base(parser)
    {
        ProcessInlines = false;
    }
}

using System.Collections.Generic;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Markdig's block processor, one per thread (<see cref="OutlineBlockParser"/>), that also hands our own parsers the
/// paragraph, heading, table-lines, fenced code, list, list item and blank line blocks of the previous page to fill again
/// instead of new ones.
/// </summary>
/// <remarks>
/// A page's block tree is read once, as blocks close (<see cref="OutlineContext"/>), and dropped at the page's end:
/// nothing keeps a block past its page. These kinds were nearly all the blocks Markdig made per page (about 6 MB of a
/// corpus run): a paragraph per prose line or two, a heading per section, a block per table, one per code sample, lists
/// with an item per entry (and their children arrays, kept with the containers). Each is handed out at most
/// once per page, so the tree of a page is made of distinct blocks as before, with the same parsers, levels, lines and
/// columns; a reused block is reset to what a new one holds (<see cref="Reset(LeafBlock)"/>). Markdig adds a block to
/// its container only when it has no parent, so the previous page's tree is taken apart first (<see cref="StartPage"/>),
/// and a block that still has a parent is never handed out (a new one is made instead). PageOutlineTests read pages
/// twice and in two orders on one thread and compare with Markdig's own parse.
/// </remarks>
internal sealed class OutlineBlockProcessor : BlockProcessor
{
    private readonly List<ParagraphBlock> _paragraphs = new();
    private readonly List<HeadingBlock> _headings = new();
    private readonly List<TableLinesBlock> _tableLines = new();
    private readonly List<FencedCodeBlock> _fencedCode = new();
    private readonly List<ReusedListBlock> _lists = new();
    private readonly List<ListItemBlock> _listItems = new();
    private readonly List<BlankLineBlock> _blankLines = new();
    private int _paragraphsUsed;
    private int _headingsUsed;
    private int _tableLinesUsed;
    private int _fencedCodeUsed;
    private int _listsUsed;
    private int _listItemsUsed;
    private int _blankLinesUsed;

    public OutlineBlockProcessor(MarkdownDocument document, BlockParserList parsers, OutlineContext context)
        : base(document, parsers, context)
    {
    }

    /// <summary>
    /// Empties every container of the previous page's tree (the document's children included), so that each of its
    /// blocks is without a parent again, and makes every kept block free for the new page.
    /// </summary>
    public void StartPage()
    {
        TakeApart(Document);
        _paragraphsUsed = 0;
        _headingsUsed = 0;
        _tableLinesUsed = 0;
        _fencedCodeUsed = 0;
        _listsUsed = 0;
        _listItemsUsed = 0;
        _blankLinesUsed = 0;
    }

    /// <summary>A paragraph as <c>new ParagraphBlock(parser)</c> makes it, without inline processing.</summary>
    public ParagraphBlock Paragraph(ParagraphBlockParser parser)
    {
        ParagraphBlock paragraph = Take(_paragraphs, ref _paragraphsUsed) ?? Keep(_paragraphs, ref _paragraphsUsed, new ParagraphBlock(parser));
        Reset(paragraph);
        return paragraph;
    }

    /// <summary>An ATX heading as <c>new HeadingBlock(parser)</c> makes it, without inline processing.</summary>
    public HeadingBlock Heading(HeadingBlockParser parser, int level)
    {
        HeadingBlock heading = Take(_headings, ref _headingsUsed) ?? Keep(_headings, ref _headingsUsed, new HeadingBlock(parser));
        Reset(heading);
        heading.HeaderChar = '#';
        heading.Level = level;
        heading.IsSetext = false;
        heading.HeaderCharCount = 0;
        return heading;
    }

    public TableLinesBlock TableLines(TableLinesParser parser)
    {
        TableLinesBlock block = Take(_tableLines, ref _tableLinesUsed) ?? Keep(_tableLines, ref _tableLinesUsed, new TableLinesBlock(parser));
        Reset(block);
        return block;
    }

    /// <summary>
    /// A fenced code block as <c>FencedCodeBlockParser.CreateFencedBlock</c> makes it (no trivia); the parser's TryOpen sets
    /// its column, fence, span, info and arguments, and the close its closing fence count.
    /// </summary>
    public FencedCodeBlock FencedCode(FencedCodeBlockParser parser)
    {
        FencedCodeBlock code = Take(_fencedCode, ref _fencedCodeUsed) ?? Keep(_fencedCode, ref _fencedCodeUsed, new FencedCodeBlock(parser));
        Reset(code);
        code.IsBreakable = false;
        code.IndentCount = Indent;
        code.ClosingFencedCharCount = 0;
        code.Info = null;
        code.Arguments = null;

        // TryOpen adds the info string as a class to the block's HTML attributes (made on first use): emptied, so the
        // same attributes take the next one instead of a new list each time.
        code.TryGetAttributes()?.Classes?.Clear();
        return code;
    }

    /// <summary>A list as <c>ListBlockParser</c> makes it (no trivia); the parser sets its kind of bullet.</summary>
    public ReusedListBlock List(ReusedListParser parser, int column, SourceSpan span)
    {
        ReusedListBlock list = Take(_lists, ref _listsUsed) ?? Keep(_lists, ref _listsUsed, new ReusedListBlock(parser));
        Reset(list, column, span);
        list.IsLoose = false;
        list.CountAllBlankLines = 0;
        list.CountBlankLinesReset = 0;
        return list;
    }

    /// <summary>A list item as <c>ListBlockParser</c> makes it (no trivia).</summary>
    public ListItemBlock ListItem(ReusedListParser parser, int column, int columnWidth, int order, SourceSpan span)
    {
        ListItemBlock item = Take(_listItems, ref _listItemsUsed) ?? Keep(_listItems, ref _listItemsUsed, new ListItemBlock(parser));
        Reset(item, column, span);
        item.ColumnWidth = columnWidth;
        item.Order = order;
        return item;
    }

    /// <summary>
    /// A blank line inside a list item, as <c>new BlankLineBlock()</c> makes it: closed, at line and column 0. The list
    /// parser takes most of them out of their items again as the list closes, so a kept one may be without a parent
    /// before the page ends; it is handed out once per page all the same.
    /// </summary>
    public BlankLineBlock BlankLine()
    {
        BlankLineBlock blank = Take(_blankLines, ref _blankLinesUsed) ?? Keep(_blankLines, ref _blankLinesUsed, new BlankLineBlock());
        blank.IsOpen = false;
        blank.IsBreakable = true;
        blank.NewLine = NewLine.None;
        blank.Line = 0;
        blank.Column = 0;
        blank.Span = SourceSpan.Empty;
        return blank;
    }

    private static void TakeApart(ContainerBlock container)
    {
        for (int i = 0; i < container.Count; i++)
        {
            if (container[i] is ContainerBlock child)
            {
                TakeApart(child);
            }
        }

        container.Clear();
    }

    // The next kept block not yet handed out on this page, or null when there is none (or it has a parent, which a
    // block taken apart with its page never has: a new one is safer than Markdig's "already attached" exception).
    private static T? Take<T>(List<T> kept, ref int used)
        where T : Block
    {
        if (used < kept.Count && kept[used].Parent is null)
        {
            return kept[used++];
        }

        return null;
    }

    private static T Keep<T>(List<T> kept, ref int used, T block)
        where T : Block
    {
        if (used < kept.Count)
        {
            kept[used] = block;
        }
        else
        {
            kept.Add(block);
        }

        used++;
        return block;
    }

    // What a new list or list item holds (the processor sets the line as it adds the block): no children (a kept container
    // is emptied with its page, and here again in case it left the tree before), open, breakable.
    private static void Reset(ContainerBlock block, int column, SourceSpan span)
    {
        block.Clear();
        block.IsOpen = true;
        block.IsBreakable = true;
        block.NewLine = NewLine.None;
        block.Line = 0;
        block.Column = column;
        block.Span = span;
    }

    // What the block processor and the parsers read or set of a leaf block, as a new one has it; the line is set by the
    // processor as it adds the block. Nothing else is ever set on these blocks (no trivia, no inlines, no attached data).
    private void Reset(LeafBlock block)
    {
        block.Lines = default;
        block.ProcessInlines = false;
        block.IsOpen = true;
        block.IsBreakable = true;
        block.NewLine = NewLine.None;
        block.Column = Column;
        block.Span = new SourceSpan(Line.Start, Line.End);
    }
}

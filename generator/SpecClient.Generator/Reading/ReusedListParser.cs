using System;
using System.Collections.Generic;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Markdig's list parser (<see cref="ListBlockParser"/>, Markdig 1.6.0, no trivia), with its list, list item and blank line
/// blocks taken from the previous page (<see cref="OutlineBlockProcessor"/>) instead of new ones: made by the thousand per
/// corpus run, with their children arrays, they were most of what Markdig still allocated (about 2 MB).
/// </summary>
/// <remarks>
/// Markdig makes these blocks inside private methods, so the methods are Markdig's own, step for step, with three changes:
/// the blocks come from the processor; the blank line counts Markdig keeps in internal properties of the list are kept in
/// <see cref="ReusedListBlock"/>; and Markdig's internal <c>HasUnmatchedBlocks</c> is worked out from the open blocks
/// (<see cref="HasUnmatchedBlocks"/>). PageOutlineTests compare every corpus page, and copies of them damaged with lists,
/// with Markdig's own parse. Derived from Markdig (Copyright (c) Alexandre Mutel, BSD 2-Clause License): see
/// THIRD-PARTY-NOTICES.md at the repository's root, which the package also carries.
/// </remarks>
internal sealed class ReusedListParser : ListBlockParser
{
    private CharacterMap<ListItemParser>? _itemParsers;

    public override void Initialize()
    {
        base.Initialize();
        var parsers = new Dictionary<char, ListItemParser>();
        foreach (ListItemParser parser in ItemParsers)
        {
            foreach (char opening in parser.OpeningCharacters!)
            {
                parsers.Add(opening, parser);
            }
        }

        _itemParsers = new CharacterMap<ListItemParser>(parsers);
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor is not OutlineBlockProcessor outline)
        {
            return base.TryOpen(processor);
        }

        ThematicBreakParser thematicBreak = ThematicBreakParser.Default;
        if (thematicBreak.HasOpeningCharacter(processor.CurrentChar))
        {
            BlockState state = thematicBreak.TryOpen(processor);
            if (state.IsBreak())
            {
                return state;
            }
        }

        return TryParseListItem(outline, null);
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor is not OutlineBlockProcessor outline)
        {
            return base.TryContinue(processor, block);
        }

        if (block is ListBlock && processor.NextContinue is ListItemBlock)
        {
            return BlockState.Skip;
        }

        ThematicBreakParser thematicBreak = ThematicBreakParser.Default;
        BlockState state;
        if (processor.LastBlock is not FencedCodeBlock && thematicBreak.HasOpeningCharacter(processor.CurrentChar)
            && (block is not ListItemBlock item || processor.Indent < Math.Abs(item.ColumnWidth)))
        {
            state = thematicBreak.TryOpen(processor);
            if (state.IsBreak())
            {
                processor.NewBlocks.Pop();
                return BlockState.None;
            }
        }

        state = BlockState.None;
        if (block is ListItemBlock listItem)
        {
            state = TryContinueListItem(outline, listItem);
        }

        if (state == BlockState.None)
        {
            state = TryParseListItem(outline, block);
        }

        return state;
    }

    public override bool Close(BlockProcessor processor, Block blockToClose)
    {
        if (blockToClose is not ReusedListBlock { CountAllBlankLines: > 0 } list || processor is not OutlineBlockProcessor outline)
        {
            // An item, or one of our lists without blank lines in its items: Markdig's Close would do nothing either. A list
            // Markdig made (under another processor) is Markdig's to close.
            return blockToClose is ReusedListBlock || base.Close(processor, blockToClose);
        }

        if (list.Parent is ListItemBlock parentItem && list.LastChild is ListItemBlock lastItem && lastItem.LastChild is BlankLineBlock)
        {
            ((ReusedListBlock)parentItem.Parent!).CountAllBlankLines++;
            parentItem.Add(outline.BlankLine());
        }

        for (int i = list.Count - 1; i >= 0; i--)
        {
            var item = (ListItemBlock)list[i];
            for (int j = item.Count - 1; j >= 0; j--)
            {
                if (item[j] is BlankLineBlock)
                {
                    if (j == item.Count - 1 ? i < list.Count - 1 : j > 0)
                    {
                        list.IsLoose = true;
                    }

                    item.RemoveAt(j);
                    list.CountAllBlankLines--;
                    if (list.CountAllBlankLines == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return true;
    }

    // Markdig's internal BlockProcessor.HasUnmatchedBlocks, read only under an open paragraph: whether an open container
    // did not go on on this line. The open blocks are the paragraph's ancestors; TryContinueBlocks marks each closed, then
    // open again as it goes on, and stops at the paragraph or at the first that does not go on. So one that did not go on
    // is a closed ancestor, but for a list that skipped its turn for its open item (TryContinue above), which stays closed.
    private static bool HasUnmatchedBlocks(Block paragraph)
    {
        Block child = paragraph;
        for (ContainerBlock? container = paragraph.Parent; container is { Parent: not null }; child = container, container = container.Parent)
        {
            if (!container.IsOpen && !(container is ListBlock && child is ListItemBlock))
            {
                return true;
            }
        }

        return false;
    }

    private static BlockState TryContinueListItem(OutlineBlockProcessor state, ListItemBlock listItem)
    {
        var list = (ReusedListBlock)listItem.Parent!;
        if (state.IsBlankLine)
        {
            if (state.CurrentBlock is { IsBreakable: true })
            {
                if (state.NextContinue is not ListBlock)
                {
                    list.CountAllBlankLines++;
                    listItem.Add(state.BlankLine());
                }

                list.CountBlankLinesReset++;
            }

            if (list.CountBlankLinesReset == 1 && listItem.ColumnWidth < 0)
            {
                state.Close(listItem);
                list.CountBlankLinesReset = 0;
                list.IsOpen = true;
                return BlockState.Continue;
            }

            listItem.UpdateSpanEnd(state.Line.End);
            return BlockState.Continue;
        }

        list.CountBlankLinesReset = 0;
        int columnWidth = Math.Abs(listItem.ColumnWidth);
        if (state.Indent >= columnWidth)
        {
            if (state.Indent > columnWidth && state.IsCodeIndent)
            {
                state.GoToColumn(state.ColumnBeforeIndent + columnWidth);
            }

            listItem.UpdateSpanEnd(state.Line.End);
            listItem.NewLine = state.Line.NewLine;
            return BlockState.Continue;
        }

        return BlockState.None;
    }

    private BlockState TryParseListItem(OutlineBlockProcessor state, Block? block)
    {
        var listItem = block as ListItemBlock;
        ListBlock? list = block as ListBlock ?? (ListBlock?)listItem?.Parent;
        if (state.IsCodeIndent && (listItem is null || listItem.LastChild is BlankLineBlock || !list!.IsOrdered))
        {
            return BlockState.None;
        }

        int columnBeforeIndent = state.ColumnBeforeIndent;
        int column = state.Column;
        int start = state.Start;
        int end = state.Line.End;
        ListItemParser? itemParser = _itemParsers![state.CurrentChar];
        if (itemParser is null)
        {
            return BlockState.None;
        }

        if (!itemParser.TryParse(state, list?.BulletType ?? '\0', out ListInfo info))
        {
            state.GoToColumn(column);
            return BlockState.None;
        }

        int triviaStart = state.TriviaStart;
        state.TriviaStart = state.Start;
        bool ordered = itemParser is OrderedListItemParser;
        char current = state.CurrentChar;
        int columnWidth;
        if (current == '\0')
        {
            columnWidth = -(state.Column - columnBeforeIndent + 1);
        }
        else
        {
            if (!current.IsSpaceOrTab())
            {
                state.GoToColumn(column);
                state.TriviaStart = triviaStart;
                return BlockState.None;
            }

            state.RestartIndent();
            int afterBullet = state.Column;
            state.ParseIndent();
            if (state.IsBlankLine)
            {
                columnWidth = -(afterBullet - columnBeforeIndent + 1);
            }
            else
            {
                if (state.Indent > 4)
                {
                    state.GoToColumn(afterBullet + 1);
                }

                columnWidth = state.Column - columnBeforeIndent;
            }
        }

        block ??= state.LastBlock;
        if (block is ParagraphBlock && state.IsOpen(block) && !HasUnmatchedBlocks(block)
            && (state.IsBlankLine || (info.BulletType == '1' && info.OrderedStart != "1")))
        {
            state.GoToColumn(column);
            state.TriviaStart = triviaStart;
            return BlockState.None;
        }

        int.TryParse(info.OrderedStart, out int order);
        state.NewBlocks.Push(state.ListItem(this, column, columnWidth, order, new SourceSpan(start, end)));
        if (list is not null)
        {
            if (listItem is not null)
            {
                state.Close(listItem);
            }

            if (list.IsOrdered != ordered || list.OrderedDelimiter != info.OrderedDelimiter || list.BulletType != info.BulletType)
            {
                state.Close(list);
                list = null;
            }
        }

        if (list is null)
        {
            ReusedListBlock newList = state.List(this, column, new SourceSpan(start, end));
            newList.IsOrdered = ordered;
            newList.BulletType = info.BulletType;
            newList.OrderedDelimiter = info.OrderedDelimiter;
            newList.DefaultOrderedStart = info.DefaultOrderedStart;
            newList.OrderedStart = info.OrderedStart;
            state.NewBlocks.Push(newList);
        }

        return BlockState.Continue;
    }
}

/// <summary>A list, with the blank line counts Markdig keeps in internal properties (<see cref="ReusedListParser"/>).</summary>
internal sealed class ReusedListBlock : ListBlock
{
    public ReusedListBlock(BlockParser parser)
        : base(parser)
    {
    }

    public int CountAllBlankLines { get; set; }

    public int CountBlankLinesReset { get; set; }
}

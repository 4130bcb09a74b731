using System;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Runs Markdig's block parser over a page line by line, as <c>Markdown.Parse</c> does, with one document and one block
/// processor per thread, reused page after page, and no inline pass. What the outline needs is reported to the
/// <see cref="OutlineContext"/> as blocks close.
/// </summary>
/// <remarks>
/// <c>Markdown.Parse</c> makes a document per page whose children array grows by doubling (most of the 1.3 MB of
/// <c>BlockWrapper[]</c> a corpus run allocated), and runs an inline pass over every leaf block: with no inline parser that
/// pass only turns leaf lines into literal text, and never changes the block tree. The processor keeps nothing from one
/// page to the next that a fresh one would not have: every line resets what it reads of the line, and at a page's end
/// every block is closed, the document emptied and reopened (PageOutlineTests reads the corpus in two orders). The blocks our
/// own parsers make are reused page after page too (<see cref="OutlineBlockProcessor"/>).
/// </remarks>
internal sealed class OutlineBlockParser
{
    // Block structure only: no extensions (the pipe-table one would read tables wrongly). Markdig's paragraph, heading and
    // fenced code parsers are replaced by ones that keep no lines and report to the OutlineContext as blocks close, and its
    // list parser by one that reuses its blocks (ReusedListParser).
    private static readonly BlockParserList Parsers = CreateParsers();

    // A page with either is read by Markdig's own LineReader (a lone '\r' breaks a line; '\0' is replaced first).
    private static readonly char[] CarriageReturnOrNul = { '\r', '\0' };

    [ThreadStatic]
    private static OutlineBlockParser? PerThread;

    private readonly MarkdownDocument _document;
    private readonly OutlineBlockProcessor _processor;

    private OutlineBlockParser(OutlineContext context)
    {
        _document = new MarkdownDocument();

        // The constructor opens the document, as Run does for every page after the first.
        _processor = new OutlineBlockProcessor(_document, Parsers, context);
    }

    /// <summary>
    /// Reports the page's headings and fenced code blocks to <paramref name="context"/>, the thread's own;
    /// <paramref name="starts"/> is where each of the page's lines starts (<see cref="LineIndex.Starts"/>).
    /// </summary>
    public static void Parse(string text, int[] starts, OutlineContext context)
    {
        OutlineBlockParser parser = PerThread is { } reused && reused._processor.Context == context ? reused : new OutlineBlockParser(context);

        // Taken for the page: a page that throws leaves its blocks open, and the next page gets a new parser.
        PerThread = null;
        parser.Run(text, starts);
        PerThread = parser;
    }

    private void Run(string text, int[] starts)
    {
        if (!_document.IsOpen)
        {
            // The previous page's tree taken apart, its paragraphs, headings and table blocks free to fill again.
            _processor.StartPage();
            _document.RemoveData(typeof(LinkReferenceDefinitionGroup));
            _document.IsOpen = true;
            _processor.Open(_document);
            _processor.LineIndex = 0;
        }

        if (text.IndexOfAny(CarriageReturnOrNul) < 0)
        {
            // Most pages: the lines Markdig's LineReader would read, cut where the page's line index already found the
            // line feeds (its own search for them, line by line, was a tenth of the outline's time).
            ProcessLines(text, starts);
        }
        else
        {
            // As Markdown.Parse does (CommonMark 2.3: '\0' read as U+FFFD), and a lone '\r' ends a line too.
            var reader = new LineReader(text.Replace('\0', '\ufffd'));
            for (StringSlice line = reader.ReadLine(); line.Text is not null; line = reader.ReadLine())
            {
                _processor.ProcessLine(line);
            }
        }

        // What the end of Markdown.Parse's block pass does (CloseAll(force: true)): every open block closed, innermost
        // first, then the document (which has no parser to tell).
        _processor.Close(_document);
        _document.IsOpen = false;
    }

    // What LineReader.ReadLine returns for a text without '\r' or '\0': each line without its '\n', which it records as the
    // line's break, the last line (with no break) only when it is not empty; for "" no line at all.
    private void ProcessLines(string text, int[] starts)
    {
        int last = starts.Length - 1;
        for (int i = 0; i < last; i++)
        {
            _processor.ProcessLine(new StringSlice(text, starts[i], starts[i + 1] - 2, NewLine.LineFeed));
        }

        if (starts[last] < text.Length)
        {
            _processor.ProcessLine(new StringSlice(text, starts[last], text.Length - 1, NewLine.None));
        }
    }

    private static BlockParserList CreateParsers()
    {
        OrderedList<BlockParser> parsers = new MarkdownPipelineBuilder().BlockParsers;
        parsers.Replace<HeadingBlockParser>(new LinelessHeadingParser());
        parsers.Replace<FencedCodeBlockParser>(new FencedCodeTextParser());
        parsers.Replace<ParagraphBlockParser>(new LinelessParagraphParser());
        parsers.Replace<ListBlockParser>(new ReusedListParser());
        parsers.InsertBefore<LinelessParagraphParser>(new TableLinesParser());
        return new BlockParserList(parsers);
    }
}

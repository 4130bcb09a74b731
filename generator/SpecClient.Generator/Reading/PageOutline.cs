using System;
using System.Collections.Generic;
using Markdig;
using Markdig.Syntax;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The structure of a markdown page as Markdig sees it: headings and fenced code blocks, with their lines.
/// Tables are not taken from Markdig: it ends a pipe table at a blank line, and real doc pages have blank
/// lines inside multi-line cells (see <see cref="TableScanner"/>).
/// </summary>
internal sealed class PageOutline
{
    // Block structure only: no extensions (the pipe-table one would read tables wrongly) and no inline parsers,
    // since heading text comes from the source line. Inline parsing is most of Markdig's time on these pages.
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    private readonly bool[] _inCode;

    private PageOutline(string[] lines, List<Heading> headings, List<CodeSample> codeBlocks)
    {
        Lines = lines;
        Headings = headings;
        CodeBlocks = codeBlocks;
        _inCode = new bool[lines.Length];
        foreach (CodeSample block in codeBlocks)
        {
            for (int line = block.StartLine; line <= block.EndLine && line < lines.Length; line++)
            {
                _inCode[line] = true;
            }
        }
    }

    public string[] Lines { get; }

    public List<Heading> Headings { get; }

    public List<CodeSample> CodeBlocks { get; }

    public static PageOutline Parse(string text)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].EndsWith("\r", StringComparison.Ordinal))
            {
                lines[i] = lines[i].Substring(0, lines[i].Length - 1);
            }
        }

        MarkdownDocument document = Markdown.Parse(text, Pipeline);
        var headings = new List<Heading>();
        var codeBlocks = new List<CodeSample>();
        foreach (Block block in document.Descendants<Block>())
        {
            if (block is HeadingBlock heading && heading.Line < lines.Length)
            {
                headings.Add(new Heading(heading.Level, HeadingText(lines[heading.Line]), heading.Line));
            }
            else if (block is FencedCodeBlock code)
            {
                int endLine = code.Line + code.Lines.Count + 1;
                codeBlocks.Add(new CodeSample(code.Line, Math.Min(endLine, lines.Length - 1), code.Info ?? string.Empty, code.Lines.ToString()));
            }
        }

        headings.Sort((a, b) => a.Line.CompareTo(b.Line));
        codeBlocks.Sort((a, b) => a.StartLine.CompareTo(b.StartLine));
        return new PageOutline(lines, headings, codeBlocks);
    }

    public bool IsInCodeBlock(int line) => line >= 0 && line < _inCode.Length && _inCode[line];

    /// <summary>The line after which the section under <paramref name="heading"/> ends (exclusive).</summary>
    public int SectionEnd(Heading heading)
    {
        foreach (Heading next in Headings)
        {
            if (next.Line > heading.Line && next.Level <= heading.Level)
            {
                return next.Line;
            }
        }

        return Lines.Length;
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    // "## Request parameters {#section_x .section}" -> "Request parameters"; non-breaking spaces become spaces.
    private static string HeadingText(string line)
    {
        string text = line.Trim().TrimStart('#').Replace('\u00a0', ' ');
        int attributes = text.IndexOf("{#", StringComparison.Ordinal);
        if (attributes >= 0)
        {
            text = text.Substring(0, attributes);
        }

        return text.Trim().TrimEnd('#').Trim();
    }
}

/// <summary>A heading: level, text without markup or attributes, 0-based line.</summary>
internal sealed record Heading(int Level, string Text, int Line);

/// <summary>A fenced code block: first and last line (the fences), info string and content.</summary>
internal sealed record CodeSample(int StartLine, int EndLine, string Info, string Content);

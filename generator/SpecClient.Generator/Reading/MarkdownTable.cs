using System;

namespace SpecClient.Generator.Reading;

/// <summary>A table as found in the page's source lines: a header row (if any) and data rows, read while the page is (<see cref="TableStore"/>).</summary>
internal sealed class MarkdownTable
{
    private ColumnMap? _columns;

    public MarkdownTable(TableRow? header, PageSlice<TableRow> rows, int firstLine)
    {
        Header = header;
        Rows = rows;
        FirstLine = firstLine;
    }

    public TableRow? Header { get; }

    public PageSlice<TableRow> Rows { get; }

    public int FirstLine { get; }

    /// <summary>The header's column layout, read once (the table is asked whether it is recognized, then read).</summary>
    public ColumnMap Columns => _columns ??= ColumnMap.FromHeader(Header);
}

/// <summary>One cell: its raw markdown text and where it starts (0-based line and column).</summary>
/// <remarks>
/// The text stays in place in the page (or in a multi-line row's joined copy) until <see cref="Text"/> asks for it:
/// most cells are read once, trimmed (<see cref="DocText.OneLine(TableCell)"/>), or only checked, and a copy of
/// each raw cell was the largest single share of what reading a page allocated. A struct, in its row's array: a
/// page has thousands of cells. Its place is worked out from its source when asked (<see cref="CellSource"/>).
/// <see cref="Text"/> copies on every call, so a reader asks for it once.
/// </remarks>
internal readonly struct TableCell
{
    private readonly CellSource _source;
    private readonly int _start;
    private readonly int _length;

    public TableCell(CellSource source, int start, int length)
    {
        _source = source;
        _start = start;
        _length = length;
    }

    /// <summary>A cell that is <paramref name="source"/>[start..start+length), its first character at line and column.</summary>
    public TableCell(string source, int start, int length, int line, int column)
        : this(new RowCopy(source, new[] { (start, line, column) }), start, length)
    {
    }

    public TableCell(string text, int line, int column)
        : this(text, 0, text.Length, line, column)
    {
    }

    /// <summary>The raw markdown text.</summary>
    public string Text => _start == 0 && _length == _source.Text.Length ? _source.Text : _source.Text.Substring(_start, _length);

    /// <summary>The raw markdown text, read in place.</summary>
    public ReadOnlySpan<char> Span => _source.Text.AsSpan(_start, _length);

    public int Line => _source.Position(_start).Line;

    public int Column => _source.Position(_start).Column;

    /// <summary><see cref="Text"/>[start..start+length) without copying the cell first.</summary>
    public string Substring(int start, int length) => _source.Text.Substring(_start + start, length);
}

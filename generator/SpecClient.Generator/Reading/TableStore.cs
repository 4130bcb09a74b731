using System;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The cells and rows of every table scanned on one page (<see cref="TableScanner"/>): rows are ranges of its cells and
/// tables ranges of its rows. Kept for the next page on the thread once the page is disposed (<see cref="PageOutline.Dispose"/>).
/// </summary>
/// <remarks>
/// A table's rows and cells are read while its page is (<see cref="RowReader"/> copies the text it keeps), and a cell
/// array and a row object per row and a row list per table were about 4 MB of a corpus run. A page rents a store when
/// its first table is scanned and hands it back when it is disposed; the arrays grow as pages need, so after a few pages
/// a thread allocates nothing for rows and cells. A page that is never disposed (tests, benchmarks) keeps its store.
/// Handing a store back empties it and moves it on a generation (<see cref="PageBuffer{T}"/>): a row or table of a page
/// already disposed throws when read instead of reading the next page's cells.
/// </remarks>
internal sealed class TableStore
{
    [ThreadStatic]
    private static TableStore? Free;

    private TableStore()
    {
    }

    public PageBuffer<TableCell> Cells { get; } = new(256);

    public PageBuffer<TableRow> Rows { get; } = new(64);

    /// <summary>The thread's free store, or a new one.</summary>
    public static TableStore Rent()
    {
        TableStore store = Free ?? new TableStore();
        Free = null;
        return store;
    }

    /// <summary>Empties the store and keeps it for the thread's next page: nothing read from it before is readable after.</summary>
    public void Return()
    {
        Cells.Clear();
        Rows.Clear();
        Free = this;
    }

    /// <summary>A row of the cells added since <paramref name="firstCell"/>, added to the rows.</summary>
    public TableRow AddRow(int firstCell, int line, int column)
    {
        var row = new TableRow(Cells.Slice(firstCell, Cells.Count - firstCell), line, column);
        Rows.Add(row);
        return row;
    }
}

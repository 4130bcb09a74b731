namespace SpecClient.Generator.Reading;

/// <summary>
/// The text table cells are slices of, and where in the page a place in it is: the page itself (<see cref="PageOutline"/>),
/// or a row's lines joined into a copy (<see cref="RowCopy"/>). A cell keeps only its source and its slice (a
/// <see cref="TableCell"/> is 16 bytes, not 24 with its line and column): a page has thousands of cells, and only a row's
/// name cell is ever asked where it is.
/// </summary>
internal abstract class CellSource
{
    protected CellSource(string text)
    {
        Text = text;
    }

    public string Text { get; }

    /// <summary>The 0-based line and column in the page of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public abstract (int Line, int Column) Position(int offset);
}

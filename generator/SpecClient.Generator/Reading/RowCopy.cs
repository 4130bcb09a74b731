namespace SpecClient.Generator.Reading;

/// <summary>
/// A table row's lines joined into a text of their own (<see cref="JoinedRow"/>), with where each line's piece came from:
/// a place in the copy is in the page where its piece's origin is, that far on.
/// </summary>
internal sealed class RowCopy : CellSource
{
    private readonly (int Offset, int Line, int Column)[] _origins;

    /// <param name="text">The joined text.</param>
    /// <param name="origins">Where each piece starts in the text, and its line and column in the page, in text order.</param>
    public RowCopy(string text, (int Offset, int Line, int Column)[] origins)
        : base(text)
    {
        _origins = origins;
    }

    public override (int Line, int Column) Position(int offset)
    {
        var origin = _origins[0];
        foreach (var candidate in _origins)
        {
            if (candidate.Offset > offset)
            {
                break;
            }

            origin = candidate;
        }

        return (origin.Line, origin.Column + (offset - origin.Offset));
    }
}

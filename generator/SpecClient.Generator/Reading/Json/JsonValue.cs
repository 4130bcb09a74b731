namespace SpecClient.Generator.Reading.Json;

/// <summary>
/// A JSON value with the place it starts in the text (0-based line and column, as Roslyn's LinePosition,
/// and the character offset), so that readers can point diagnostics at the exact spot in a spec file.
/// </summary>
/// <remarks>
/// A small DOM of our own because the generator targets netstandard2.0, which has no System.Text.Json, and
/// shipping STJ inside an analyzer risks assembly-loading conflicts (PITFALLS 7). Read-only after parsing.
/// </remarks>
internal abstract class JsonValue
{
    protected JsonValue(int offset, int line, int column)
    {
        Offset = offset;
        Line = line;
        Column = column;
    }

    public abstract JsonKind Kind { get; }

    /// <summary>The character offset of the value's first character.</summary>
    public int Offset { get; }

    /// <summary>The 0-based line of the value's first character.</summary>
    public int Line { get; }

    /// <summary>The 0-based column (in UTF-16 characters) of the value's first character.</summary>
    public int Column { get; }

    /// <summary>The text of a string value; null for any other kind.</summary>
    public virtual string? AsString => null;
}

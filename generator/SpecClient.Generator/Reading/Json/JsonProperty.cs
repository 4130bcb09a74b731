namespace SpecClient.Generator.Reading.Json;

/// <summary>
/// One name/value pair of an object. The position is the name's: a diagnostic about a field points at its key.
/// </summary>
internal sealed class JsonProperty
{
    // The name's place in the source; its JsonString is made only when a diagnostic asks for it (NameValue), not
    // for each of the hundreds of thousands of properties of a metadata file.
    private readonly int _nameLength;
    private readonly int _offset;
    private readonly int _line;
    private readonly int _column;

    public JsonProperty(JsonString name, JsonValue value)
        : this(name.Value, name.TextLength, name.Offset, name.Line, name.Column, value)
    {
    }

    /// <param name="textLength">The name's length in the source, quotes included.</param>
    public JsonProperty(string name, int textLength, int offset, int line, int column, JsonValue value)
    {
        Name = name;
        _nameLength = textLength;
        _offset = offset;
        _line = line;
        _column = column;
        Value = value;
    }

    public string Name { get; }

    /// <summary>The name as a string value, with its place and length in the source.</summary>
    public JsonString NameValue => new(Name, _nameLength, _offset, _line, _column);

    public JsonValue Value { get; }

    public override string ToString() => Name + ": " + Value;
}

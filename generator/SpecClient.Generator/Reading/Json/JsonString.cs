namespace SpecClient.Generator.Reading.Json;

/// <summary>A string, unescaped. <see cref="TextLength"/> is its length in the source, quotes included.</summary>
internal sealed class JsonString : JsonValue
{
    public JsonString(string value, int textLength, int offset, int line, int column)
        : base(offset, line, column)
    {
        Value = value;
        TextLength = textLength;
    }

    public override JsonKind Kind => JsonKind.String;

    public string Value { get; }

    public int TextLength { get; }

    public override string? AsString => Value;

    public override string ToString() => Value;
}

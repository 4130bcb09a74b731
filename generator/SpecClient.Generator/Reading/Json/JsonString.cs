namespace SpecClient.Generator.Reading.Json;

/// <summary>A string, unescaped. <see cref="TextLength"/> is its length in the source, quotes included.</summary>
/// <remarks>
/// A parsed string keeps its place in the source and makes its text on first use: most of an api-docs.json's
/// strings (titles, extra info, other languages' docs) are never read.
/// </remarks>
internal sealed class JsonString : JsonValue
{
    private readonly string? _source;
    private readonly int _start;
    private readonly int _length;
    private readonly bool _escaped;
    private string? _value;

    public JsonString(string value, int textLength, int offset, int line, int column)
        : base(offset, line, column)
    {
        _value = value;
        TextLength = textLength;
    }

    /// <summary>A string the parser checked, whose content (quotes excluded) is <paramref name="source"/>[start..start+length).</summary>
    internal JsonString(string source, int start, int length, bool escaped, int textLength, int offset, int line, int column)
        : base(offset, line, column)
    {
        _source = source;
        _start = start;
        _length = length;
        _escaped = escaped;
        TextLength = textLength;
    }

    public override JsonKind Kind => JsonKind.String;

    public string Value => _value ??= JsonParser.Text(_source!, _start, _length, _escaped, ShortStrings.ForThread());

    public int TextLength { get; }

    public override string? AsString => Value;

    public override string ToString() => Value;
}

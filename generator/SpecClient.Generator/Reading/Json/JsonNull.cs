namespace SpecClient.Generator.Reading.Json;

/// <summary><c>null</c>.</summary>
internal sealed class JsonNull : JsonValue
{
    public JsonNull(int offset, int line, int column)
        : base(offset, line, column)
    {
    }

    public override JsonKind Kind => JsonKind.Null;

    public override string ToString() => "null";
}

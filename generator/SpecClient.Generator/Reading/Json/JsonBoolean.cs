namespace SpecClient.Generator.Reading.Json;

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed class JsonBoolean : JsonValue
{
    public JsonBoolean(bool value, int offset, int line, int column)
        : base(offset, line, column)
    {
        Value = value;
    }

    public override JsonKind Kind => JsonKind.Boolean;

    public bool Value { get; }

    public override string ToString() => Value ? "true" : "false";
}

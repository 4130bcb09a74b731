namespace SpecClient.Generator.Reading.Json;

/// <summary>
/// One name/value pair of an object. The position is the name's: a diagnostic about a field points at its key.
/// </summary>
internal sealed class JsonProperty
{
    public JsonProperty(JsonString name, JsonValue value)
    {
        NameValue = name;
        Value = value;
    }

    public string Name => NameValue.Value;

    /// <summary>The name as a string value, with its place and length in the source.</summary>
    public JsonString NameValue { get; }

    public JsonValue Value { get; }

    public override string ToString() => Name + ": " + Value;
}

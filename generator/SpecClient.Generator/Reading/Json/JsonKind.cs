namespace SpecClient.Generator.Reading.Json;

/// <summary>The six kinds of JSON values.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

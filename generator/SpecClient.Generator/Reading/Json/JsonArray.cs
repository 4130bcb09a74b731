using System.Collections.Generic;

namespace SpecClient.Generator.Reading.Json;

/// <summary>An array: its items in order.</summary>
internal sealed class JsonArray : JsonValue
{
    public JsonArray(IReadOnlyList<JsonValue> items, int offset, int line, int column)
        : base(offset, line, column)
    {
        Items = items;
    }

    public override JsonKind Kind => JsonKind.Array;

    public IReadOnlyList<JsonValue> Items { get; }

    public int Count => Items.Count;

    public JsonValue this[int index] => Items[index];
}

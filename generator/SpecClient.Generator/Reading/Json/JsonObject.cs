using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading.Json;

/// <summary>
/// An object: its properties in the order written (the order becomes the order of generated members).
/// Lookup is by exact name; when a name is written twice the first one is found, the rest stay in
/// <see cref="Properties"/> for a reader that wants to report them.
/// </summary>
internal sealed class JsonObject : JsonValue
{
    // Small objects are searched in order; a big one (api-docs.json's "apis" has hundreds) gets an index.
    private const int IndexThreshold = 8;

    private Dictionary<string, JsonValue>? _index;

    public JsonObject(IReadOnlyList<JsonProperty> properties, int offset, int line, int column)
        : base(offset, line, column)
    {
        Properties = properties;
    }

    public override JsonKind Kind => JsonKind.Object;

    public IReadOnlyList<JsonProperty> Properties { get; }

    public int Count => Properties.Count;

    public JsonValue? this[string name] => Get(name);

    public JsonValue? Get(string name)
    {
        if (Properties.Count <= IndexThreshold)
        {
            // By index: a foreach over the IReadOnlyList boxes an enumerator on every lookup (a tenth of what reading
            // api-docs.json allocated).
            for (int i = 0; i < Properties.Count; i++)
            {
                JsonProperty property = Properties[i];
                if (string.Equals(property.Name, name, StringComparison.Ordinal))
                {
                    return property.Value;
                }
            }

            return null;
        }

        if (_index is null)
        {
            var index = new Dictionary<string, JsonValue>(Properties.Count, StringComparer.Ordinal);
            for (int i = 0; i < Properties.Count; i++)
            {
                JsonProperty property = Properties[i];
                if (!index.ContainsKey(property.Name))
                {
                    index.Add(property.Name, property.Value);
                }
            }

            _index = index;
        }

        return _index.TryGetValue(name, out JsonValue? value) ? value : null;
    }

    /// <summary>The property's text when it is a string; null when absent or of another kind.</summary>
    public string? GetString(string name) => Get(name)?.AsString;

    public JsonObject? GetObject(string name) => Get(name) as JsonObject;

    public JsonArray? GetArray(string name) => Get(name) as JsonArray;

    /// <summary>The property as a boolean: <c>true</c>/<c>false</c>, or the strings <c>"true"</c>/<c>"false"</c>.</summary>
    public bool? GetBoolean(string name) => Get(name) switch
    {
        JsonBoolean b => b.Value,
        JsonString s when string.Equals(s.Value, "true", StringComparison.OrdinalIgnoreCase) => true,
        JsonString s when string.Equals(s.Value, "false", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };

    /// <summary>A scalar property as text (strings as they are, numbers and booleans as written); null otherwise.</summary>
    public string? GetText(string name) => Get(name) switch
    {
        JsonString s => s.Value,
        JsonNumber n => n.Text,
        JsonBoolean b => b.ToString(),
        _ => null,
    };
}

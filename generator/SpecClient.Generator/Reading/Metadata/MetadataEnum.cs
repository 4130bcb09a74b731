using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>
/// A schema's <c>enum</c> array: the values the metadata lists, which win over the values read from the
/// description's prose (they are data, not prose); a prose description of the same value is kept.
/// </summary>
internal static class MetadataEnum
{
    public static DocComment Complete(DocComment doc, JsonArray? values)
    {
        if (values is null || values.Count == 0)
        {
            return doc;
        }

        var described = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DocValue value in doc.Values)
        {
            described[value.Value] = value.Description;
        }

        var listed = new List<DocValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonValue item in values.Items)
        {
            string? text = item switch
            {
                JsonString s => s.Value,
                JsonNumber or JsonBoolean => item.ToString(),
                _ => null,
            };
            if (text is { Length: > 0 } && seen.Add(text))
            {
                listed.Add(new DocValue(Schema.Printable(text), described.TryGetValue(text, out string? description) ? description : null));
            }
        }

        return listed.Count == 0 ? doc : doc with { Values = listed.ToEquatableArray() };
    }
}

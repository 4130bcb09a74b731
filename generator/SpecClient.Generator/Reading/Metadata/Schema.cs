using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>
/// A parameter or property schema: <see cref="Declared"/> as written (its description and <c>required</c>
/// win), <see cref="Shape"/> after following <c>$ref</c> (its type, items and properties), and the name of
/// the referenced schema, which names the generated type as a linked type on a doc page does.
/// </summary>
internal readonly struct Schema
{
    public static readonly JsonObject Empty = new(Array.Empty<JsonProperty>(), 0, 0, 0);

    /// <summary>A plain string schema: what an unresolvable <c>$ref</c> is read as, after its one diagnostic.</summary>
    public static readonly JsonObject PlainString = new(new[] { new JsonProperty(new JsonString("type", 6, 0, 0, 0), new JsonString("string", 8, 0, 0, 0)) }, 0, 0, 0);

    public Schema(JsonObject declared, JsonObject shape, string? refName)
    {
        Declared = declared;
        Shape = shape;
        RefName = refName;
    }

    public JsonObject Declared { get; }

    public JsonObject Shape { get; }

    public string? RefName { get; }

    public string? Type => Shape.GetString("type");

    public bool IsArray => Type == "array";

    /// <summary>An object with at least one described property (an object without them is free-form JSON).</summary>
    public bool HasProperties => Properties is { Count: > 0 } && (Type is null or "object");

    public JsonObject? Properties => Shape.GetObject("properties");

    public JsonObject Items => Shape.GetObject("items") ?? Empty;

    public bool IsRequired => (Declared.GetBoolean("required") ?? Shape.GetBoolean("required")) == true;

    /// <summary>What the docs say of requiredness (<c>docRequired</c>), where it differs from the gateway's <c>required</c>; null when unsaid.</summary>
    public bool? IsDocRequired => Declared.GetBoolean("docRequired") ?? Shape.GetBoolean("docRequired");

    public bool IsDeprecated => (Declared.GetBoolean("deprecated") ?? false) == true;

    /// <summary>The scalar type, when the schema is one: the doc pages' type table, refined by <c>format</c>.</summary>
    public bool TryScalar(out ScalarKind kind)
    {
        string? type = Type;
        if (type is null || !TypeCell.TryScalar(type.ToLowerInvariant(), out kind))
        {
            kind = ScalarKind.String;
            return false;
        }

        string? format = Shape.GetString("format")?.ToLowerInvariant();
        if (kind == ScalarKind.Int32 && format == "int64")
        {
            kind = ScalarKind.Int64;
        }
        else if (kind == ScalarKind.Double && (format == "int32" || format == "int64"))
        {
            kind = format == "int64" ? ScalarKind.Int64 : ScalarKind.Int32;
        }

        return true;
    }

    /// <summary>
    /// A type the metadata uses for free-form values (<c>any</c>, an object or array without a described
    /// shape, no type at all): read as JSON text without a diagnostic, as it is what the metadata means.
    /// </summary>
    public bool IsFreeForm => Type is null or "any" or "object" or "array" or "map";

    /// <summary>The doc comment: description (else title), example and default, cleaned of markdown.</summary>
    public DocComment Doc(IEnumerable<string>? notes = null)
    {
        string summary = Printable(DocText.OneLine(Text("description") ?? Text("title") ?? string.Empty).Trim());
        if (IsDeprecated)
        {
            summary = summary.Length == 0 ? "Deprecated." : "Deprecated. " + summary;
        }

        if (notes is not null)
        {
            foreach (string note in notes)
            {
                summary = summary.Length == 0 ? note : summary + " " + note;
            }
        }

        string? example = Text("example");
        string? defaultValue = Text("default");
        var doc = new DocComment(summary, example is null ? null : Blank(Plain(example)), defaultValue is null ? null : Blank(Plain(defaultValue)));
        return MetadataEnum.Complete(EnumValues.Complete(doc, Text("description") ?? string.Empty), Shape.GetArray("enum") ?? Declared.GetArray("enum"));
    }

    /// <summary>
    /// Text without the characters an XML doc comment cannot hold (control characters such as the U+0008
    /// an Elasticsearch description has, unpaired surrogates), which would fail the build with CS1570.
    /// </summary>
    public static string Printable(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsPrintable(text, i))
            {
                var printable = new System.Text.StringBuilder(text.Length);
                for (int k = 0; k < text.Length; k++)
                {
                    if (IsPrintable(text, k))
                    {
                        printable.Append(text[k]);
                    }
                }

                return printable.ToString();
            }
        }

        return text;
    }

    private static bool IsPrintable(string text, int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return (c >= ' ' && c != '\uFFFE' && c != '\uFFFF') || c == '\t' || c == '\n' || c == '\r';
    }

    // Examples and defaults are plain values, not markdown: "sg-bp1****" keeps its stars. Only whitespace is folded.
    private static string Plain(string text)
    {
        var plain = new System.Text.StringBuilder(text.Length);
        bool space = false;
        foreach (char c in Printable(text))
        {
            if (char.IsWhiteSpace(c))
            {
                space = plain.Length > 0;
                continue;
            }

            if (space)
            {
                plain.Append(' ');
                space = false;
            }

            plain.Append(c);
        }

        return plain.ToString();
    }

    private string? Text(string name) => Blank(Declared.GetText(name)) ?? Blank(Shape.GetText(name));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

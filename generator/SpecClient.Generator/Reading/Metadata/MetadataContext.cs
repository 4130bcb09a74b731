using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>
/// What every part of reading one api-docs.json file shares: where its values sit (for diagnostics), the
/// named schemas <c>$ref</c> points into, and whether its responses are XML-shaped (RPC) or plain JSON.
/// </summary>
internal sealed class MetadataContext
{
    private const string SchemaPrefix = "#/components/schemas/";

    // $ref chains longer than this are read as strings: no real file chains more than one or two.
    private const int MaxRefChain = 8;

    private readonly JsonObject? _schemas;

    public MetadataContext(LineIndex lines, DiagnosticBag diagnostics, JsonObject? schemas, bool xmlShapedResponses, bool documentedView = false)
    {
        Lines = lines;
        Diagnostics = diagnostics;
        _schemas = schemas;
        XmlShapedResponses = xmlShapedResponses;
        DocumentedView = documentedView;
    }

    public LineIndex Lines { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>
    /// RPC responses were designed as XML and keep its list item element in JSON
    /// (<c>Instances: {Instance: [...]}</c>); ROA and SLS responses are plain JSON, where an object holding one
    /// array is just that.
    /// </summary>
    public bool XmlShapedResponses { get; }

    /// <summary>
    /// Whether requests are read as their doc pages present them, for comparing the two (<c>specclient compare</c>),
    /// never for generating: a structured body as one parameter per field (the pages' rows with Position Body)
    /// instead of one JSON-text parameter (its wire form), and requiredness as the docs state it
    /// (<c>docRequired</c>) rather than as the gateway enforces it (<c>required</c>).
    /// </summary>
    public bool DocumentedView { get; }

    /// <summary>The place of a property's name, the whole quoted name highlighted.</summary>
    public LocationInfo At(JsonProperty property) => At(property.NameValue);

    /// <summary>The place of a value: a string's whole text, the first character of anything else.</summary>
    public LocationInfo At(JsonValue value) =>
        Lines.At(value.Line, value.Column, value is JsonString s ? s.TextLength : 1);

    /// <summary>
    /// The schema as written and the schema it stands for after following <c>$ref</c>. An unknown reference
    /// is reported once and read as a string.
    /// </summary>
    public Schema Resolve(JsonObject declared)
    {
        JsonObject shape = declared;
        string? refName = null;
        for (int i = 0; i < MaxRefChain; i++)
        {
            string? reference = shape.GetString("$ref");
            if (reference is null)
            {
                return new Schema(declared, shape, refName);
            }

            string name = reference.StartsWith(SchemaPrefix, System.StringComparison.Ordinal) ? reference.Substring(SchemaPrefix.Length) : reference;
            if (_schemas?.GetObject(name) is not { } target)
            {
                Diagnostics.Add(
                    DiagnosticIds.UnknownType,
                    "The schema reference '" + reference + "' is not in components.schemas; the value is read as a string.",
                    At(shape.Get("$ref")!));
                return new Schema(declared, Schema.PlainString, null);
            }

            refName = name;
            shape = target;
        }

        return new Schema(declared, Schema.Empty, null);
    }
}

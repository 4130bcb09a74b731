using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>
/// Turns a response schema into the response tree, named exactly as <see cref="ResponseTreeBuilder"/> names
/// the tree of a doc page, so that one operation read from either source gives the same classes:
/// properties by <see cref="Identifier.Pascal"/> (unique within their class, <c>Read</c> and the class name
/// taken); item types after the XML item element (<c>Instances: {Instance: [...]}</c> → a list
/// <c>Instances</c> of <c>Instance</c>), else the referenced schema, else <c>&lt;Property&gt;Item</c>;
/// objects after the referenced schema, else <c>&lt;Property&gt;Info</c>.
/// </summary>
internal sealed class MetadataResponseBuilder
{
    // Deeper trees are cut to JSON text: real responses stop around six levels.
    private const int MaxDepth = 24;

    private readonly MetadataContext _context;
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

    public MetadataResponseBuilder(MetadataContext context)
    {
        _context = context;
    }

    /// <summary>The fields of the response body described by <paramref name="schema"/> (a <c>responses.200.schema</c>).</summary>
    public EquatableArray<ResponseField> Build(JsonObject schema, string className, JsonProperty at)
    {
        Schema root = _context.Resolve(schema);
        if (root.HasProperties)
        {
            return Enter(root, () => Fields(root.Properties!, className, 0));
        }

        if (root.IsArray)
        {
            // Some SLS operations answer with a bare JSON array (GetLogs, ListShards): the response class holds it
            // as Items, a field without a wire name.
            var taken = new HashSet<string>(StringComparer.Ordinal) { className, "Read", "RequestId" };
            return new EquatableArray<ResponseField>(ImmutableArray.Create(
                List(ResponseField.WholeBody, Identifier.Unique(ResponseField.WholeBodyProperty, taken), root.Doc(), null, _context.Resolve(root.Items), taken, 0, _context.At(at))));
        }

        return EquatableArray<ResponseField>.Empty;
    }

    /// <summary><paramref name="body"/> and the operation's own response headers (<c>responses.200.headers</c>, <see cref="ResponseHeaderNames"/>).</summary>
    public EquatableArray<ResponseField> AddHeaders(EquatableArray<ResponseField> body, JsonObject headers, string className)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { className, "Read", "ReadHeaders" };
        foreach (ResponseField field in body)
        {
            taken.Add(field.PropertyName);
        }

        var fields = new List<ResponseField>(body.Items);
        foreach (JsonProperty header in headers.Properties)
        {
            if (!ResponseHeaderNames.IsOperationHeader(header.Name))
            {
                continue;
            }

            Schema schema = _context.Resolve((header.Value as JsonObject)?.GetObject("schema") ?? Schema.Empty);
            schema.TryScalar(out ScalarKind kind);
            fields.Add(Scalar(header, Identifier.Unique(Identifier.Pascal(header.Name), taken), kind, schema.Doc(), _context.At(header)) with { FromHeader = true });
        }

        return fields.ToEquatableArray();
    }

    private EquatableArray<ResponseField> Fields(JsonObject properties, string className, int depth)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { className, "Read" };
        var wireNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var named = new List<(JsonProperty Property, string Name)>();
        foreach (JsonProperty property in properties.Properties)
        {
            if (!wireNames.Add(property.Name))
            {
                _context.Diagnostics.Add(DiagnosticIds.DuplicateName, "'" + property.Name + "' appears twice in the same response object (names compare ignoring case); the second is ignored.", _context.At(property));
                continue;
            }

            string name = Identifier.Pascal(property.Name);
            if (name == className)
            {
                name += "Value";
            }

            named.Add((property, Identifier.Unique(name, taken)));
        }

        var fields = new List<ResponseField>();
        foreach ((JsonProperty property, string name) in named)
        {
            fields.Add(Field(property, name, taken, depth));
        }

        return fields.ToEquatableArray();
    }

    private ResponseField Field(JsonProperty property, string name, HashSet<string> taken, int depth)
    {
        LocationInfo location = _context.At(property);
        if (property.Value is not JsonObject declared)
        {
            return Scalar(property, name, ScalarKind.String, DocComment.None, location);
        }

        Schema schema = _context.Resolve(declared);
        DocComment doc = schema.Doc();
        if (depth >= MaxDepth || (schema.RefName is not null && _expanding.Contains(schema.RefName)))
        {
            // A schema that contains itself (none does today) or an absurd depth: its JSON text.
            return Scalar(property, name, ScalarKind.String, doc, location);
        }

        if (schema.HasProperties)
        {
            if (_context.XmlShapedResponses && ItemElement(schema) is { } wrapper)
            {
                Schema items = _context.Resolve(((JsonObject)wrapper.Value).GetObject("items") ?? Schema.Empty);
                return List(property.Name, name, doc, wrapper.Name, items, taken, depth, location);
            }

            string typeName = Identifier.Unique(schema.RefName is not null ? Identifier.Pascal(schema.RefName) : name + "Info", taken);
            EquatableArray<ResponseField> children = Enter(schema, () => Fields(schema.Properties!, typeName, depth + 1));
            return new ResponseField(property.Name, name, ValueShape.Object, ScalarKind.String, doc, typeName, null, children, location);
        }

        if (schema.IsArray)
        {
            return List(property.Name, name, doc, null, _context.Resolve(schema.Items), taken, depth, location);
        }

        if (schema.TryScalar(out ScalarKind kind))
        {
            return Scalar(property, name, kind, doc, location);
        }

        if (!schema.IsFreeForm)
        {
            _context.Diagnostics.Add(DiagnosticIds.UnknownType, "The type '" + schema.Type + "' of '" + property.Name + "' is not a known type; it is read as a string.", location);
        }

        return Scalar(property, name, ScalarKind.String, doc, location);
    }

    private ResponseField List(string wireName, string name, DocComment doc, string? wrapper, Schema items, HashSet<string> taken, int depth, LocationInfo location)
    {
        if (items.HasProperties && (items.RefName is null || !_expanding.Contains(items.RefName)) && depth + 1 < MaxDepth)
        {
            string baseName = wrapper is not null ? Identifier.Pascal(wrapper) : items.RefName is not null ? Identifier.Pascal(items.RefName) : name + "Item";
            string typeName = Identifier.Unique(baseName, taken);
            EquatableArray<ResponseField> children = Enter(items, () => Fields(items.Properties!, typeName, depth + 1));
            return new ResponseField(wireName, name, ValueShape.ObjectList, ScalarKind.String, doc, typeName, wrapper, children, location);
        }

        // A list of scalars; lists of lists and of free-form objects are read item by item as JSON text.
        items.TryScalar(out ScalarKind kind);
        return new ResponseField(wireName, name, ValueShape.ScalarList, kind, doc, null, wrapper, EquatableArray<ResponseField>.Empty, location);
    }

    // The XML item element: an object whose only property is an array (Instances: {Instance: [...]}).
    private JsonProperty? ItemElement(Schema schema)
    {
        JsonObject properties = schema.Properties!;
        if (properties.Count != 1 || properties.Properties[0].Value is not JsonObject only)
        {
            return null;
        }

        return only.GetString("$ref") is null && _context.Resolve(only).IsArray ? properties.Properties[0] : null;
    }

    private EquatableArray<ResponseField> Enter(Schema schema, Func<EquatableArray<ResponseField>> build)
    {
        if (schema.RefName is null || !_expanding.Add(schema.RefName))
        {
            return build();
        }

        try
        {
            return build();
        }
        finally
        {
            _expanding.Remove(schema.RefName);
        }
    }

    private static ResponseField Scalar(JsonProperty property, string name, ScalarKind kind, DocComment doc, LocationInfo location) =>
        new(property.Name, name, ValueShape.Scalar, kind, doc, null, null, EquatableArray<ResponseField>.Empty, location);
}

using System;
using System.Collections.Generic;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>
/// Turns an api's <c>parameters</c> into request parameters whose wire form follows the parameter's
/// <c>style</c>, with the shapes and names <see cref="RequestParameterBuilder"/> gives the same parameters on
/// a doc page:
/// <list type="bullet">
/// <item><c>repeatList</c> (and <c>flat</c> on an array): a list of scalars <c>Name.1</c>, a list of objects
/// <c>Tag.1.Key</c> (item type <c>&lt;Property&gt;Item</c>).</item>
/// <item><c>flat</c> (and <c>repeatList</c> on an object): an object <c>SystemDisk.Category</c> (type
/// <c>&lt;Property&gt;Info</c>).</item>
/// <item><c>json</c>, and any structured <c>body</c>: one string parameter holding JSON text, which the caller
/// writes; the doc comment says so.</item>
/// <item><c>simple</c>: one string parameter holding the values joined with commas, which the caller joins;
/// the doc comment says so. (A list property would be written as <c>Name.1</c> by the emitter.)</item>
/// </list>
/// Object fields deeper than one level below an item (<c>A.N.B.N.C</c>) are reported with SPEC009 and left
/// out, as the markdown reader leaves such rows out.
/// </summary>
internal sealed class MetadataRequestBuilder
{
    // Parameters the runtime adds to every RPC call itself; none of the corpus files lists them, but a
    // request class must never get a second Action or Signature.
    private static readonly HashSet<string> CommonParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "Action", "Version", "Format", "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion",
        "SignatureNonce", "SignatureType", "Timestamp", "SecurityToken",
    };

    private const string JsonNote = "Pass the value as JSON text; it is sent as one parameter.";

    private const string CommaNote = "Pass the values joined with commas (,); they are sent as one parameter.";

    private readonly MetadataContext _context;
    private readonly bool _rpc;

    public MetadataRequestBuilder(MetadataContext context, bool rpc)
    {
        _context = context;
        _rpc = rpc;
    }

    public EquatableArray<RequestParameter> Build(JsonArray? parameters, string className)
    {
        if (parameters is null)
        {
            return EquatableArray<RequestParameter>.Empty;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal) { className, "WriteTo" };
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var named = new List<(JsonObject Parameter, string WireName, string Property)>();
        foreach (JsonValue item in parameters.Items)
        {
            if (item is not JsonObject parameter || parameter.GetString("name") is not { Length: > 0 } wireName)
            {
                _context.Diagnostics.Add(DiagnosticIds.MalformedRow, "A request parameter has no name; it is skipped.", _context.At(item));
                continue;
            }

            if (_rpc && CommonParameters.Contains(wireName))
            {
                continue;
            }

            if (byName.TryGetValue(wireName, out int index))
            {
                (JsonObject kept, string keptName, string property) = named[index];
                if (DuplicateNames.PreferLater(keptName, wireName))
                {
                    named[index] = (parameter, wireName, property);
                }
                else if (!DuplicateNames.IsRepeat(keptName, kept, wireName, parameter))
                {
                    _context.Diagnostics.Add(DiagnosticIds.DuplicateName, "The request parameter '" + wireName + "' appears twice; the second is ignored.", NameAt(parameter));
                }

                continue;
            }

            byName.Add(wireName, named.Count);
            named.Add((parameter, wireName, Identifier.Unique(Identifier.Pascal(wireName), taken)));
        }

        var result = new List<RequestParameter>();
        foreach ((JsonObject parameter, string wireName, string property) in named)
        {
            result.Add(Parameter(parameter, wireName, property, taken));
        }

        return result.ToEquatableArray();
    }

    private RequestParameter Parameter(JsonObject parameter, string wireName, string property, HashSet<string> taken)
    {
        LocationInfo location = NameAt(parameter);
        ParameterPosition position = Position(parameter.GetString("in"));
        string? style = parameter.GetString("style");
        Schema schema = _context.Resolve(parameter.GetObject("schema") ?? Schema.Empty);
        bool required = schema.IsRequired;

        if (schema.TryScalar(out ScalarKind kind))
        {
            return Simple(wireName, property, ValueShape.Scalar, kind, required, schema.Doc(), location, position);
        }

        bool structured = schema.IsArray || schema.HasProperties || schema.Type is "object" or null;
        if (structured && (style == "json" || position == ParameterPosition.Body))
        {
            return Simple(wireName, property, ValueShape.Scalar, ScalarKind.String, required, schema.Doc(new[] { JsonNote }), location, position);
        }

        if (schema.IsArray)
        {
            Schema items = _context.Resolve(schema.Items);
            if (style == "simple")
            {
                return Simple(wireName, property, ValueShape.Scalar, ScalarKind.String, required, schema.Doc(new[] { CommaNote }), location, position);
            }

            if (items.TryScalar(out ScalarKind itemKind))
            {
                return Simple(wireName, property, ValueShape.ScalarList, itemKind, required, schema.Doc(), location, position);
            }

            if (items.HasProperties)
            {
                string typeName = Identifier.Unique(property + "Item", taken);
                return new RequestParameter(wireName, property, ValueShape.ObjectList, ScalarKind.String, required, schema.Doc(), typeName, Members(items.Properties!, wireName + ".N.", typeName), location, position);
            }
        }
        else if (schema.HasProperties)
        {
            string typeName = Identifier.Unique(property + "Info", taken);
            return new RequestParameter(wireName, property, ValueShape.Object, ScalarKind.String, required, schema.Doc(), typeName, Members(schema.Properties!, wireName + ".", typeName), location, position);
        }

        if (schema.IsFreeForm)
        {
            _context.Diagnostics.Add(DiagnosticIds.UnsupportedParameter, "The fields of '" + wireName + "' are not described; it is sent as a string.", location);
        }
        else
        {
            _context.Diagnostics.Add(DiagnosticIds.UnknownType, "The type '" + schema.Type + "' of '" + wireName + "' is not a known type; it is sent as a string.", location);
        }

        return Simple(wireName, property, ValueShape.Scalar, ScalarKind.String, required, schema.Doc(), location, position);
    }

    // The fields of a list item or flat object: scalars and lists of scalars (Tag.1.Key, Filter.1.Value.1).
    private EquatableArray<RequestParameter> Members(JsonObject properties, string prefix, string typeName)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { typeName, "WriteTo" };
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var fields = new List<JsonProperty>();
        foreach (JsonProperty property in properties.Properties)
        {
            if (byName.TryGetValue(property.Name, out int index))
            {
                JsonProperty kept = fields[index];
                if (DuplicateNames.PreferLater(kept.Name, property.Name))
                {
                    fields[index] = property;
                }
                else if (!DuplicateNames.IsRepeat(kept.Name, kept.Value as JsonObject, property.Name, property.Value as JsonObject))
                {
                    _context.Diagnostics.Add(DiagnosticIds.DuplicateName, "The field '" + property.Name + "' of '" + prefix.TrimEnd('.') + "' appears twice; the second is ignored.", _context.At(property));
                }

                continue;
            }

            byName.Add(property.Name, fields.Count);
            fields.Add(property);
        }

        var members = new List<RequestParameter>();
        foreach (JsonProperty property in fields)
        {
            LocationInfo location = _context.At(property);
            Schema schema = _context.Resolve(property.Value as JsonObject ?? Schema.Empty);
            ValueShape shape = ValueShape.Scalar;
            bool scalar = schema.TryScalar(out ScalarKind kind);
            if (!scalar && schema.IsArray && _context.Resolve(schema.Items).TryScalar(out kind))
            {
                shape = ValueShape.ScalarList;
            }
            else if (!scalar && (schema.IsArray || schema.HasProperties))
            {
                _context.Diagnostics.Add(
                    DiagnosticIds.UnsupportedParameter,
                    "The parameter '" + prefix + property.Name + "' nests deeper than the reader supports yet; it is left out of the request class.",
                    location);
                continue;
            }
            else if (!scalar && !schema.IsFreeForm)
            {
                _context.Diagnostics.Add(DiagnosticIds.UnknownType, "The type '" + schema.Type + "' of '" + prefix + property.Name + "' is not a known type; it is sent as a string.", location);
            }

            members.Add(new RequestParameter(property.Name, Identifier.Unique(Identifier.Pascal(property.Name), taken), shape, kind, schema.IsRequired, schema.Doc(), null, EquatableArray<RequestParameter>.Empty, location));
        }

        return members.ToEquatableArray();
    }

    // A parameter's place: its name's value ("name": "Tag"), else the parameter object.
    private LocationInfo NameAt(JsonObject parameter) => _context.At(parameter.Get("name") ?? parameter);

    private static RequestParameter Simple(string wireName, string property, ValueShape shape, ScalarKind kind, bool required, DocComment doc, LocationInfo location, ParameterPosition position) =>
        new(wireName, property, shape, kind, required, doc, null, EquatableArray<RequestParameter>.Empty, location, position);

    private static ParameterPosition Position(string? position) => position switch
    {
        "path" => ParameterPosition.Path,
        "header" => ParameterPosition.Header,
        "host" => ParameterPosition.Host,
        "body" => ParameterPosition.Body,
        "formData" => ParameterPosition.FormData,
        _ => ParameterPosition.Query,
    };
}

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
/// <item>Dotted names (<c>SystemDisk.Size</c>, <c>Filter.1.Key</c>, <c>AddGroup.1</c>), which ECS lists beside
/// or instead of the structured parameter: grouped as a doc page's rows are, into the structured parameter
/// of that name when there is one.</item>
/// </list>
/// Objects and lists nest as deep as the metadata describes them (the emitter writes any depth); what no
/// property can hold (a list of lists) is reported with SPEC009.
/// </summary>
internal sealed class MetadataRequestBuilder
{
    private const string JsonNote = "Pass the value as JSON text; it is sent as one parameter.";

    private const string CommaNote = "Pass the values joined with commas (,); they are sent as one parameter.";

    // Deeper parameters are cut: real ones stop at three levels (LaunchConfiguration.DataDisk.N.Size).
    private const int MaxDepth = 8;

    private readonly MetadataContext _context;
    private readonly bool _rpc;

    public MetadataRequestBuilder(MetadataContext context, bool rpc)
    {
        _context = context;
        _rpc = rpc;
    }

    public EquatableArray<RequestParameter> Build(JsonArray? parameters, string className)
    {
        var root = new Group(string.Empty, ValueShape.Object, ParameterPosition.Query, LocationInfo.FileStart(_context.Lines.FilePath));
        foreach (JsonValue item in parameters?.Items ?? Array.Empty<JsonValue>())
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

            Add(root, parameter, wireName);
        }

        return Parameters(root, className);
    }

    private void Add(Group root, JsonObject parameter, string wireName)
    {
        LocationInfo location = _context.At(parameter.Get("name") ?? parameter);
        ParameterPosition position = Position(parameter.GetString("in"));
        Schema schema = _context.Resolve(parameter.GetObject("schema") ?? Schema.Empty);
        // A body that is a list of objects (Elasticsearch's ShrinkNode: [{"host": ..., "port": ...}]) is presented by
        // its pages as the item's fields, like an object body's.
        Schema fields = _context.DocumentedView && schema.IsArray ? _context.Resolve(schema.Items) : schema;
        if (_context.DocumentedView && position == ParameterPosition.Body && fields.HasProperties)
        {
            var body = new Group(wireName, ValueShape.Object, position, location);
            AddMembers(body, fields.Properties!, 1);
            foreach (Group field in body.Members)
            {
                Merge(root, field, field.Source);
            }

            return;
        }

        string[] parts = wireName.Split('.');

        // Walk the dotted name down to the group that holds its last part: Filter.1.Key → the items of Filter.
        Group container = root;
        int last = parts.Length - 1;
        if (last > 0 && IsIndex(parts[last]))
        {
            // AddGroup.1: an item of the list AddGroup.
            last--;
        }

        for (int i = 0; i < last; i++)
        {
            bool list = IsIndex(parts[i + 1]);
            Group? next = Container(container, parts[i], list ? ValueShape.ObjectList : ValueShape.Object, position, location, wireName);
            if (next is null)
            {
                return;
            }

            container = next;
            i += list ? 1 : 0;
        }

        Group? group = last < parts.Length - 1
            ? ListItem(parts[last], schema, position, location)
            : FromSchema(parts[last], schema, parameter.GetString("style"), position, location, PathDepth(parts));
        if (group is not null)
        {
            Merge(container, group, parameter);
        }
    }

    // The group a dotted name passes through, made when the metadata has no parameter of that name.
    private Group? Container(Group parent, string name, ValueShape shape, ParameterPosition position, LocationInfo location, string wireName)
    {
        if (parent.Find(name) is { } existing)
        {
            if (existing.Shape == shape)
            {
                return existing;
            }

            _context.Diagnostics.Add(
                DiagnosticIds.DuplicateName,
                "The parameter '" + wireName + "' does not fit the shape of '" + existing.WireName + "' given before; it is ignored.",
                location);
            return null;
        }

        // As on a doc page: a group only named by its members' rows has no description and is not required.
        var group = new Group(name, shape, position, location) { Synthesized = true };
        parent.Members.Add(group);
        return group;
    }

    private Group ListItem(string name, Schema schema, ParameterPosition position, LocationInfo location)
    {
        schema.TryScalar(out ScalarKind kind);
        return new Group(name, ValueShape.ScalarList, position, location) { Kind = kind, Doc = schema.Doc(), Required = Required(schema) };
    }

    private Group? FromSchema(string name, Schema schema, string? style, ParameterPosition position, LocationInfo location, int depth)
    {
        var group = new Group(name, ValueShape.Scalar, position, location) { Required = Required(schema), Doc = schema.Doc() };
        if (schema.TryScalar(out ScalarKind kind))
        {
            group.Kind = kind;
            return group;
        }

        if (style == "json" || (position == ParameterPosition.Body && depth == 0))
        {
            group.Doc = schema.Doc(new[] { JsonNote });
            return group;
        }

        if (depth >= MaxDepth)
        {
            return Unsupported(name, location, "nests deeper than the reader supports");
        }

        if (schema.IsArray)
        {
            Schema items = _context.Resolve(schema.Items);
            if (style == "simple")
            {
                group.Doc = schema.Doc(new[] { CommaNote });
                return group;
            }

            if (items.TryScalar(out ScalarKind itemKind))
            {
                group.Shape = ValueShape.ScalarList;
                group.Kind = itemKind;
                return group;
            }

            if (items.HasProperties)
            {
                group.Shape = ValueShape.ObjectList;
                AddMembers(group, items.Properties!, depth + 1);
                return group;
            }

            return Unsupported(name, location, items.IsArray ? "is a list of lists, which no request property holds yet" : "is a list whose items are not described");
        }

        if (schema.HasProperties)
        {
            group.Shape = ValueShape.Object;
            AddMembers(group, schema.Properties!, depth + 1);
            return group;
        }

        if (schema.IsFreeForm)
        {
            _context.Diagnostics.Add(DiagnosticIds.UnsupportedParameter, "The fields of '" + name + "' are not described; it is sent as a string.", location);
        }
        else
        {
            _context.Diagnostics.Add(DiagnosticIds.UnknownType, "The type '" + schema.Type + "' of '" + name + "' is not a known type; it is sent as a string.", location);
        }

        return group;
    }

    private void AddMembers(Group group, JsonObject properties, int depth)
    {
        foreach (JsonProperty property in properties.Properties)
        {
            Schema schema = _context.Resolve(property.Value as JsonObject ?? Schema.Empty);
            if (FromSchema(property.Name, schema, null, group.Position, _context.At(property), depth) is { } member)
            {
                Merge(group, member, property.Value as JsonObject);
            }
        }
    }

    private Group? Unsupported(string name, LocationInfo location, string why)
    {
        _context.Diagnostics.Add(DiagnosticIds.UnsupportedParameter, "The parameter '" + name + "' " + why + "; it is left out of the request class.", location);
        return null;
    }

    // Adds a group to its container. ECS repeats parameters (RegionId twice), lists case aliases
    // (Tag.N.key beside Tag.N.Key) and dotted forms beside structured ones (DataDisk.1.Size beside DataDisk).
    private void Merge(Group container, Group group, JsonObject? source)
    {
        Group? existing = container.Find(group.WireName);
        if (existing is null)
        {
            group.Source = source;
            container.Members.Add(group);
            return;
        }

        if (!string.Equals(existing.WireName, group.WireName, StringComparison.Ordinal))
        {
            Group kept = existing, dropped = group;
            if (RepeatedNames.PreferLater(existing.WireName, existing.Doc, group.WireName, group.Doc))
            {
                group.Source = source;
                container.Members[container.Members.IndexOf(existing)] = group;
                (kept, dropped) = (group, existing);
            }

            string owner = container.WireName.Length == 0 ? "the request" : "'" + container.WireName + "'";
            _context.Diagnostics.Add(DiagnosticIds.CaseAlias, "'" + dropped.WireName + "' is another spelling of '" + kept.WireName + "' in " + owner + "; '" + kept.WireName + "' is used.", dropped.Location);
            return;
        }

        if (existing.Shape == group.Shape && group.Shape is ValueShape.Object or ValueShape.ObjectList)
        {
            if (existing.Synthesized)
            {
                // The structured parameter itself, after rows that only named it: it brings the docs.
                existing.Synthesized = false;
                existing.Doc = group.Doc;
                existing.Required = group.Required;
                existing.Location = group.Location;
            }

            foreach (Group member in group.Members)
            {
                Merge(existing, member, member.Source);
            }

            return;
        }

        if (existing.Shape == group.Shape && existing.Kind != group.Kind && IsInteger(existing.Kind) && IsInteger(group.Kind))
        {
            // DescribePrice's DataDisk.1.Size is int32 where its DataDisk items say int64: one field, the wider type.
            existing.Kind = ScalarKind.Int64;
            return;
        }

        if (existing.Shape != group.Shape || existing.Kind != group.Kind || !RepeatedNames.IsRepeat(existing.Source, source))
        {
            _context.Diagnostics.Add(DiagnosticIds.DuplicateName, "The request parameter '" + group.WireName + "' appears twice; the second is ignored.", group.Location);
        }
    }

    private EquatableArray<RequestParameter> Parameters(Group container, string className)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { className, "WriteTo" };
        var named = new List<(Group Group, string Property)>();
        foreach (Group group in container.Members)
        {
            named.Add((group, Identifier.Unique(Identifier.Pascal(group.WireName), taken)));
        }

        var parameters = new List<RequestParameter>();
        foreach ((Group group, string property) in named)
        {
            string? typeName = null;
            EquatableArray<RequestParameter> members = EquatableArray<RequestParameter>.Empty;
            if (group.Shape is ValueShape.Object or ValueShape.ObjectList && group.Members.Count == 0)
            {
                // Every field was left out (and reported): the caller can still send the value as text.
                _context.Diagnostics.Add(DiagnosticIds.UnsupportedParameter, "No field of '" + group.WireName + "' can be described; it is sent as a string.", group.Location);
                group.Shape = ValueShape.Scalar;
                group.Kind = ScalarKind.String;
            }

            if (group.Shape is ValueShape.Object or ValueShape.ObjectList)
            {
                typeName = Identifier.Unique(property + (group.Shape == ValueShape.ObjectList ? "Item" : "Info"), taken);
                members = Parameters(group, typeName);
            }

            parameters.Add(new RequestParameter(group.WireName, property, group.Shape, group.Kind, group.Required, group.Doc, typeName, members, group.Location, group.Position));
        }

        return parameters.ToEquatableArray();
    }

    private bool Required(Schema schema) => (_context.DocumentedView ? schema.IsDocRequired : null) ?? schema.IsRequired;

    private static bool IsInteger(ScalarKind kind) => kind is ScalarKind.Int32 or ScalarKind.Int64;

    private static int PathDepth(string[] parts)
    {
        int depth = 0;
        foreach (string part in parts)
        {
            depth += IsIndex(part) ? 0 : 1;
        }

        return depth - 1;
    }

    // As on doc pages: Tag.N.Key, Tag.n.Key and Filter.1.Key all name an item of a list.
    private static bool IsIndex(string part) => part == "N" || part == "n" || (part.Length > 0 && char.IsDigit(part[0]));

    private static ParameterPosition Position(string? position) => position switch
    {
        "path" => ParameterPosition.Path,
        "header" => ParameterPosition.Header,
        "host" => ParameterPosition.Host,
        "body" => ParameterPosition.Body,
        "formData" => ParameterPosition.FormData,
        _ => ParameterPosition.Query,
    };

    /// <summary>A parameter, or a member of one, while the parameters are collected.</summary>
    private sealed class Group
    {
        public Group(string wireName, ValueShape shape, ParameterPosition position, LocationInfo location)
        {
            WireName = wireName;
            Shape = shape;
            Position = position;
            Location = location;
        }

        public string WireName { get; }

        public ValueShape Shape { get; set; }

        public ScalarKind Kind { get; set; }

        public bool Required { get; set; }

        public DocComment Doc { get; set; } = DocComment.None;

        public ParameterPosition Position { get; }

        public LocationInfo Location { get; set; }

        /// <summary>Made for dotted names; the parameter of that name, if it comes, brings docs and required.</summary>
        public bool Synthesized { get; set; }

        /// <summary>The JSON the group was read from, to tell a repeat from a conflict.</summary>
        public JsonObject? Source { get; set; }

        public List<Group> Members { get; } = new();

        public Group? Find(string name)
        {
            foreach (Group member in Members)
            {
                if (string.Equals(member.WireName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return member;
                }
            }

            return null;
        }
    }
}

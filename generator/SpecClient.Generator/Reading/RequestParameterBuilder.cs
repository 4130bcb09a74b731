using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Turns request rows into parameters: <c>X.N</c> repeat lists become lists, <c>X.N.Y</c> rows become a list
/// of item objects, <c>X.Y</c> rows an object (at any depth: <c>X.N.Y.N</c>, <c>X.Y.N.Z</c>), and an
/// anchor-linked type a list of objects whose fields come from the sub-table that follows (matched by position:
/// the anchors dangle).
/// </summary>
internal sealed class RequestParameterBuilder
{
    private static readonly char[] JsonMarks = { '{', '[', '"', ':' };

    private readonly DiagnosticBag _diagnostics;

    // The thread's spare group list (given back by Build, the builder's last call) and the list Build picks the
    // request's and the body's groups into: a page's builder (and each nested one) grew a list of its own, and Build
    // made two more, 0.4 MB a corpus run. Taken out while in use, so a nested builder makes its own.
    [ThreadStatic]
    private static List<Group>? SpareGroups;

    [ThreadStatic]
    private static List<Group>? SpareSelection;

    private readonly List<Group> _groups;

    // Made with the first linked type: most pages have none, and a builder is made for every page.
    private Queue<Group>? _linked;

    // A builder for the members of an item: its rows were checked once already, as the request's.
    private bool _nested;

    // The last row that can hold fields (Struct, Array, an empty type): where tree-marked rows (└ name) belong.
    private SpecRow? _container;

    public RequestParameterBuilder(DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _groups = SpareGroups ?? new List<Group>();
        SpareGroups = null;
    }

    /// <summary>True when a row had a Position/Location column (ROA pages of Elasticsearch and later).</summary>
    public bool HasPositions { get; private set; }

    /// <summary>The value the Action row gives, if the table has one.</summary>
    public string? ActionValue { get; private set; }

    public void AddMainTable(List<SpecRow> rows)
    {
        foreach (SpecRow row in rows)
        {
            if (string.Equals(row.Name, "Action", StringComparison.OrdinalIgnoreCase))
            {
                ActionValue = ActionName(row);
                continue;
            }

            AddRow(row);
        }
    }

    /// <param name="subject">What the sentence above the table says it describes (see <see cref="TableIntro"/>), if anything.</param>
    public bool AddSubTable(List<SpecRow> rows, string? subject = null)
    {
        Group? group = _linked is { Count: > 0 } ? _linked.Dequeue() : CustomTyped(subject);
        if (group is null)
        {
            return false;
        }

        foreach (SpecRow row in rows)
        {
            group.AddMember(row.Name, row);
        }

        return true;
    }

    /// <param name="className">The request class, a name no property may take.</param>
    /// <param name="rpc">Whether the page is an RPC page, whose table may list the parameters the runtime adds itself
    /// (SLS's OpenSlsService lists AccessKeyId, Signature, Timestamp, ...): those are left out.</param>
    // |Configuration.N|Configuration| with a sub-table "the parameters of the Configuration data type" after the
    // table: a row typed with a name no Type cell knows, whose fields the next table describes (no anchor link).
    // |groupAttribute|Json| and "The groupAttribute parameter consists of the following parameters." (SLS): the one
    // object-typed row without fields takes the table; where the sentence above the table says what it describes,
    // the one whose description has those words ("The following table describes the full-text index configuration."
    // for |line|Object| "The full-text index configuration.", not |keys|Object| "The field search configuration");
    // else, with two or more, which table is whose is left unsaid.
    private Group? CustomTyped(string? subject)
    {
        Group? group = _groups.Find(g => !g.Row.Type.IsRecognized && g.Members.Count == 0 && g.Shape is ValueShape.Scalar or ValueShape.ScalarList);
        if (group is null)
        {
            List<Group> objects = _groups.FindAll(g => g.Row.Type.Kind == TypeCellKind.Object && g.Members.Count == 0 && g.Shape == ValueShape.Scalar);
            if (subject is { Length: > 0 })
            {
                objects = objects.FindAll(g => g.Row.Doc.Summary.IndexOf(subject, StringComparison.OrdinalIgnoreCase) >= 0);
            }

            group = objects.Count == 1 ? objects[0] : null;
        }

        if (group is not null)
        {
            group.Shape = group.Shape == ValueShape.ScalarList ? ValueShape.ObjectList : ValueShape.Object;
        }

        return group;
    }

    public EquatableArray<RequestParameter> Build(string className, bool rpc = false)
    {
        HashSet<string> taken = TakenNames.Rent(className, "WriteTo");

        // A body field may share a query or path parameter's name (AddConnectableCluster: the path's InstanceId, the
        // body's instanceId of the remote instance): two parameters, not a case alias.
        foreach (Group group in _groups)
        {
            group.Property = null;
        }

        List<Group> selection = SpareSelection ?? new List<Group>();
        SpareSelection = null;
        Name(DuplicateNames.Keep(Select(selection, body: false), g => g.WireName, g => g.Row.Doc, g => g.Row.Location, "the request", _diagnostics));
        Name(DuplicateNames.Keep(Select(selection, body: true), g => g.WireName, g => g.Row.Doc, g => g.Row.Location, "the request body", _diagnostics));
        selection.Clear();
        SpareSelection = selection;
        int count = 0;
        foreach (Group group in _groups)
        {
            if (group.Property is null || (rpc && group.Shape == ValueShape.Scalar && CommonParameters.Contains(group.WireName)))
            {
                group.Property = null;
                continue;
            }

            group.Property = Identifier.Unique(Identifier.Pascal(group.WireName), taken);
            count++;
        }

        // One element per entry: built in place, no list copied into the array at the end.
        ImmutableArray<RequestParameter>.Builder parameters = ImmutableArray.CreateBuilder<RequestParameter>(count);
        foreach (Group group in _groups)
        {
            if (group.Property is not { } property)
            {
                continue;
            }

            SpecRow row = group.Row;
            switch (group.Shape)
            {
                case ValueShape.Scalar:
                case ValueShape.ScalarList:
                    parameters.Add(new RequestParameter(group.WireName, property, group.Shape, row.Type.Scalar, row.IsRequired, row.Doc, null, EquatableArray<RequestParameter>.Empty, row.Location, Position(row)));
                    break;
                default:
                    if (group.Shape == ValueShape.ObjectList && group.Members.Count == 1 && group.Members[0].Row.Type.Kind == TypeCellKind.Scalar
                        && (string.Equals(group.Members[0].Name, group.WireName, StringComparison.OrdinalIgnoreCase) || ItemNames.IsSingularOf(group.Members[0].Name, group.WireName)))
                    {
                        // |DomainName|[DomainNameListType](#)| whose type has the one field domainName: the page's way of
                        // saying a list of strings, sent as DomainName.1 (as its sample request shows). The item's name is
                        // the wire name: |Ips|[IpListType](#)| with the one field ip is sent as Ip.1.
                        string item = group.Members[0].Name;
                        string wire = item.Length < group.WireName.Length && group.WireName.StartsWith(item, StringComparison.OrdinalIgnoreCase)
                            ? group.WireName.Substring(0, item.Length)
                            : group.WireName;
                        parameters.Add(new RequestParameter(wire, property, ValueShape.ScalarList, group.Members[0].Row.Type.Scalar, row.IsRequired, row.Doc, null, EquatableArray<RequestParameter>.Empty, row.Location));
                        break;
                    }

                    if (group.Members.Count == 0)
                    {
                        _diagnostics.Add(DiagnosticIds.UnsupportedParameter, "The fields of '" + group.WireName + "' are not described on the page; it is sent as a string.", row.Location);
                        parameters.Add(new RequestParameter(group.WireName, property, ValueShape.Scalar, ScalarKind.String, row.IsRequired, row.Doc, null, EquatableArray<RequestParameter>.Empty, row.Location, Position(row)));
                        break;
                    }

                    string typeName = Identifier.Unique(group.Shape == ValueShape.ObjectList ? property + "Item" : property + "Info", taken);
                    parameters.Add(new RequestParameter(group.WireName, property, group.Shape, ScalarKind.String, row.IsRequired, row.Doc, typeName, Members(group, typeName), row.Location, Position(row)));
                    break;
            }
        }

        TakenNames.Return(taken);
        Group.GiveBack(_groups);
        _groups.Clear();
        SpareGroups = _groups;
        return new EquatableArray<RequestParameter>(parameters.MoveToImmutable());
    }

    // The groups sent in the body, or those sent elsewhere, into the list given (cleared first).
    private List<Group> Select(List<Group> selection, bool body)
    {
        selection.Clear();
        foreach (Group group in _groups)
        {
            if ((group.Row.Position == ParameterPosition.Body) == body)
            {
                selection.Add(group);
            }
        }

        return selection;
    }

    // Marks the groups kept (see DuplicateNames) as to be named: a placeholder property, replaced in order.
    private static void Name(List<Group> kept)
    {
        foreach (Group group in kept)
        {
            group.Property = string.Empty;
        }
    }

    private EquatableArray<RequestParameter> Members(Group group, string typeName)
    {
        if (group.Members.Exists(m => m.Name.IndexOf('.') >= 0))
        {
            // Deeper names (NetworkInterface.N.SecurityGroupIds.N, LaunchConfiguration.DataDisk.N.Size): the item's
            // members are grouped as the request's are, one level down.
            var nested = new RequestParameterBuilder(_diagnostics) { _nested = true };
            foreach ((string name, SpecRow row) in group.Members)
            {
                nested.AddRow(row with { Name = name });
            }

            return nested.Build(typeName);
        }

        HashSet<string> taken = TakenNames.Rent(typeName);
        List<(string Name, SpecRow Row)> kept = DuplicateNames.Keep(group.Members, m => m.Name, m => m.Row.Doc, m => m.Row.Location, "'" + group.WireName + "'", _diagnostics);
        ImmutableArray<RequestParameter>.Builder members = ImmutableArray.CreateBuilder<RequestParameter>(kept.Count);
        foreach ((string name, SpecRow row) in kept)
        {
            ValueShape shape = ScalarShape(row);
            members.Add(new RequestParameter(name, Identifier.Unique(Identifier.Pascal(name), taken), shape, row.Type.Scalar, row.IsRequired, row.Doc, null, EquatableArray<RequestParameter>.Empty, row.Location));
        }

        TakenNames.Return(taken);
        return new EquatableArray<RequestParameter>(members.MoveToImmutable());
    }

    private void AddRow(SpecRow row)
    {
        HasPositions |= row.Position is not null;
        if (!row.Type.IsRecognized && !_nested)
        {
            _diagnostics.Add(DiagnosticIds.UnknownType, "The type '" + row.TypeText + "' of '" + row.Name + "' is not a known type; it is sent as a string.", row.Location);
        }

        bool child = row.HasTreeMark || (row.Position is null && _container?.Position is not null);
        if (child && _container is { } container && row.Name.IndexOf('.') < 0)
        {
            // |whiteIpGroup|Struct| then |└ groupName| (or, in a table with a Position column, |groupName|String| | with
            // the position left empty): a field of the container row above, as whiteIpGroup.groupName
            // (whiteIpGroup.N.groupName under a list) would name it.
            bool list = container.Type.Kind is TypeCellKind.List or TypeCellKind.ScalarList;
            AddRow(row with { Name = container.Name + (list ? ".N." : ".") + row.Name, HasTreeMark = false, Position = container.Position });
            return;
        }

        if (row.Name.IndexOf('.') < 0)
        {
            _container = row.Type.Kind is TypeCellKind.Object or TypeCellKind.List or TypeCellKind.Unspecified ? row : null;
        }

        // Most names have no dot: they are split only when they have one.
        bool plain = row.Name.IndexOf('.') < 0;
        if (plain && ExampleItemFields(row) is { } fields)
        {
            // |Tags|Array|Yes|[{"key":"env","value":"IT"}]|: a list of objects whose fields only the example shows.
            var items = Group.Take(row.Name, row, ValueShape.ObjectList);
            foreach ((string name, SpecRow member) in fields)
            {
                items.AddMember(name, member);
            }

            _groups.Add(items);
            return;
        }

        if (plain)
        {
            var group = Group.Take(row.Name, row, ScalarShape(row));
            if (row.Type.Kind == TypeCellKind.Linked)
            {
                group.Shape = ValueShape.ObjectList;
                (_linked ??= new Queue<Group>()).Enqueue(group);
            }

            _groups.Add(group);
            return;
        }

        AddDotted(row);
    }

    // A row whose name has dots (DataDisk.N.Size). A method of its own: the lambdas below capture its locals, and the
    // object holding them is made where they are declared, for every row, were they AddRow's.
    private void AddDotted(SpecRow row)
    {
        string[] parts = row.Name.Split('.');

        bool repeat = parts.Length >= 2 && IsIndex(parts[1]);
        if (repeat && parts.Length == 2)
        {
            _groups.Add(Group.Take(parts[0], row, ValueShape.ScalarList));
            return;
        }

        if (repeat ? parts.Length >= 3 : parts.Length >= 2)
        {
            // The rest of the name is the member's: Size in DataDisk.N.Size, or DataDisk.N.Size in
            // LaunchConfiguration.DataDisk.N.Size, which Members reads the same way one level down.
            string member = string.Join(".", parts, repeat ? 2 : 1, parts.Length - (repeat ? 2 : 1));
            ValueShape shape = repeat ? ValueShape.ObjectList : ValueShape.Object;
            Group? existing = _groups.Find(g => string.Equals(g.WireName, parts[0], StringComparison.OrdinalIgnoreCase) && g.Shape == shape);
            int described = existing is null ? _groups.FindIndex(g => string.Equals(g.WireName, parts[0], StringComparison.OrdinalIgnoreCase) && g.Shape != ValueShape.ObjectList && g.Row.Type.Kind is TypeCellKind.Object or TypeCellKind.List or TypeCellKind.Unspecified) : -1;
            if (described >= 0)
            {
                // The container's own row (|SystemDisk|Struct|, |whiteIpGroup|Struct|) came first: its fields make it
                // an object or list of objects, described and required as its row says.
                existing = Group.Take(parts[0], _groups[described].Row, shape);
                _groups[described] = existing;
            }
            else if (existing is null)
            {
                existing = Group.Take(parts[0], row with { Doc = DocComment.None, IsRequired = false }, shape);
                _groups.Add(existing);
            }

            if (repeat && char.IsDigit(parts[1][0]) && existing.Members.Exists(m => string.Equals(m.Name, member, StringComparison.Ordinal)))
            {
                // Filter.1.Key and Filter.2.Key: the docs describe items one by one; the item type has Key once.
                return;
            }

            existing.AddMember(member, row);
        }
    }

    // The Position column of ROA pages; RPC pages have none, and their parameters travel in the query.
    private static ParameterPosition Position(SpecRow row) => row.Position ?? ParameterPosition.Query;

    private static ValueShape ScalarShape(SpecRow row) =>
        row.Type.Kind == TypeCellKind.ScalarList || (row.Type.Kind == TypeCellKind.List && row.Type.ItemTypeName is null && ShowsPlainValues(row.Doc.Example))
            ? ValueShape.ScalarList
            : ValueShape.Scalar;

    // An untyped Array whose example is a list of text (SLS's machineList: ["192.168.2.1", "192.168.2.2"], or written
    // without JSON: uu_id_1, uu_id_2) is a list of strings.
    private static bool ShowsPlainValues(string? example)
    {
        if (example is not { Length: > 0 })
        {
            return false;
        }

        if (SampleJson.TryParse(example) is { Kind: SampleNodeKind.Array } list)
        {
            return list.Items.Count > 0 && list.Items.TrueForAll(i => i.Kind == SampleNodeKind.String);
        }

        return example.IndexOf(',') > 0 && example.IndexOfAny(JsonMarks) < 0;
    }

    // The fields of an untyped Array's items, when its example is a list of objects of plain values.
    private static List<(string Name, SpecRow Row)>? ExampleItemFields(SpecRow row)
    {
        if (row.Type.Kind != TypeCellKind.List || row.Type.ItemTypeName is not null || row.Doc.Example is not { Length: > 0 } example
            || SampleJson.TryParse(example) is not { Kind: SampleNodeKind.Array } list || list.Items.Count == 0 || list.Items[0].Kind != SampleNodeKind.Object)
        {
            return null;
        }

        var fields = new List<(string Name, SpecRow Row)>();
        foreach (KeyValuePair<string, SampleNode> field in list.Items[0].Properties)
        {
            if (ExampleTypes.TypeText(field.Value) is not { } type || !IsIdentifier(field.Key))
            {
                return null;
            }

            fields.Add((field.Key, new SpecRow(field.Key, TypeCell.Parse(type), type, false, false, new DocComment(string.Empty, field.Value.Text, null), row.Location, row.Position)));
        }

        return fields.Count > 0 ? fields : null;
    }

    private static bool IsIndex(string part) => part == "N" || part == "n" || (part.Length > 0 && char.IsDigit(part[0]));

    // "Set the value to **X**" / "Value: X" / the Example column.
    private static string? ActionName(SpecRow row)
    {
        if (row.Doc.Example is { Length: > 0 } example && IsIdentifier(example))
        {
            return example;
        }

        foreach (string marker in new[] { "Set the value to ", "Value: ", "set this parameter to ", "取值：", "值为" })
        {
            int at = row.Doc.Summary.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                string rest = row.Doc.Summary.Substring(at + marker.Length).Trim();
                int end = 0;
                while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] == '_'))
                {
                    end++;
                }

                if (end > 0)
                {
                    return rest.Substring(0, end);
                }
            }
        }

        return null;
    }

    internal static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Group
    {
        // Groups of the thread's, given back by the builder's Build (GiveBack): a group (and a members list) was made
        // for every request row of every page.
        [ThreadStatic]
        private static List<Group>? Spare;

        private Group(string wireName, SpecRow row, ValueShape shape)
        {
            WireName = wireName;
            Row = row;
            Shape = shape;
        }

        public string WireName { get; private set; }

        public SpecRow Row { get; private set; }

        public ValueShape Shape { get; set; }

        /// <summary>The property name while the request class is built; null for a group left out.</summary>
        public string? Property { get; set; }

        // Most groups are scalars: a group's list is made with its first member, the others share an empty one.
        private static readonly List<(string Name, SpecRow Row)> NoMembers = new(0);

        private List<(string Name, SpecRow Row)>? _members;

        /// <summary>The members, read only: add with <see cref="AddMember"/>.</summary>
        public List<(string Name, SpecRow Row)> Members => _members ?? NoMembers;

        public void AddMember(string name, SpecRow row) => (_members ??= new List<(string Name, SpecRow Row)>()).Add((name, row));

        /// <summary>A group, one of the thread's spare ones when there is one (as it was made: no members, no property).</summary>
        public static Group Take(string wireName, SpecRow row, ValueShape shape)
        {
            List<Group>? spare = Spare;
            if (spare is not { Count: > 0 })
            {
                return new Group(wireName, row, shape);
            }

            Group group = spare[spare.Count - 1];
            spare.RemoveAt(spare.Count - 1);
            group.WireName = wireName;
            group.Row = row;
            group.Shape = shape;
            return group;
        }

        /// <summary>Keeps the groups for the thread's next builders, emptied (no row kept alive). Nothing may use them after.</summary>
        public static void GiveBack(List<Group> groups)
        {
            List<Group> spare = Spare ??= new List<Group>();
            foreach (Group group in groups)
            {
                group.WireName = string.Empty;
                group.Row = null!;
                group.Property = null;
                group._members?.Clear();
                spare.Add(group);
            }
        }
    }
}

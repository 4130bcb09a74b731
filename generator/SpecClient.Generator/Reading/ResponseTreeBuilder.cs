using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Rebuilds the response tree from the rows of the response tables. Most pages flatten nested fields with no
/// marker (a container row, then its children, then whatever follows), so where a list's children end is
/// taken from the sample responses: a row belongs to the innermost open container whose sample has that name.
/// <c>└</c> marks, XML item-wrapper rows and anchor-linked sub-tables are used where the page has them.
/// </summary>
internal sealed class ResponseTreeBuilder : ITableRows
{
    private readonly SampleNode? _sample;
    private readonly DiagnosticBag _diagnostics;
    private readonly Node _root;
    private readonly List<Node> _stack;
    private readonly Queue<Node> _linked;
    private readonly HashSet<Node> _reportedGuess;
    private readonly List<Node> _containers;

    // The four collections above, the thread's spare ones (given back with the nodes, see GiveBackNodes): a page's
    // builder made its own, 0.4 MB a corpus run.
    private readonly Collections _collections;

    [ThreadStatic]
    private static Collections? SpareCollections;

    private readonly bool _xmlShaped;

    // The name order the table being added lists each object's fields in, if it does (see SortedByName).
    private StringComparer? _order;

    // How many rows of the table being added, from the current one on, have each name. Only while a table is
    // added (AddRows): the map is the thread's spare one then, cleared, so pages do not each grow one of their own.
    private Dictionary<string, int> _ahead = EmptyAhead;

    private static readonly Dictionary<string, int> EmptyAhead = new(StringComparer.OrdinalIgnoreCase);

    [ThreadStatic]
    private static Dictionary<string, int>? SpareAhead;

    [ThreadStatic]
    private static List<string?>? SpareLevels;

    // Spare tree nodes of this thread, and the list a builder notes the nodes it took in (see GiveBackNodes).
    [ThreadStatic]
    private static List<Node>? SpareNodes;

    [ThreadStatic]
    private static List<Node>? SpareTakenNodes;

    private readonly List<Node> _taken;

    /// <param name="xmlShaped">
    /// Whether the responses keep the XML item element in JSON (RPC: <c>{"Acls":{"Acl":[...]}}</c>), so that a
    /// sample object holding one array is a list; in ROA responses it is just an object.
    /// </param>
    public ResponseTreeBuilder(SampleNode? sample, DiagnosticBag diagnostics, bool xmlShaped = true)
    {
        _sample = sample;
        _diagnostics = diagnostics;
        _xmlShaped = xmlShaped;
        _taken = SpareTakenNodes ?? new List<Node>();
        SpareTakenNodes = null;
        _collections = SpareCollections ?? new Collections();
        SpareCollections = null;
        _stack = _collections.Stack;
        _linked = _collections.Linked;
        _reportedGuess = _collections.ReportedGuess;
        _containers = _collections.Containers;
        _root = Take(null, null);
        _root.ChildSample = sample;
    }

    /// <summary>
    /// The top-level field whose value the sample shows in place of the whole response (see ResultBody), if any:
    /// what the sample is checked against.
    /// </summary>
    public string? SampleShowsOnly { get; private set; }

    /// <summary>Adds the rows of the main response table.</summary>
    public void AddMainTable(List<SpecRow> rows) => AddRows(_root, rows);

    /// <summary>
    /// Adds a further table: the fields of the next anchor-linked type (the anchors themselves dangle, so
    /// tables are matched to linked types by position), else of a container the rows left without fields whose
    /// sample has the table's first name (<c>|TagSets|List|</c>, then a table of TagSet's fields), else of a
    /// container whose sample has most of the table's names ("The following parameters are also included": more
    /// of Result's fields). Returns false when no container waits for one.
    /// </summary>
    public bool AddSubTable(List<SpecRow> rows)
    {
        Node? target = _linked.Count > 0 ? _linked.Dequeue() : _containers.Find(c => c.Children.Count == 0 && rows.Count > 0 && c.ChildSample?.Get(rows[0].Name) is not null)
            ?? _containers.Find(c => rows.Count >= 2 && c.ChildSample is not null && 2 * rows.FindAll(r => c.ChildSample.Get(r.Name) is not null && !c.HasChild(r.Name)).Count > rows.Count);
        if (target is null)
        {
            return false;
        }

        AddRows(target, rows);
        return true;
    }

    /// <summary>
    /// Top-level fields a sentence below the tables names (see <see cref="ResponseProse"/>), read as the sample shows
    /// them: only scalars, whose type the sample's value gives; a structure named so is left to the page the
    /// sentence refers to for its fields ("For more information, see ListInstance").
    /// </summary>
    public void AddNamedInProse(List<(string Name, LocationInfo At, string Sentence)> named)
    {
        foreach ((string name, LocationInfo at, string sentence) in named)
        {
            if (!_root.HasChild(name) && _sample?.Get(name) is { Kind: SampleNodeKind.String or SampleNodeKind.Number or SampleNodeKind.Boolean } value
                && ExampleTypes.TypeText(value) is { } type)
            {
                var row = new SpecRow(name, TypeCell.Parse(type), type, false, false, new DocComment(sentence, null, null), at);
                Node node = Take(row, _root);
                node.ValueSample = value;
                _root.AddChild(node);
            }
        }
    }

    public EquatableArray<ResponseField> Build(string className)
    {
        foreach (Node list in _containers)
        {
            if (list.FromSample)
            {
                AddSampleFields(list);
            }
        }

        EquatableArray<ResponseField> fields = BuildChildren(_root, className);
        GiveBackNodes();
        return fields;
    }

    // A node for a row, from the thread's spare ones when there are any (see GiveBackNodes).
    private Node Take(SpecRow? row, Node? parent)
    {
        List<Node>? spare = SpareNodes;
        Node node;
        if (spare is { Count: > 0 })
        {
            node = spare[spare.Count - 1];
            spare.RemoveAt(spare.Count - 1);
            node.Reset(row, parent);
        }
        else
        {
            node = new Node(row, parent);
        }

        _taken.Add(node);
        return node;
    }

    // Nodes only serve while the fields are built: once they are, the thread keeps them (and their child lists) for the
    // next page's tree, cleared, instead of a node and a list per row of every page. Nothing built holds a node, and
    // the builder is done (Build is its last call). A builder that fails before this leaves its nodes to the collector.
    private void GiveBackNodes()
    {
        List<Node> spare = SpareNodes ??= new List<Node>();
        foreach (Node node in _taken)
        {
            node.Reset(null, null);
            spare.Add(node);
        }

        _taken.Clear();
        SpareTakenNodes = _taken;
        _collections.Clear();
        SpareCollections = _collections;
    }

    private sealed class Collections
    {
        public List<Node> Stack { get; } = new();

        public Queue<Node> Linked { get; } = new();

        public HashSet<Node> ReportedGuess { get; } = new();

        public List<Node> Containers { get; } = new();

        public void Clear()
        {
            Stack.Clear();
            Linked.Clear();
            ReportedGuess.Clear();
            Containers.Clear();
        }
    }

    /// <summary>
    /// The fields of a list the table never lists (see <see cref="Unlisted"/>) that its rows leave out: the sample
    /// is all the page says of that list, so its items have the values the sample shows (|TagKey|, |TagValue| alone,
    /// the sample's Tag also has KeyId). Structures and nulls, whose type the sample does not tell, are left out.
    /// </summary>
    private void AddSampleFields(Node list)
    {
        foreach (KeyValuePair<string, SampleNode> property in list.ChildSample!.Properties)
        {
            if (!list.HasChild(property.Key) && ExampleTypes.TypeText(property.Value) is { } type)
            {
                var row = new SpecRow(property.Key, TypeCell.Parse(type), type, false, false, DocComment.None, list.Row!.Location);
                Node node = Take(row, list);
                node.ValueSample = property.Value;
                ClassifyShape(node);
                list.AddChild(node);
            }
        }
    }

    private void AddRows(Node root, List<SpecRow> rows)
    {
        _stack.Clear();
        _stack.Add(root);
        bool treeMarks = rows.Exists(r => r.HasTreeMark);
        // Pages sort as ordinal text (IOPSWrite before ImageId), some ignoring case.
        _order = treeMarks ? null : SortedByName(rows, StringComparer.Ordinal) ? StringComparer.Ordinal : SortedByName(rows, StringComparer.OrdinalIgnoreCase) ? StringComparer.OrdinalIgnoreCase : null;
        _ahead = SpareAhead ?? new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        SpareAhead = null;
        _ahead.Clear();
        foreach (SpecRow row in rows)
        {
            _ahead[row.Name] = _ahead.TryGetValue(row.Name, out int n) ? n + 1 : 1;
        }

        Node? previous = null;
        foreach (SpecRow listed in rows)
        {
            _ahead[listed.Name]--;
            if ((listed.Name.Length > 0 ? listed : NamedBySample(listed)) is not { } row)
            {
                continue;
            }

            // |Instances|Array of Instance| (or |CertInfos|Array|) followed by |Instance| |: the XML item wrapper, not a field.
            if (previous is { Children.Count: 0 } && (previous.IsContainer || previous.IsList) && row.Type.Kind == TypeCellKind.Unspecified && IsItemWrapperRow(previous, row.Name))
            {
                previous.IsList = true;
                previous.ItemWrapper = row.Name;
                previous.ChildSample = previous.ValueSample?.Element(row.Name);
                continue;
            }

            // |Acls| | then |└AclId|: where the sample shows {"Acls":{"Acl":[...]}}, the rows are the fields of the
            // list's items, named by the wrapper the table leaves out.
            if (previous is { IsContainer: true, IsList: false, Children.Count: 0 } && SampleItemWrapper(previous.ValueSample, previous.Row!.Name) is { } sampled
                && !string.Equals(sampled, row.Name, StringComparison.OrdinalIgnoreCase))
            {
                previous.IsList = true;
                previous.ItemWrapper = sampled;
                previous.ChildSample = previous.ValueSample!.Element(sampled);
            }

            Node parent = ChooseParent(row, treeMarks, root);
            SampleNode? value = parent.ChildSample?.Get(row.Name) ?? ResultBody(parent, row);
            Node node = Take(row, parent);
            node.ValueSample = value;
            ClassifyShape(node);
            if (node.IsContainer)
            {
                node.ChildSample = node.IsList ? value?.Element(node.ItemWrapper ?? row.Type.ItemTypeName) : (value?.Kind == SampleNodeKind.Object ? value : null);
                if (node.IsList && row.Type.Kind != TypeCellKind.Linked && node.ChildSample is { Kind: not SampleNodeKind.Object })
                {
                    // |SecurityGroupIds|List| with {"SecurityGroupId":["sg-1"]} in the sample: a list of scalars, whose
                    // fields no row can be.
                    node.IsContainer = false;
                    node.ItemWrapper = SampleItemWrapper(value, row.Name);
                    node.ChildSample = null;
                    parent.AddChild(node);
                    previous = node;
                    continue;
                }

                _stack.Add(node);
                _containers.Add(node);
                if (row.Type.Kind == TypeCellKind.Linked)
                {
                    _linked.Enqueue(node);
                }
            }

            parent.AddChild(node);
            previous = node;
        }

        SpareAhead = _ahead;
        _ahead = EmptyAhead;
    }

    /// <summary>
    /// A row whose name cell is empty (<c>|└|String|OSS-Administrator|The policy name.|</c>), named after the field of
    /// an open container's sample that no row names yet and has the row's example as its value
    /// (<c>"PolicyName": "OSS-Administrator"</c>). Null, reported and skipped, when no sample field has that value.
    /// </summary>
    private SpecRow? NamedBySample(SpecRow row)
    {
        string example = (row.Doc.Example ?? string.Empty).Replace("\\", string.Empty).Trim();
        for (int k = _stack.Count - 1; k >= 0; k--)
        {
            Node frame = _stack[k];
            if (frame.ChildSample is null)
            {
                continue;
            }

            foreach (KeyValuePair<string, SampleNode> property in frame.ChildSample.Properties)
            {
                if (property.Value.Text is { } text && string.Equals(text.Trim(), example, StringComparison.Ordinal) && !frame.HasChild(property.Key))
                {
                    return row with { Name = property.Key };
                }
            }
        }

        _diagnostics.Add(DiagnosticIds.MalformedRow, "A table row has no parameter name; the row is skipped.", row.Location);
        return null;
    }

    // ROA pages often show as the sample only what their |Result|Struct| holds, without RequestId:
    // {"name": ..., "status": ...} for |Result|, then |name|, |status|.
    private SampleNode? ResultBody(Node parent, SpecRow row)
    {
        if (!_xmlShaped && parent == _root && row.Type.Kind == TypeCellKind.Object && !row.Type.IsMap && _sample is { Kind: SampleNodeKind.Object } sample
            && sample.Get("RequestId") is null && !_root.HasChild(row.Name) && !_containers.Exists(c => c.Parent == _root))
        {
            SampleShowsOnly = row.Name;
            return sample;
        }

        return null;
    }

    // The wrapper row names the list's item: the item type the Type cell gives, the element the sample wraps
    // the items in, or the list's singular (CertInfos / CertInfo, Policies / Policy).
    private bool IsItemWrapperRow(Node list, string name)
    {
        if (list.Row!.Type.ItemTypeName is { } itemName)
        {
            return string.Equals(itemName, Identifier.Pascal(name), StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(SampleItemWrapper(list.ValueSample, list.Row.Name), name, StringComparison.OrdinalIgnoreCase)
            || (list.IsList || list.ValueSample is null) && ItemNames.IsSingularOf(name, list.Row.Name);
    }

    // The XML item element of an RPC sample: an object whose only property is an array, or, where an XML sample
    // shows one item (<KeyPairs><KeyPair>...</KeyPair></KeyPairs>), is named as the list's singular.
    private string? SampleItemWrapper(SampleNode? value, string listName) =>
        _xmlShaped && value is { Kind: SampleNodeKind.Object, Properties.Count: 1 }
            && (value.Properties[0].Value.Kind == SampleNodeKind.Array || ItemNames.IsSingularOf(value.Properties[0].Key, listName))
            ? value.Properties[0].Key
            : null;

    private Node ChooseParent(SpecRow row, bool treeMarks, Node root)
    {
        if ((treeMarks && !row.HasTreeMark) || (!row.HasTreeMark && string.Equals(row.Name, "RequestId", StringComparison.OrdinalIgnoreCase) && root == _root))
        {
            return Truncate(0);
        }

        int lowest = treeMarks ? 1 : 0;
        Node last = _stack[_stack.Count - 1];
        // (Unless the sample shows the container, only empty, and the row's name where an outer container has it.)
        if (_stack.Count > 1 && last.Children.Count == 0 && last.ChildSample is null && !treeMarks
            && !(last.ValueSample is not null && KnownBelow(_stack.Count - 1, row.Name)))
        {
            // A container the samples do not show, just opened: flattened tables list its fields right after it.
            // Where its fields end is a guess when the page has no sample at all.
            if (_sample is null && _reportedGuess.Add(last))
            {
                _diagnostics.Add(
                    DiagnosticIds.AmbiguousNesting,
                    "Neither the table nor a sample response shows where the fields of '" + last.Row!.Name + "' end; the rows after it up to the next container are read as its fields.",
                    last.Row.Location);
            }

            return last;
        }

        for (int k = _stack.Count - 1; k >= lowest; k--)
        {
            Node frame = _stack[k];
            if (frame.HasChild(row.Name))
            {
                // An object has each name once: a second AttachedTime belongs to a deeper item, not here.
                continue;
            }

            if (frame.ChildSample is not null)
            {
                if (frame.ChildSample.Get(row.Name) is not null)
                {
                    return Truncate(k);
                }

                continue;
            }

            // The sample does not show this container's contents. The row is its child unless an outer
            // container's sample has the name.
            // (Unless the sample lacks this container altogether and the table lists the name again further down:
            // that later row is the outer container's, this one the field of a nested item with the same name, as
            // Price and its DetailInfos, missing from an older sample, both have TradePrice.)
            if (KnownBelow(k, row.Name) && !(frame.ValueSample is null && _ahead[row.Name] > 0))
            {
                continue;
            }

            if (frame == root && k == 0)
            {
                return Truncate(0);
            }

            bool anyKnown = _sample is not null;
            if (!anyKnown && row.Type.IsContainer && k > 0)
            {
                // Nothing tells: a container row after a container is read as its sibling.
                return Truncate(k - 1);
            }

            int ordered = ByName(k, row.Name);
            if (ordered < k)
            {
                return Truncate(ordered);
            }

            if (!anyKnown && _reportedGuess.Add(frame))
            {
                _diagnostics.Add(
                    DiagnosticIds.AmbiguousNesting,
                    "Neither the table nor a sample response shows where the fields of '" + frame.Row!.Name + "' end; the rows after it up to the next container are read as its fields.",
                    frame.Row.Location);
            }

            return Truncate(k);
        }

        if (!treeMarks && Unlisted(row) is { } unlisted)
        {
            return unlisted;
        }

        // No sample has this name: it stays with the container it follows, as flattened tables list it, unless
        // the table's name order closes that container.
        if (ByName(_stack.Count - 1, row.Name) is int outer && outer < _stack.Count - 1)
        {
            return Truncate(outer);
        }

        Node top = _stack[_stack.Count - 1];
        if (treeMarks && _stack.Count == 1)
        {
            return top;
        }

        if (top != root && _sample is not null)
        {
            _diagnostics.Add(
                DiagnosticIds.NotInSample,
                "'" + row.Name + "' is not in the sample response; it is read as a field of '" + top.Row!.Name + "', the container it follows.",
                row.Location);
        }

        return top;
    }

    /// <summary>
    /// A row that no open container's sample has, where the sample shows it in the items of a list the table never
    /// lists (|KeyId| alone, the sample <c>{"Keys": {"Key": [{"KeyId": ...}]}}</c>): the lists are added as the
    /// sample shows them, and the row is read as their items' field. Null when the sample has no such place.
    /// </summary>
    private Node? Unlisted(SpecRow row)
    {
        for (int k = _stack.Count - 1; k >= 0; k--)
        {
            var path = new List<(string Name, string? Wrapper, SampleNode Item)>();
            if (_stack[k].ChildSample is { Kind: SampleNodeKind.Object } shown && FindUnlisted(shown, row.Name, path, depth: 0))
            {
                Node parent = Truncate(k);
                foreach ((string name, string? wrapper, SampleNode item) in path)
                {
                    var added = new SpecRow(name, new TypeCell(TypeCellKind.List, ScalarKind.String, null, true), string.Empty, false, false, DocComment.None, row.Location);
                    Node node = Take(added, parent);
                    node.IsContainer = true;
                    node.IsList = true;
                    node.ItemWrapper = wrapper;
                    node.ValueSample = parent.ChildSample!.Get(name);
                    node.ChildSample = item;
                    node.FromSample = true;
                    parent.AddChild(node);
                    _stack.Add(node);
                    _containers.Add(node);
                    parent = node;
                }

                return parent;
            }
        }

        return null;
    }

    // Depth-first through the containers of the sample the table has no row for; path gets those leading to name.
    private bool FindUnlisted(SampleNode shown, string name, List<(string Name, string? Wrapper, SampleNode Item)> path, int depth)
    {
        if (depth > 2)
        {
            return false;
        }

        // Members, not Properties: the scalars (most members) are passed over by kind, without cutting out their names.
        foreach (SampleNode value in shown.Members)
        {
            if (value.Kind is not (SampleNodeKind.Object or SampleNodeKind.Array) || _ahead.ContainsKey(value.Name!))
            {
                continue;
            }

            // Lists only: an object the table leaves out is as often an envelope of the sample's own (DomainLogModel).
            string key = value.Name!;
            string? wrapper = SampleItemWrapper(value, key);
            if ((wrapper is null && value.Kind != SampleNodeKind.Array) || value.Element(wrapper) is not { Kind: SampleNodeKind.Object } item)
            {
                continue;
            }

            path.Add((key, value.Kind == SampleNodeKind.Array ? null : wrapper, item));
            if (item.Get(name) is not null || FindUnlisted(item, name, path, depth + 1))
            {
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }

    /// <summary>
    /// Where a row the samples do not place goes in a table sorted by name (<see cref="_order"/>): a name that
    /// sorts before the last field of the container at <paramref name="k"/> cannot follow it there, so the row
    /// closes that container and belongs to the first one out whose last field it sorts after. Returns
    /// <paramref name="k"/> when the order says nothing (or nothing fits).
    /// </summary>
    private int ByName(int k, string name)
    {
        if (_order is null)
        {
            return k;
        }

        int j = k;
        while (j > 0 && SortsBeforeLast(_stack[j], name, _order))
        {
            j--;
        }

        return j < k && !SortsBeforeLast(_stack[j], name, _order) ? j : k;
    }

    private static bool SortsBeforeLast(Node frame, string name, StringComparer order) =>
        frame.Children.Count > 0 && order.Compare(name, frame.Children[frame.Children.Count - 1].Row!.Name) <= 0;

    /// <summary>
    /// Whether the rows list each object's fields in name order, as the newer pages do (a list, its items' fields
    /// A to Z, then the parent's next field). Read that way, every row must fit: after the last field of the
    /// container it follows, or, closing containers, after the last field of one further out. A row that fits
    /// nowhere (|Protocol| then |Port| in one list) shows a table in some other order. Item-wrapper rows and
    /// RequestId (placed first or last at will) are left out.
    /// </summary>
    private static bool SortedByName(List<SpecRow> rows, StringComparer order)
    {
        // The last field name at each open level; null in a container just opened. The thread's list: the order is
        // asked of every table, twice.
        List<string?> levels = SpareLevels ??= new List<string?>();
        levels.Clear();
        levels.Add(null);
        int fields = 0, containers = 0;
        SpecRow? previous = null;
        foreach (SpecRow row in rows)
        {
            bool wrapper = row.Type.Kind == TypeCellKind.Unspecified && previous is not null && previous.Type.IsContainer;
            previous = row;
            if (wrapper || row.Name.Length == 0 || string.Equals(row.Name, "RequestId", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            while (levels[levels.Count - 1] is { } last && order.Compare(row.Name, last) <= 0)
            {
                if (levels.Count == 1)
                {
                    return false;
                }

                levels.RemoveAt(levels.Count - 1);
            }

            levels[levels.Count - 1] = row.Name;
            fields++;
            if (row.Type.IsContainer)
            {
                containers++;
                levels.Add(null);
            }
        }

        return containers > 0 && fields >= 4;
    }

    private bool KnownBelow(int k, string name)
    {
        for (int i = k - 1; i >= 0; i--)
        {
            if (_stack[i].ChildSample?.Get(name) is not null && !_stack[i].HasChild(name))
            {
                return true;
            }
        }

        return false;
    }

    private Node Truncate(int k)
    {
        _stack.RemoveRange(k + 1, _stack.Count - k - 1);
        return _stack[k];
    }

    private void ClassifyShape(Node node)
    {
        SpecRow row = node.Row!;
        SampleNodeKind? sampled = node.ValueSample?.Kind;
        if (row.Type.Kind is TypeCellKind.Unspecified or TypeCellKind.Object or TypeCellKind.Linked && SampleItemWrapper(node.ValueSample, row.Name) is { } wrapper
            && (row.Type.Kind == TypeCellKind.Linked || node.ValueSample!.Element(wrapper) is { Kind: not SampleNodeKind.Object }))
        {
            // {"Ips":{"Ip":["192.0.2.1"]}}: a list of scalars in its XML item element, no item rows follow; or a
            // linked type whose fields a sub-table gives, the sample wrapping its items ({"Data":{"TaskInfo":[...]}}).
            node.IsContainer = true;
            node.IsList = true;
            node.ItemWrapper = wrapper;
            return;
        }

        switch (row.Type.Kind)
        {
            case TypeCellKind.List:
                node.IsList = true;

                // |RdmaIpAddress|List|10.10.10.102|: an untyped list whose example shows plain values, and no sample
                // (or an empty one) to say otherwise, holds scalars; no field rows follow it.
                node.IsContainer = !(row.Type.ItemTypeName is null && (sampled is null || node.ValueSample!.Element(null) is null) && IsPlainValue(row.Doc.Example));
                break;
            case TypeCellKind.Object when row.Type.IsMap:
                // |esConfig|Map|: keys that are data ("http.cors.allow-credentials"), read as the object's JSON text,
                // as the metadata's free-form objects are; rows after it are never its fields.
                break;
            case TypeCellKind.Object:
                node.IsContainer = true;
                node.IsList = sampled == SampleNodeKind.Array;
                break;
            case TypeCellKind.Linked:
            case TypeCellKind.Unspecified:
                node.IsContainer = sampled is null or SampleNodeKind.Object or SampleNodeKind.Array;
                node.IsList = sampled == SampleNodeKind.Array;
                break;
            case TypeCellKind.Scalar when !row.Type.IsRecognized:
                _diagnostics.Add(
                    DiagnosticIds.UnknownType,
                    "The type '" + row.TypeText + "' of '" + row.Name + "' is not a known type; " + (sampled is SampleNodeKind.Object or SampleNodeKind.Array ? "the sample response shows a " + (sampled == SampleNodeKind.Array ? "list" : "structure") + "." : "it is read as a string."),
                    row.Location);
                node.IsContainer = sampled is SampleNodeKind.Object or SampleNodeKind.Array;
                node.IsList = sampled == SampleNodeKind.Array;
                break;
        }
    }

    private static bool LooksPlural(string name) =>
        (name.EndsWith("s", StringComparison.Ordinal) && !name.EndsWith("ss", StringComparison.Ordinal) && !name.EndsWith("us", StringComparison.Ordinal) && !name.EndsWith("is", StringComparison.Ordinal))
        || name.EndsWith("List", StringComparison.Ordinal) || name.EndsWith("Set", StringComparison.Ordinal);

    private static bool DescribesList(string summary) =>
        summary.StartsWith("List of", StringComparison.OrdinalIgnoreCase) || summary.StartsWith("The list of", StringComparison.OrdinalIgnoreCase)
        || summary.StartsWith("A list of", StringComparison.OrdinalIgnoreCase) || summary.StartsWith("An array of", StringComparison.OrdinalIgnoreCase)
        || summary.IndexOf("in array format", StringComparison.OrdinalIgnoreCase) >= 0;

    // A value, or values (["d1", "d1ne"], "SupportedValue": ["Stop"]), with no object in it.
    private static bool IsPlainValue(string? example) =>
        example is { Length: > 0 } && example.Trim() is { Length: > 0 } text && text[0] != '<' && text != "-" && text.IndexOf('{') < 0;

    private EquatableArray<ResponseField> BuildChildren(Node parent, string className)
    {
        HashSet<string> taken = TakenNames.Rent(className, "Read");
        string owner = parent.Row is null ? "the response" : "'" + parent.Row.Name + "'";
        List<Node> kept = DuplicateNames.Keep(parent.Children, c => c.Row!.Name, c => c.Row!.Doc, c => c.Row!.Location, owner, _diagnostics);
        foreach (Node child in kept)
        {
            SpecRow row = child.Row!;
            string property = Identifier.Pascal(row.Name);
            if (property == className)
            {
                property += "Value";
            }

            child.Property = Identifier.Unique(property, taken);
        }

        // One element per entry: built in place, no list copied into the array at the end.
        ImmutableArray<ResponseField>.Builder fields = ImmutableArray.CreateBuilder<ResponseField>(kept.Count);
        foreach (Node node in kept)
        {
            SpecRow row = node.Row!;
            string property = node.Property!;
            if (!node.IsList && row.Type.Kind == TypeCellKind.Unspecified && node.ValueSample is null && DescribesList(row.Doc.Summary))
            {
                // |Value| | "List of access proportion data ...", |SubjectAlternativeNames| | "... returned in array
                // format": with the type left blank and no sample, the description is all that says it is a list.
                node.IsList = true;
            }

            if (node.IsContainer && node.Children.Count > 0)
            {
                if (!node.IsList && _xmlShaped && row.Type.Kind == TypeCellKind.Unspecified && node.ValueSample is null && LooksPlural(row.Name))
                {
                    // |AclEntrys| | with └ fields and no sample to tell: RPC pages leave the type of lists blank and
                    // name them in the plural, objects in the singular (|AssociatedPublicIp| |).
                    node.IsList = true;
                }

                string baseName = node.IsList
                    ? (node.ItemWrapper is not null ? Identifier.Pascal(node.ItemWrapper) : row.Type.ItemTypeName ?? property + "Item")
                    : row.Type.Kind == TypeCellKind.Linked && row.Type.ItemTypeName is not null ? row.Type.ItemTypeName : ObjectTypeName(property);
                string typeName = Identifier.Unique(baseName, taken);
                fields.Add(new ResponseField(
                    row.Name,
                    property,
                    node.IsList ? ValueShape.ObjectList : ValueShape.Object,
                    ScalarKind.String,
                    row.Doc,
                    typeName,
                    node.ItemWrapper,
                    BuildChildren(node, typeName),
                    row.Location));
            }
            else if (node.IsList || row.Type.Kind == TypeCellKind.ScalarList)
            {
                fields.Add(new ResponseField(row.Name, property, ValueShape.ScalarList, row.Type.Scalar, row.Doc, null, node.ItemWrapper, EquatableArray<ResponseField>.Empty, row.Location));
            }
            else
            {
                fields.Add(new ResponseField(row.Name, property, ValueShape.Scalar, node.IsContainer ? ScalarKind.String : row.Type.Scalar, row.Doc, null, null, EquatableArray<ResponseField>.Empty, row.Location));
            }
        }

        TakenNames.Return(taken);
        return new EquatableArray<ResponseField>(fields.MoveToImmutable());
    }

    // CurrentPageCursor -> CurrentPageCursorInfo; OIDCTokenInfo -> OIDCTokenInfoData, not ...InfoInfo.
    private static string ObjectTypeName(string property) =>
        property.EndsWith("Info", StringComparison.Ordinal) ? property + "Data" : property + "Info";

    private sealed class Node
    {
        public Node(SpecRow? row, Node? parent)
        {
            Row = row;
            Parent = parent;
        }

        public SpecRow? Row { get; private set; }

        public Node? Parent { get; private set; }

        // Most rows are scalars: a node's list is made with its first child, the others share an empty one.
        private static readonly List<Node> NoChildren = new(0);

        private List<Node>? _children;

        /// <summary>The children, read only: add with <see cref="AddChild"/>.</summary>
        public List<Node> Children => _children ?? NoChildren;

        /// <summary>The property name the field gets in its class (set while the class is built).</summary>
        public string? Property { get; set; }

        public bool IsContainer { get; set; }

        public bool IsList { get; set; }

        public string? ItemWrapper { get; set; }

        public SampleNode? ValueSample { get; set; }

        public SampleNode? ChildSample { get; set; }

        // A list the sample shows and the table does not list (see Unlisted).
        public bool FromSample { get; set; }

        /// <summary>The node as new, for another row: its child list is kept, emptied.</summary>
        public void Reset(SpecRow? row, Node? parent)
        {
            Row = row;
            Parent = parent;
            _children?.Clear();
            Property = null;
            IsContainer = false;
            IsList = false;
            ItemWrapper = null;
            ValueSample = null;
            ChildSample = null;
            FromSample = false;
        }

        public void AddChild(Node child) => (_children ??= new List<Node>()).Add(child);

        public bool HasChild(string name)
        {
            foreach (Node child in Children)
            {
                if (string.Equals(child.Row!.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

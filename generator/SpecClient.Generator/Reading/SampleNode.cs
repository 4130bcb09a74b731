using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// A sample response as a tree of names: what the nesting of flattened response tables is resolved
/// against. Names compare ignoring case: samples use camelCase where tables use PascalCase.
/// </summary>
/// <remarks>
/// Built for a page read's speed (every page's sample is read, most of it only compared against the tables):
/// a JSON node points into the sample's text and cuts its name and text out only when asked
/// (<see cref="Name"/>, <see cref="Text"/>; <see cref="Get"/> and <see cref="IsNamed"/> compare in place), an
/// object's member carries its own name, so an object's members are nodes like an array's items, and both are
/// kept in one array of the exact size.
/// </remarks>
internal sealed class SampleNode
{
    private static readonly SampleNode[] None = System.Array.Empty<SampleNode>();

    // The JSON text the name and text spans point into; null for XML nodes and for names and texts given whole.
    private readonly string? _source;
    private int _nameStart;
    private int _nameLength;
    private string? _name;
    private int _textStart;
    private int _textLength;
    private string? _text;
    private SampleNode[] _children = None;

    private SampleNode(SampleNodeKind kind, string? source)
    {
        Kind = kind;
        _source = source;
    }

    public SampleNodeKind Kind { get; }

    /// <summary>
    /// Where the value starts in the sample text (for an object's member, where its name starts): what a
    /// diagnostic about the sample points at. 0 for samples that do not track it (XML).
    /// </summary>
    public int Offset { get; set; }

    /// <summary>The member's name, as an object holds it; null for an array's item and for the root.</summary>
    public string? Name => _name ??= _nameLength == 0 || _source is null ? null : _source.Substring(_nameStart, _nameLength);

    /// <summary>A string's or number's text as written; null for other kinds and for XML values.</summary>
    public string? Text => _text ??= _textLength == 0 || _source is null ? null : _source.Substring(_textStart, _textLength);

    /// <summary>An object's members, as name and value (none for other kinds).</summary>
    public SampleProperties Properties => new(Kind == SampleNodeKind.Object ? _children : None);

    /// <summary>An object's members, which carry their names (none for other kinds): for readers that compare names in place.</summary>
    public SampleItems Members => new(Kind == SampleNodeKind.Object ? _children : None);

    /// <summary>An array's items (none for other kinds).</summary>
    public SampleItems Items => new(Kind == SampleNodeKind.Array ? _children : None);

    public static SampleNode Object(SampleNode[] members) => new(SampleNodeKind.Object, null) { _children = members };

    public static SampleNode Array(SampleNode[] items) => new(SampleNodeKind.Array, null) { _children = items };

    public static SampleNode Scalar(SampleNodeKind kind) => new(kind, null);

    /// <summary>
    /// A JSON value; a string's or number's text is <paramref name="source"/>[start..start+length), or
    /// <paramref name="text"/> when given (a string with escapes, given decoded).
    /// </summary>
    internal static SampleNode Json(SampleNodeKind kind, string source, int textStart = 0, int textLength = 0, string? text = null) =>
        new(kind, source)
        {
            _textStart = textStart,
            _textLength = textLength,
            _text = text ?? (textLength == 0 && kind is SampleNodeKind.String or SampleNodeKind.Number ? string.Empty : null),
        };

    /// <summary>A JSON object or array of these members or items.</summary>
    internal static SampleNode Json(SampleNodeKind kind, string source, SampleNode[] children) =>
        new(kind, source) { _children = children };

    /// <summary>Names this node as an object's member: <paramref name="source"/>[start..start+length), or <paramref name="name"/> when given.</summary>
    internal void SetName(int start, int length, string? name)
    {
        _nameStart = start;
        _nameLength = length;
        _name = name ?? (length == 0 ? string.Empty : null);
    }

    /// <summary>Names an XML node (the element's local name).</summary>
    internal void SetName(string name) => _name = name;

    /// <summary>True when the member's name is <paramref name="name"/>, ignoring case; compared in place.</summary>
    public bool IsNamed(string name)
    {
        if (_name is not null || _source is null)
        {
            return string.Equals(_name, name, StringComparison.OrdinalIgnoreCase);
        }

        // The length first: Get asks this of every member of an object for each row of a table, and most differ in length.
        return _nameLength == name.Length && _source.AsSpan(_nameStart, _nameLength).Equals(name.AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A string's or number's text as a span, without making a string of it (empty where <see cref="Text"/> is null).</summary>
    public ReadOnlySpan<char> TextSpan => _text is not null || _source is null ? _text.AsSpan() : _source.AsSpan(_textStart, _textLength);

    /// <summary>The member's name as a span, without making a string of it.</summary>
    public ReadOnlySpan<char> NameSpan => _name is not null || _source is null ? _name.AsSpan() : _source.AsSpan(_nameStart, _nameLength);

    public SampleNode? Get(string name)
    {
        if (Kind != SampleNodeKind.Object)
        {
            return null;
        }

        foreach (SampleNode member in _children)
        {
            if (member.IsNamed(name))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>
    /// What one element of a list looks like: the union of the array's objects, or, for the XML-shaped
    /// wrapper <c>{"Item": [...]}</c> or <c>{"Item": {...}}</c>, of the wrapped ones. Null when the sample
    /// shows no element (an empty array).
    /// </summary>
    public SampleNode? Element(string? wrapper)
    {
        switch (Kind)
        {
            case SampleNodeKind.Array:
                return Union(_children);
            case SampleNodeKind.Object:
                SampleNode? wrapped = wrapper is null ? null : Get(wrapper);
                if (wrapped is null && _children.Length == 1 && _children[0].Kind is SampleNodeKind.Array)
                {
                    wrapped = _children[0];
                }

                if (wrapped is not null)
                {
                    return wrapped.Kind == SampleNodeKind.Array ? Union(wrapped._children) : wrapped;
                }

                return this;
            default:
                return null;
        }
    }

    private static SampleNode? Union(SampleNode[] items)
    {
        if (items.Length == 0)
        {
            return null;
        }

        if (items[0].Kind != SampleNodeKind.Object)
        {
            return items[0];
        }

        // One object with no name twice: it is its own union (the same members in the same order).
        if (items.Length == 1 && !HasRepeatedName(items[0]._children))
        {
            return items[0];
        }

        var members = new List<SampleNode>(items[0]._children.Length);
        foreach (SampleNode item in items)
        {
            // An array's items are no members (a list among the objects adds nothing, as before).
            if (item.Kind != SampleNodeKind.Object)
            {
                continue;
            }

            foreach (SampleNode member in item._children)
            {
                if (!HasMemberNamed(members, member.NameSpan))
                {
                    members.Add(member);
                }
            }
        }

        return Object(members.ToArray());
    }

    private static bool HasRepeatedName(SampleNode[] members)
    {
        for (int i = 1; i < members.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (members[j].NameSpan.Equals(members[i].NameSpan, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasMemberNamed(List<SampleNode> members, ReadOnlySpan<char> name)
    {
        foreach (SampleNode member in members)
        {
            if (member.NameSpan.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The kinds of sample values.</summary>
internal enum SampleNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

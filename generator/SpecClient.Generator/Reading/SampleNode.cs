using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// A sample response as a tree of names: what the nesting of flattened response tables is resolved
/// against. Names compare ignoring case: samples use camelCase where tables use PascalCase.
/// </summary>
internal sealed class SampleNode
{
    private SampleNode(SampleNodeKind kind)
    {
        Kind = kind;
    }

    public SampleNodeKind Kind { get; }

    /// <summary>
    /// Where the value starts in the sample text (for an object's member, where its name starts): what a
    /// diagnostic about the sample points at. 0 for samples that do not track it (XML).
    /// </summary>
    public int Offset { get; set; }

    /// <summary>A string's or number's text as written; null for other kinds.</summary>
    public string? Text { get; private set; }

    // Made on first use: most nodes of a sample are strings and numbers, which never have either.
    private List<KeyValuePair<string, SampleNode>>? _properties;
    private List<SampleNode>? _items;

    public List<KeyValuePair<string, SampleNode>> Properties => _properties ??= new();

    public List<SampleNode> Items => _items ??= new();

    public static SampleNode Object() => new(SampleNodeKind.Object);

    public static SampleNode Array() => new(SampleNodeKind.Array);

    public static SampleNode Scalar(SampleNodeKind kind, string? text = null) => new(kind) { Text = text };

    public SampleNode? Get(string name)
    {
        if (_properties is null)
        {
            return null;
        }

        foreach (KeyValuePair<string, SampleNode> property in _properties)
        {
            if (string.Equals(property.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
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
                return Union(Items);
            case SampleNodeKind.Object:
                SampleNode? wrapped = wrapper is null ? null : Get(wrapper);
                if (wrapped is null && Properties.Count == 1 && Properties[0].Value.Kind is SampleNodeKind.Array)
                {
                    wrapped = Properties[0].Value;
                }

                if (wrapped is not null)
                {
                    return wrapped.Kind == SampleNodeKind.Array ? Union(wrapped.Items) : wrapped;
                }

                return this;
            default:
                return null;
        }
    }

    private static SampleNode? Union(List<SampleNode> items)
    {
        if (items.Count == 0)
        {
            return null;
        }

        if (items[0].Kind != SampleNodeKind.Object)
        {
            return items[0];
        }

        var union = Object();
        foreach (SampleNode item in items)
        {
            foreach (KeyValuePair<string, SampleNode> property in item.Properties)
            {
                if (union.Get(property.Key) is null)
                {
                    union.Properties.Add(property);
                }
            }
        }

        return union;
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

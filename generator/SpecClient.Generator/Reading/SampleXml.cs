using System;
using System.Collections.Generic;
using System.Xml;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Reads a doc page's XML sample into a <see cref="SampleNode"/> tree (repeated elements become arrays).
/// Samples often lack a single root or carry an XML declaration, so the text is wrapped first.
/// </summary>
/// <remarks>
/// Read straight from an <see cref="XmlReader"/>, with no XElement tree in between: element names come from the
/// reader's name table (one string per name), and only elements, which are all the tree keeps, become nodes.
/// </remarks>
internal static class SampleXml
{
    private const string RootName = "sample-root";

    public static SampleNode? TryParse(string text) => TryParse(text.AsMemory());

    /// <summary>Reads the sample from <paramref name="text"/>, a slice of a code block's text, in place.</summary>
    public static SampleNode? TryParse(ReadOnlyMemory<char> text)
    {
        ReadOnlyMemory<char> body = TextSlice.Trimmed(text);
        if (body.Span.StartsWith("<?xml".AsSpan()))
        {
            int end = body.Span.IndexOf("?>".AsSpan());
            body = end < 0 ? ReadOnlyMemory<char>.Empty : body.Slice(end + 2);
        }

        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
            using var reader = XmlReader.Create(new WrappedText(body, "<" + RootName + ">", "</" + RootName + ">"), settings);
            reader.MoveToContent();
            var pending = new List<SampleNode>();
            int first = ReadChildren(reader, pending);

            // Read to the end, as XElement.Load did: a sample that closes the wrapper itself and goes on is no XML.
            reader.MoveToContent();

            // The operation's own root (<DescribeThingsResponse>): the service's fields are what it holds.
            if (pending.Count - first == 1 && pending[first].Name!.EndsWith("Response", StringComparison.OrdinalIgnoreCase) && pending[first].Kind == SampleNodeKind.Object)
            {
                return pending[first];
            }

            return Element(pending, first);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    // Reads the children of the element the reader is on, through its end tag; their nodes, named, are left in
    // pending from the returned index on.
    private static int ReadChildren(XmlReader reader, List<SampleNode> pending)
    {
        int first = pending.Count;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return first;
        }

        int depth = reader.Depth;
        if (!reader.Read())
        {
            return first;
        }

        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                string name = reader.LocalName;
                SampleNode child = Element(pending, ReadChildren(reader, pending));
                child.SetName(name);
                pending.Add(child);
            }
            else if (!reader.Read())
            {
                return first;
            }
        }

        reader.Read();
        return first;
    }

    // The node of an element whose children's nodes are pending from first on (they leave the list): a string
    // without child elements, else an object whose members are the children grouped by name, ignoring case, in
    // the order each name first appears (a repeated name is an array of the elements, named as the first is).
    private static SampleNode Element(List<SampleNode> pending, int first)
    {
        int count = pending.Count - first;
        if (count == 0)
        {
            return SampleNode.Scalar(SampleNodeKind.String);
        }

        var members = new List<SampleNode>(count);
        var repeated = new List<SampleNode>();
        for (int i = first; i < pending.Count; i++)
        {
            string name = pending[i].Name!;
            if (Seen(pending, first, i, name))
            {
                continue;
            }

            repeated.Clear();
            for (int j = i; j < pending.Count; j++)
            {
                if (string.Equals(pending[j].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    repeated.Add(pending[j]);
                }
            }

            if (repeated.Count == 1)
            {
                members.Add(pending[i]);
            }
            else
            {
                SampleNode array = SampleNode.Array(repeated.ToArray());
                array.SetName(name);
                members.Add(array);
            }
        }

        pending.RemoveRange(first, count);
        return SampleNode.Object(members.ToArray());
    }

    private static bool Seen(List<SampleNode> pending, int first, int before, string name)
    {
        for (int i = first; i < before; i++)
        {
            if (string.Equals(pending[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

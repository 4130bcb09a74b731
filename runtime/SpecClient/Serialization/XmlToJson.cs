using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace SpecClient.Serialization;

/// <summary>
/// Turns an Alibaba Cloud XML answer into the JSON the service would have sent for <c>Format=JSON</c>, so the
/// generated readers (built from <see cref="JsonRead"/>) read both. No reflection, no schema: the shape follows
/// the document.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The root element (<c>&lt;XResponse&gt;</c>, <c>&lt;Error&gt;</c>) is dropped: its children are the JSON
/// object. A fragment without a root (as some doc pages show) reads the same.</item>
/// <item>An element with child elements is an object; sibling elements of the same name, adjacent or not, become
/// one array in the place of the first. So both wrapper shapes read into lists:
/// <c>&lt;Instances&gt;&lt;Instance/&gt;&lt;Instance/&gt;&lt;/Instances&gt;</c> gives <c>{"Instances":{"Instance":[..]}}</c>
/// and repeated <c>&lt;failList&gt;</c> elements give <c>{"failList":[..]}</c>; a single one is an object, which
/// <see cref="JsonRead.List{T}"/> accepts as a one-item list.</item>
/// <item>Text is a JSON string (the readers take numbers and booleans as strings); an element with no text or
/// only whitespace is null (an empty list, a null object or value). Attributes and namespaces are ignored.</item>
/// </list>
/// DTDs are refused (no entity expansion) and nesting is limited to <see cref="MaxDepth"/>, the depth
/// <see cref="Utf8JsonReader"/> accepts by default.
/// </remarks>
internal static class XmlToJson
{
    public const int MaxDepth = 63;

    private static readonly XmlReaderSettings s_settings = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>True when the body (after a byte-order mark and whitespace) starts like markup.</summary>
    public static bool LooksLikeXml(ReadOnlySpan<byte> body)
    {
        body = Utf8Bom.Skip(body);
        foreach (byte b in body)
        {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n')
            {
                continue;
            }

            return b == '<';
        }

        return false;
    }

    /// <summary>Converts <paramref name="count"/> bytes of XML at <paramref name="offset"/> to UTF-8 JSON.</summary>
    /// <exception cref="XmlException">The body is not well-formed XML, has a DTD, no element, or nests too deep.</exception>
    public static byte[] Convert(byte[] xml, int offset, int count)
    {
        Element root = Parse(xml, offset, count);
        Element top = root.Groups is { Count: 1 } groups && groups[0].More is null && groups[0].First.Groups is not null
            ? groups[0].First
            : root;
        if (top.Groups is null)
        {
            throw new XmlException("The XML body has no element.");
        }

        using var output = new MemoryStream(Math.Max(256, count));
        using (var writer = new Utf8JsonWriter(output))
        {
            WriteObject(writer, top);
        }

        return output.ToArray();
    }

    private static Element Parse(byte[] xml, int offset, int count)
    {
        var root = new Element(string.Empty);
        var open = new Stack<Element>();
        open.Push(root);
        using var reader = XmlReader.Create(new MemoryStream(xml, offset, count, writable: false), s_settings);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var element = new Element(reader.LocalName);
                    open.Peek().Add(element);
                    if (!reader.IsEmptyElement)
                    {
                        if (open.Count > MaxDepth)
                        {
                            throw new XmlException("The XML body nests deeper than " + MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " elements.");
                        }

                        open.Push(element);
                    }

                    break;
                case XmlNodeType.EndElement:
                    open.Pop();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    open.Peek().AppendText(reader.Value);
                    break;
            }
        }

        return root;
    }

    private static void WriteObject(Utf8JsonWriter writer, Element element)
    {
        writer.WriteStartObject();
        foreach (Group group in element.Groups!)
        {
            writer.WritePropertyName(group.Name);
            if (group.More is null)
            {
                WriteValue(writer, group.First);
            }
            else
            {
                writer.WriteStartArray();
                WriteValue(writer, group.First);
                foreach (Element item in group.More)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, Element element)
    {
        if (element.Groups is not null)
        {
            WriteObject(writer, element);
        }
        else if (element.Text is { } text && !IsWhitespace(text))
        {
            writer.WriteStringValue(text);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static bool IsWhitespace(string text)
    {
        foreach (char c in text)
        {
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An element: its text, or its children grouped by name in the order names first appear.</summary>
    private sealed class Element
    {
        // Past this many distinct child names, a dictionary finds the group instead of a scan.
        private const int IndexThreshold = 8;

        private StringBuilder? _text;
        private string? _firstText;
        private Dictionary<string, Group>? _index;

        public Element(string name)
        {
            Name = name;
        }

        public string Name { get; }

        public List<Group>? Groups { get; private set; }

        public string? Text => _text?.ToString() ?? _firstText;

        public void Add(Element child)
        {
            Groups ??= new List<Group>(4);
            Group? group = Find(child.Name);
            if (group is null)
            {
                group = new Group(child.Name, child);
                Groups.Add(group);
                if (_index is not null)
                {
                    _index[child.Name] = group;
                }
                else if (Groups.Count > IndexThreshold)
                {
                    _index = new Dictionary<string, Group>(StringComparer.Ordinal);
                    foreach (Group existing in Groups)
                    {
                        _index[existing.Name] = existing;
                    }
                }
            }
            else
            {
                (group.More ??= new List<Element>()).Add(child);
            }
        }

        public void AppendText(string value)
        {
            if (_firstText is null)
            {
                _firstText = value;
            }
            else
            {
                _text ??= new StringBuilder(_firstText);
                _text.Append(value);
            }
        }

        private Group? Find(string name)
        {
            if (_index is not null)
            {
                return _index.TryGetValue(name, out Group? found) ? found : null;
            }

            foreach (Group group in Groups!)
            {
                if (string.Equals(group.Name, name, StringComparison.Ordinal))
                {
                    return group;
                }
            }

            return null;
        }
    }

    /// <summary>The children of one name: the first, and any more (which make it an array).</summary>
    private sealed class Group
    {
        public Group(string name, Element first)
        {
            Name = name;
            First = first;
        }

        public string Name { get; }

        public Element First { get; }

        public List<Element>? More { get; set; }
    }
}

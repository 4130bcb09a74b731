using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Reads a doc page's XML sample into a <see cref="SampleNode"/> tree (repeated elements become arrays).
/// Samples often lack a single root or carry an XML declaration, so the text is wrapped first.
/// </summary>
internal static class SampleXml
{
    public static SampleNode? TryParse(string text)
    {
        string body = text.Trim();
        if (body.StartsWith("<?xml", StringComparison.Ordinal))
        {
            int end = body.IndexOf("?>", StringComparison.Ordinal);
            body = end < 0 ? string.Empty : body.Substring(end + 2);
        }

        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new System.IO.StringReader("<sample-root>" + body + "</sample-root>"), settings);
            XElement root = XElement.Load(reader);
            List<XElement> children = root.Elements().ToList();
            if (children.Count == 1 && children[0].Name.LocalName.EndsWith("Response", StringComparison.OrdinalIgnoreCase) && children[0].HasElements)
            {
                root = children[0];
            }

            return Convert(root);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static SampleNode Convert(XElement element)
    {
        if (!element.HasElements)
        {
            return SampleNode.Scalar(SampleNodeKind.String);
        }

        var node = SampleNode.Object();
        foreach (IGrouping<string, XElement> group in element.Elements().GroupBy(e => e.Name.LocalName, StringComparer.OrdinalIgnoreCase))
        {
            List<XElement> items = group.ToList();
            if (items.Count == 1)
            {
                node.Properties.Add(new KeyValuePair<string, SampleNode>(group.Key, Convert(items[0])));
            }
            else
            {
                var array = SampleNode.Array();
                foreach (XElement item in items)
                {
                    array.Items.Add(Convert(item));
                }

                node.Properties.Add(new KeyValuePair<string, SampleNode>(group.Key, array));
            }
        }

        return node;
    }
}

using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Comparing;

/// <summary>
/// Compares two response trees: field names (ignoring case, as the generated readers do), nesting, list or
/// object, and scalar kind. In RPC responses, designed as XML, the item wrapper is normalized the same way on
/// both sides: an object whose only field is a list is that list (<c>Instances: {Instance: [...]}</c> is the list
/// <c>Instances</c>), whether the reader already folded it or not. ROA responses are plain JSON, where such an
/// object is an object, except where the other side names that very child as the list's item wrapper (a page's
/// <c>|Result|Array of Result|</c> then <c>|Result| |</c>, the metadata's <c>Result: {Result: [...]}</c>): both then
/// describe the same wrapped list. <c>RequestId</c> at the top is left out: the markdown reader adds it to every
/// response, while metadata lists it only where its authors did.
/// </summary>
internal sealed class ResponseShapeComparer
{
    private readonly bool _xmlShaped;
    private readonly List<Difference> _differences = new();

    private ResponseShapeComparer(bool xmlShaped)
    {
        _xmlShaped = xmlShaped;
    }

    public static List<Difference> Compare(IReadOnlyList<ResponseField> page, IReadOnlyList<ResponseField> metadata, LocationInfo pageLocation, LocationInfo metadataLocation, bool xmlShaped)
    {
        var comparer = new ResponseShapeComparer(xmlShaped);
        comparer.CompareFields(page, metadata, string.Empty, pageLocation, metadataLocation, root: true);
        return comparer._differences;
    }

    private void CompareFields(IReadOnlyList<ResponseField> page, IReadOnlyList<ResponseField> metadata, string prefix, LocationInfo parent, LocationInfo metadataParent, bool root)
    {
        var byName = new Dictionary<string, ResponseField>(StringComparer.OrdinalIgnoreCase);
        foreach (ResponseField field in metadata)
        {
            if (!byName.ContainsKey(field.WireName))
            {
                byName.Add(field.WireName, field);
            }
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (ResponseField raw in page)
        {
            if ((root && raw.IsRequestId) || !seen.Add(raw.WireName))
            {
                continue;
            }

            string path = PathOf(prefix, raw);
            if (!byName.TryGetValue(raw.WireName, out ResponseField? otherRaw))
            {
                _differences.Add(new Difference(raw.Location, metadataParent, "response field '" + path + "' (" + Of(raw, null).Text + ") is not in the metadata"));
                continue;
            }

            Field field = Of(raw, otherRaw);
            Field other = Of(otherRaw, raw);
            if (field.Text != other.Text)
            {
                _differences.Add(new Difference(raw.Location, other.Location, "response field '" + path + "' is " + ShapeText.WithArticle(field.Text) + " on the page, " + ShapeText.WithArticle(other.Text) + " in the metadata"));
            }
            else if (field.Children.Count > 0 || other.Children.Count > 0)
            {
                CompareFields(field.Children, other.Children, path + ".", raw.Location, other.Location, root: false);
            }
        }

        foreach (ResponseField raw in metadata)
        {
            if (!(root && raw.IsRequestId) && seen.Add(raw.WireName))
            {
                _differences.Add(new Difference(parent, raw.Location, "response field '" + PathOf(prefix, raw) + "' (" + Of(raw, null).Text + ") is missing from the page"));
            }
        }
    }

    // A bare JSON array body has no name of its own.
    private static string PathOf(string prefix, ResponseField field) => field.IsWholeBody ? prefix + "(the body: a JSON array)" : prefix + field.WireName;

    // A field after the item wrapper is folded: its shape in words and its children. counterpart is the same
    // field on the other side, if it has it.
    private Field Of(ResponseField field, ResponseField? counterpart)
    {
        if (field.Shape == ValueShape.Object && field.Children.Count == 1 && field.Children[0].Shape is ValueShape.ScalarList or ValueShape.ObjectList
            && (_xmlShaped || string.Equals(counterpart?.ItemWrapper, field.Children[0].WireName, StringComparison.OrdinalIgnoreCase)))
        {
            ResponseField list = field.Children[0];
            return new Field(ShapeText.Of(list.Shape, list.Kind), list.Children.Items, field.Location);
        }

        return new Field(ShapeText.Of(field.Shape, field.Kind), field.Children.Items, field.Location);
    }

    private sealed record Field(string Text, IReadOnlyList<ResponseField> Children, LocationInfo Location);
}

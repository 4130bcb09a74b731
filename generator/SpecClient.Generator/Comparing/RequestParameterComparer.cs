using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Comparing;

/// <summary>
/// Compares two request parameter sets by their wire names, written as the docs write them: <c>RegionId</c>,
/// <c>InstanceId.N</c> for a list, <c>SystemDisk.Category</c> for an object's field and <c>Tag.N.Key</c> for a
/// field of a list's items (names ignoring case, as the service does), and each name's requiredness (and, when
/// asked, its scalar kind). A field of a required list or object counts as required: pages mark the item's
/// fields (<c>OrderRedeemParam.N.DomainName</c> Yes) where the metadata marks the list itself.
/// </summary>
internal static class RequestParameterComparer
{
    public static List<Difference> Compare(IReadOnlyList<RequestParameter> page, IReadOnlyList<RequestParameter> metadata, LocationInfo pageLocation, LocationInfo metadataLocation, bool kinds)
    {
        var pageNames = Flatten(page);
        var metadataNames = Flatten(metadata);

        // A name one side lacks is placed on that side's request table, at its first row.
        LocationInfo pageTable = page.Count > 0 ? page[0].Location : pageLocation;
        LocationInfo metadataTable = metadata.Count > 0 ? metadata[0].Location : metadataLocation;
        var differences = new List<Difference>();
        foreach (Name name in pageNames.Values)
        {
            if (!metadataNames.TryGetValue(name.Path, out Name? other))
            {
                differences.Add(new Difference(name.Location, metadataTable, "request parameter '" + name.Path + "' is not in the metadata"));
                continue;
            }

            if (name.Required != other.Required)
            {
                differences.Add(new Difference(name.Location, other.Location, "request parameter '" + name.Path + "' is " + Requiredness(name.Required) + " on the page, " + Requiredness(other.Required) + " in the metadata"));
            }

            if (kinds && name.Kind != other.Kind)
            {
                differences.Add(new Difference(name.Location, other.Location, "request parameter '" + name.Path + "' is " + ShapeText.WithArticle(name.Kind) + " on the page, " + ShapeText.WithArticle(other.Kind) + " in the metadata"));
            }
        }

        foreach (Name name in metadataNames.Values)
        {
            if (!pageNames.ContainsKey(name.Path))
            {
                differences.Add(new Difference(pageTable, name.Location, "request parameter '" + name.Path + "' (" + Requiredness(name.Required) + ") is missing from the page"));
            }
        }

        return differences;
    }

    private static string Requiredness(bool required) => required ? "required" : "optional";

    private static Dictionary<string, Name> Flatten(IReadOnlyList<RequestParameter> parameters)
    {
        // Ordered by first appearance, so differences print in page order.
        var names = new Dictionary<string, Name>(StringComparer.OrdinalIgnoreCase);
        foreach (RequestParameter parameter in parameters)
        {
            Add(parameter, string.Empty, false, names);
        }

        return names;
    }

    private static void Add(RequestParameter parameter, string prefix, bool inRequired, Dictionary<string, Name> names)
    {
        string path = prefix + parameter.WireName;
        bool required = inRequired || parameter.IsRequired;
        switch (parameter.Shape)
        {
            case ValueShape.ScalarList:
                AddOnce(names, new Name(path + ".N", required, ShapeText.Of(parameter.Kind), parameter.Location));
                break;
            case ValueShape.Object or ValueShape.ObjectList when parameter.Members.Count > 0:
                string inner = path + (parameter.Shape == ValueShape.ObjectList ? ".N." : ".");
                foreach (RequestParameter member in parameter.Members)
                {
                    Add(member, inner, required, names);
                }

                break;
            default:
                AddOnce(names, new Name(path, required, ShapeText.Of(parameter.Shape, parameter.Kind), parameter.Location));
                break;
        }
    }

    private static void AddOnce(Dictionary<string, Name> names, Name name)
    {
        if (!names.ContainsKey(name.Path))
        {
            names.Add(name.Path, name);
        }
    }

    private sealed record Name(string Path, bool Required, string Kind, LocationInfo Location);
}

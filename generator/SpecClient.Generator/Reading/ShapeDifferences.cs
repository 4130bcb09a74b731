using System;
using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>One way a doc page and the metadata describe an operation differently, with both places.</summary>
internal sealed record ShapeDifference(string Message, LocationInfo Page, LocationInfo Metadata);

/// <summary>
/// Where a doc page and the metadata disagree about one operation's shape: request parameters (names with
/// their repeat-list members, requiredness, list or object, scalar kind) and the response tree (names,
/// nesting, list or object, scalar kind). Names compare ignoring case, as the service and the generated
/// readers match them; int32 and int64 are one kind (the docs say Integer or Long for either); the XML
/// item wrapper is already folded into its list by both readers.
/// </summary>
internal static class ShapeDifferences
{
    public static List<ShapeDifference> Of(Operation page, Operation metadata)
    {
        var differences = new List<ShapeDifference>();
        Parameters(page.Parameters, metadata.Parameters, string.Empty, page.Location, metadata.Location, differences);
        Fields(page.Response, metadata.Response, string.Empty, page.Location, metadata.Location, differences);
        return differences;
    }

    /// <summary>The scalar kind as the docs can tell it: Integer and Long pages say either for the same field.</summary>
    public static string KindName(ScalarKind kind) => kind switch
    {
        ScalarKind.Int32 or ScalarKind.Int64 => "integer",
        ScalarKind.Boolean => "boolean",
        ScalarKind.Double => "number",
        _ => "string",
    };

    private static void Parameters(EquatableArray<RequestParameter> page, EquatableArray<RequestParameter> metadata, string prefix, LocationInfo pageParent, LocationInfo metadataParent, List<ShapeDifference> differences)
    {
        Pair(page, metadata, p => p.WireName, (p, m) =>
        {
            string path = prefix + (p ?? m)!.WireName;
            if (p is null)
            {
                differences.Add(new("the request parameter '" + path + "' is in the metadata but not on the page", pageParent, m!.Location));
            }
            else if (m is null)
            {
                differences.Add(new("the request parameter '" + path + "' is on the page but not in the metadata", p.Location, metadataParent));
            }
            else
            {
                if (p.IsRequired != m.IsRequired)
                {
                    differences.Add(new("the request parameter '" + path + "' is " + Required(p.IsRequired) + " on the page and " + Required(m.IsRequired) + " in the metadata", p.Location, m.Location));
                }

                Compare(path, "request parameter", p.Shape, p.Kind, m.Shape, m.Kind, p.Location, m.Location, differences);
                string memberPrefix = path + (p.Shape is ValueShape.ObjectList or ValueShape.ScalarList ? ".N." : ".");
                Parameters(p.Members, m.Members, memberPrefix, p.Location, m.Location, differences);
            }
        });
    }

    private static void Fields(EquatableArray<ResponseField> page, EquatableArray<ResponseField> metadata, string prefix, LocationInfo pageParent, LocationInfo metadataParent, List<ShapeDifference> differences)
    {
        Pair(page, metadata, f => f.WireName, (p, m) =>
        {
            string path = prefix + (p ?? m)!.WireName;
            if (p is null)
            {
                differences.Add(new("the response field '" + path + "' is in the metadata but not on the page", pageParent, m!.Location));
            }
            else if (m is null)
            {
                differences.Add(new("the response field '" + path + "' is on the page but not in the metadata", p.Location, metadataParent));
            }
            else
            {
                Compare(path, "response field", p.Shape, p.Kind, m.Shape, m.Kind, p.Location, m.Location, differences);
                Fields(p.Children, m.Children, path + ".", p.Location, m.Location, differences);
            }
        });
    }

    private static void Compare(string path, string what, ValueShape pageShape, ScalarKind pageKind, ValueShape metadataShape, ScalarKind metadataKind, LocationInfo page, LocationInfo metadata, List<ShapeDifference> differences)
    {
        string pageType = TypeName(pageShape, pageKind);
        string metadataType = TypeName(metadataShape, metadataKind);
        if (pageType != metadataType)
        {
            differences.Add(new("the " + what + " '" + path + "' is " + pageType + " on the page and " + metadataType + " in the metadata", page, metadata));
        }
    }

    private static string TypeName(ValueShape shape, ScalarKind kind) => shape switch
    {
        ValueShape.Scalar => KindName(kind),
        ValueShape.ScalarList => "a list of " + KindName(kind),
        ValueShape.Object => "an object",
        _ => "a list of objects",
    };

    private static string Required(bool required) => required ? "required" : "optional";

    // Both sides' items by name (ignoring case), in the page's order then the metadata's extras.
    private static void Pair<T>(IEnumerable<T> page, IEnumerable<T> metadata, Func<T, string> name, Action<T?, T?> visit)
        where T : class
    {
        var byName = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (T item in metadata)
        {
            if (!byName.ContainsKey(name(item)))
            {
                byName.Add(name(item), item);
            }
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (T item in page.Where(i => seen.Add(name(i))))
        {
            byName.TryGetValue(name(item), out T? twin);
            visit(item, twin);
        }

        foreach (T item in metadata.Where(i => seen.Add(name(i))))
        {
            visit(null, item);
        }
    }
}

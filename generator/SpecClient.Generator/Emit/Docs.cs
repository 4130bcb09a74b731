using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>XML doc comments from the doc page's descriptions and examples.</summary>
internal static class Docs
{
    public static void Parameter(SourceWriter w, RequestParameter p)
    {
        w.Summary(p.Doc.Summary.Length == 0 ? p.WireName + "." : p.Doc.Summary);
        Remarks(w, p.WireName, p.Shape, p.IsRequired, p.Doc, p.EnumTypeName is not null);
    }

    public static void Field(SourceWriter w, ResponseField f)
    {
        w.Summary(f.Doc.Summary.Length == 0 ? f.WireName + "." : f.Doc.Summary);
        string text = f.Doc.Example is { Length: > 0 } example ? "Example: " + example : string.Empty;
        w.Remarks(WithValues(text, f.Doc, f.EnumTypeName is not null));
    }

    private static void Remarks(SourceWriter w, string wireName, ValueShape shape, bool required, DocComment doc, bool isEnum)
    {
        string wire = shape switch
        {
            ValueShape.ScalarList => wireName + ".1, " + wireName + ".2, ...",
            ValueShape.ObjectList => wireName + ".1.*, " + wireName + ".2.*, ...",
            ValueShape.Object => wireName + ".*",
            _ => wireName,
        };
        string text = "Sent as " + wire + ". " + (required ? "Required." : "Optional.");
        if (doc.Example is { Length: > 0 } example)
        {
            text += " Example: " + example;
        }

        w.Remarks(WithValues(text, doc, isEnum));
    }

    // The values, default and range the docs give. An enum's values are its members, so only others list them here.
    private static string WithValues(string text, DocComment doc, bool isEnum)
    {
        if (!isEnum && doc.Values.Count > 0)
        {
            text = Sentence(text, "Valid values: " + string.Join("; ", doc.Values.Select(v => v.Description is { Length: > 0 } d ? v.Value + " (" + d + ")" : v.Value)) + ".");
        }

        if (doc.Range is { } range)
        {
            text = Sentence(text, "Range: " + range + ".");
        }

        if (doc.DefaultValue is { } defaultValue)
        {
            text = Sentence(text, "Default: " + defaultValue + ".");
        }

        return text;
    }

    private static string Sentence(string text, string sentence) =>
        text.Length == 0 ? sentence : text.EndsWith(".", System.StringComparison.Ordinal) ? text + " " + sentence : text + ". " + sentence;
}

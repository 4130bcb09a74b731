using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>XML doc comments from the doc page's descriptions and examples.</summary>
internal static class Docs
{
    public static void Parameter(SourceWriter w, RequestParameter p)
    {
        w.Summary(p.Doc.Summary.Length == 0 ? p.WireName + "." : p.Doc.Summary);
        Remarks(w, p.WireName, p.Shape, p.IsRequired, p.Doc);
    }

    public static void Field(SourceWriter w, ResponseField f)
    {
        w.Summary(f.Doc.Summary.Length == 0 ? f.WireName + "." : f.Doc.Summary);
        if (f.Doc.Example is { Length: > 0 } example)
        {
            w.Remarks("Example: " + example);
        }
    }

    private static void Remarks(SourceWriter w, string wireName, ValueShape shape, bool required, DocComment doc)
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

        w.Remarks(text);
    }
}

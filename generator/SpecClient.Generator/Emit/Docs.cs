using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>XML doc comments from the doc page's descriptions and examples.</summary>
/// <remarks>
/// Every parameter and field has a remarks line, and the whole corpus has tens of thousands: each line is written
/// piece by piece into the file (no sentence strings joined first), which joins sentences as
/// <c>Sentence(text, next)</c> would: with a space after a full stop, else with ". ".
/// </remarks>
internal static class Docs
{
    public static void Parameter(SourceWriter w, RequestParameter p)
    {
        if (p.Doc.Summary.Length == 0)
        {
            w.Begin("/// <summary>").WriteXml(p.WireName).End(".</summary>");
        }
        else
        {
            w.Summary(p.Doc.Summary);
        }

        w.Begin("/// <remarks>Sent as ").WriteXml(p.WireName);
        switch (p.Shape)
        {
            case ValueShape.ScalarList:
                w.Write(".1, ").WriteXml(p.WireName).Write(".2, ...");
                break;
            case ValueShape.ObjectList:
                w.Write(".1.*, ").WriteXml(p.WireName).Write(".2.*, ...");
                break;
            case ValueShape.Object:
                w.Write(".*");
                break;
        }

        w.Write(p.IsRequired ? ". Required." : ". Optional.");
        char last = '.';
        if (p.Doc.Example is { Length: > 0 } example)
        {
            w.Write(" Example: ").WriteXml(example);
            last = example[example.Length - 1];
        }

        Values(w, p.Doc, p.EnumTypeName is not null, last);
        w.End("</remarks>");
    }

    public static void Field(SourceWriter w, ResponseField f)
    {
        if (f.Doc.Summary.Length == 0)
        {
            w.Begin("/// <summary>").WriteXml(f.WireName).End(".</summary>");
        }
        else
        {
            w.Summary(f.Doc.Summary);
        }

        DocComment doc = f.Doc;
        bool isEnum = f.EnumTypeName is not null;
        bool example = doc.Example is { Length: > 0 };
        if (!example && !HasValues(doc, isEnum))
        {
            return;
        }

        w.Begin("/// <remarks>");
        char last = '\0';
        if (example)
        {
            w.Write("Example: ").WriteXml(doc.Example);
            last = doc.Example![doc.Example.Length - 1];
        }

        Values(w, doc, isEnum, last);
        w.End("</remarks>");
    }

    private static bool HasValues(DocComment doc, bool isEnum) =>
        (!isEnum && doc.Values.Count > 0) || doc.Range is not null || doc.DefaultValue is not null;

    // The values, default and range the docs give. An enum's values are its members, so only others list them here.
    // last: the last character written so far, '\0' when nothing was.
    private static void Values(SourceWriter w, DocComment doc, bool isEnum, char last)
    {
        if (!isEnum && doc.Values.Count > 0)
        {
            Separate(w, last);
            w.Write("Valid values: ");
            for (int i = 0; i < doc.Values.Count; i++)
            {
                DocValue value = doc.Values[i];
                w.Write(i == 0 ? null : "; ").WriteXml(value.Value);
                if (value.Description is { Length: > 0 } description)
                {
                    w.Write(" (").WriteXml(description).Write(")");
                }
            }

            w.Write(".");
            last = '.';
        }

        if (doc.Range is { } range)
        {
            Separate(w, last);
            w.Write("Range: ").WriteXml(range).Write(".");
            last = '.';
        }

        if (doc.DefaultValue is { } defaultValue)
        {
            Separate(w, last);
            w.Write("Default: ").WriteXml(defaultValue).Write(".");
        }
    }

    private static void Separate(SourceWriter w, char last)
    {
        if (last != '\0')
        {
            w.Write(last == '.' ? " " : ". ");
        }
    }
}

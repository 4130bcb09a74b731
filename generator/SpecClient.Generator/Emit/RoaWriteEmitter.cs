using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>
/// The ROA half of a request's <c>WriteTo</c>: path and header values, JSON body fields (nested objects and
/// lists through <c>global::SpecClient.JsonBodyWriter</c>, no reflection), and the whole-body parameter. Query
/// parameters of ROA operations are written as RPC parameters are, by <see cref="RequestEmitter"/>.
/// </summary>
internal static class RoaWriteEmitter
{
    private const string Location = "global::SpecClient.ParameterLocation.";

    /// <summary>True when <see cref="Parameter"/> writes <paramref name="p"/> (it does not travel in the query).</summary>
    public static bool Writes(RequestParameter p) =>
        p.Position is ParameterPosition.Path or ParameterPosition.Header or ParameterPosition.Body or ParameterPosition.Host;

    /// <summary>One top-level parameter of a ROA request, inside <c>WriteTo(ApiRequest request)</c>.</summary>
    public static void Parameter(SourceWriter w, RequestParameter p)
    {
        string wire = SourceWriter.Literal(p.WireName);
        if (p.Position != ParameterPosition.Body)
        {
            // Paths, headers and the host label hold one value: a list goes comma-separated, as the services read it.
            string value = p.Shape == ValueShape.ScalarList
                ? "this." + p.PropertyName + " is { } " + Local(p) + " ? global::System.String.Join(\",\", " + Local(p) + ") : null"
                : Value(p);
            w.Line("request.Add(" + wire + ", " + value + ", " + Location + p.Position + ");");
            return;
        }

        if (p.Kind == ScalarKind.Binary)
        {
            w.Line("request.SetBody(", Value(p), ", ", SourceWriter.Literal(p.MediaType ?? Reading.BinaryBody.OctetStream), ");");
            return;
        }

        if (IsWholeBody(p))
        {
            w.Line("request.SetBody(", Value(p), ");");
            return;
        }

        if (p.Shape == ValueShape.Scalar)
        {
            w.Line("request.Add(" + wire + ", " + Value(p) + ", " + Location + "Body);");
            return;
        }

        JsonField(w, p, "request.Body");
    }

    /// <summary>The <c>WriteJson</c> method of an item class whose values travel in a JSON body.</summary>
    public static void WriteJsonMethod(SourceWriter w, EquatableArray<RequestParameter> members)
    {
        w.Open("internal void WriteJson(global::SpecClient.JsonBodyWriter body)");
        foreach (RequestParameter p in members)
        {
            if (p.IsRequired && (p.Shape != ValueShape.Scalar || TypeNames.IsReference(p.Kind)))
            {
                w.Line("global::SpecClient.ApiRequest.ThrowIfMissing(", (p.Shape == ValueShape.Scalar ? Value(p) : "this." + p.PropertyName), ", ", SourceWriter.Literal(p.WireName), ");");
            }

            if (p.Shape == ValueShape.Scalar)
            {
                w.Line("body.Add(", SourceWriter.Literal(p.WireName), ", ", Value(p), ");");
            }
            else
            {
                JsonField(w, p, "body");
            }
        }

        w.Close();
    }

    /// <summary>The api-docs.json convention, which the markdown reader follows: a Body parameter named <c>body</c> is the whole body.</summary>
    private static bool IsWholeBody(RequestParameter p) =>
        p.Shape == ValueShape.Scalar && p.Kind == ScalarKind.String && string.Equals(p.WireName, "body", System.StringComparison.OrdinalIgnoreCase);

    private static void JsonField(SourceWriter w, RequestParameter p, string writer)
    {
        string local = Local(p);
        string wire = SourceWriter.Literal(p.WireName);
        w.Open("if (this." + p.PropertyName + " is { } " + local + ")");
        switch (p.Shape)
        {
            case ValueShape.ScalarList:
                w.Line(writer, ".StartArray(", wire, ");");
                w.Open("for (int i = 0; i < ", local, ".Count; i++)");
                w.Line(writer + ".Item(" + local + "[i]" + RequestEmitter.WireText(p, notNull: true) + ");");
                w.Close();
                w.Line(writer, ".EndArray();");
                break;
            case ValueShape.ObjectList:
                w.Line(writer, ".StartArray(", wire, ");");
                w.Open("for (int i = 0; i < ", local, ".Count; i++)");
                w.Line(writer, ".StartObject();");
                w.Line(local, "[i].WriteJson(", writer, ");");
                w.Line(writer, ".EndObject();");
                w.Close();
                w.Line(writer, ".EndArray();");
                break;
            default:
                w.Line(writer, ".StartObject(", wire, ");");
                w.Line(local, ".WriteJson(", writer, ");");
                w.Line(writer, ".EndObject();");
                break;
        }

        w.Close();
    }

    // A scalar's value as it is written: an enum as its text.
    private static string Value(RequestParameter p) => "this." + p.PropertyName + RequestEmitter.WireText(p, p.IsRequired);

    private static string Local(RequestParameter p) => "_" + p.PropertyName.TrimStart('@');
}

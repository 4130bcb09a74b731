using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>
/// Emits a response class and its nested item classes, each with a reflection-free <c>Read</c> over
/// <c>Utf8JsonReader</c> that matches names ignoring case and skips fields the docs do not list.
/// </summary>
internal static class ResponseEmitter
{
    public static void Emit(SourceWriter w, Operation operation, string className, EmitOptions options)
    {
        w.Summary("The result of " + operation.Name + ".");
        EmitClass(w, className, operation.Response, options);
    }

    // The property test of the read loop, up to the wire name's literal.
    private const string IfProperty = "if (" + TypeNames.Json + ".Property(ref reader, ";
    private const string ElseIfProperty = "else " + IfProperty;

    private static void EmitClass(SourceWriter w, string className, EquatableArray<ResponseField> fields, EmitOptions options)
    {
        // Each field's type and local appear three times: made once (the text of all files is ~30 MB, the pieces more).
        var types = new string[fields.Count];
        var locals = new string[fields.Count];
        for (int i = 0; i < fields.Count; i++)
        {
            types[i] = PropertyType(fields[i]);
            locals[i] = Local(fields[i]);
        }

        w.Open("public sealed partial class ", className);
        string accessor = options.UseInit ? " { get; init; }" : " { get; set; }";
        for (int i = 0; i < fields.Count; i++)
        {
            ResponseField f = fields[i];
            Docs.Field(w, f);
            string initializer = IsList(f) ? " = global::System.Array.Empty<" + ItemType(f) + ">();" : string.Empty;
            w.Line("public ", types[i], " ", f.PropertyName, accessor + initializer);
            w.Line();
        }

        w.Line("/// <summary>Reads the value at the reader's current token.</summary>");
        w.Open("internal static ", className, " Read(ref " + TypeNames.Reader + " reader)");
        for (int i = 0; i < fields.Count; i++)
        {
            string initial = IsList(fields[i]) ? "global::System.Array.Empty<" + ItemType(fields[i]) + ">();" : "null;";
            w.Line(types[i], " ", locals[i], " = ", initial);
        }

        w.Open("if (", TypeNames.Json, ".BeginObject(ref reader))");
        w.Open("while (", TypeNames.Json, ".NextProperty(ref reader))");
        for (int i = 0; i < fields.Count; i++)
        {
            w.OpenLiteral(i == 0 ? IfProperty : ElseIfProperty, fields[i].WireName, "))");
            w.Line(locals[i], " = ", ReadExpression(fields[i]), ";");
            w.Close();
        }

        if (fields.Count > 0)
        {
            w.Open("else");
        }

        w.Line(TypeNames.Json, ".SkipProperty(ref reader);");
        if (fields.Count > 0)
        {
            w.Close();
        }

        w.Close();
        w.Close();
        w.Line();
        w.Open("return new ", className);
        for (int i = 0; i < fields.Count; i++)
        {
            w.Line(fields[i].PropertyName, " = ", locals[i], ",");
        }

        w.Close(";");
        w.Close();

        foreach (ResponseField f in fields)
        {
            if (f.TypeName is null)
            {
                continue;
            }

            w.Line();
            w.Summary(f.Shape == ValueShape.ObjectList ? "One item of " + f.WireName + "." : "The fields of " + f.WireName + ".");
            EmitClass(w, f.TypeName, f.Children, options);
        }

        foreach (ResponseField f in fields)
        {
            if (f.EnumTypeName is not null)
            {
                w.Line();
                EnumEmitter.Emit(w, f.EnumTypeName, f.WireName, f.Doc.Values);
            }
        }

        w.Close();
    }

    private static string ReadExpression(ResponseField f) => f.Shape switch
    {
        ValueShape.Scalar => (f.EnumTypeName is null ? TypeNames.ReadMethod(f.Kind) : f.EnumTypeName + ".Read") + "(ref reader)",
        ValueShape.ScalarList => TypeNames.Json + ".List<" + ItemType(f) + ">(ref reader, " + SourceWriter.Literal(f.ItemWrapper) + ", " + (f.EnumTypeName is null ? ItemReaders.For(f.Kind) : f.EnumTypeName + ".ReadItem") + ")",
        ValueShape.ObjectList => TypeNames.Json + ".List<" + ItemType(f) + ">(ref reader, " + SourceWriter.Literal(f.ItemWrapper) + ", " + f.TypeName + ".Read)",
        _ => TypeNames.Json + ".Object<" + f.TypeName + ">(ref reader, " + f.TypeName + ".Read)",
    };

    private static string Local(ResponseField f) => "_" + f.PropertyName.TrimStart('@');

    private static bool IsList(ResponseField f) => f.Shape is ValueShape.ScalarList or ValueShape.ObjectList;

    private static string ItemType(ResponseField f) => f.Shape == ValueShape.ObjectList ? f.TypeName! : TypeNames.Value(f.Kind, f.EnumTypeName);

    private static string PropertyType(ResponseField f) => f.Shape switch
    {
        ValueShape.ScalarList or ValueShape.ObjectList => TypeNames.List + "<" + ItemType(f) + ">",
        ValueShape.Object => f.TypeName + "?",
        _ => TypeNames.Value(f.Kind, f.EnumTypeName) + "?",
    };
}

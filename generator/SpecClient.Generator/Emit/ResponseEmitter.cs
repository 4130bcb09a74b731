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

    private static void EmitClass(SourceWriter w, string className, EquatableArray<ResponseField> fields, EmitOptions options)
    {
        w.Open("public sealed partial class ", className);
        string accessor = options.UseInit ? "{ get; init; }" : "{ get; set; }";
        foreach (ResponseField f in fields)
        {
            Docs.Field(w, f);
            string type = PropertyType(f);
            string initializer = f.Shape is ValueShape.ScalarList or ValueShape.ObjectList ? " = global::System.Array.Empty<" + ItemType(f) + ">();" : string.Empty;
            w.Line("public " + type + " " + f.PropertyName + " " + accessor + initializer);
            w.Line();
        }

        w.Line("/// <summary>Reads the value at the reader's current token.</summary>");
        w.Open("internal static " + className + " Read(ref " + TypeNames.Reader + " reader)");
        foreach (ResponseField f in fields)
        {
            string initial = f.Shape is ValueShape.ScalarList or ValueShape.ObjectList ? "global::System.Array.Empty<" + ItemType(f) + ">()" : "null";
            w.Line(PropertyType(f) + " " + Local(f) + " = " + initial + ";");
        }

        // A bare JSON array body (SLS GetLogs, ListShards) is read into its field; an object, field by field.
        string objectCheck = TypeNames.Json + ".BeginObject(ref reader)";
        foreach (ResponseField f in fields)
        {
            if (f.IsWholeBody)
            {
                w.Open("if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartArray)");
                w.Line(Local(f), " = ", ReadExpression(f), ";");
                w.Close();
                objectCheck = "else if (" + objectCheck + ")";
            }
        }

        w.Open(objectCheck.StartsWith("else", System.StringComparison.Ordinal) ? objectCheck : "if (" + objectCheck + ")");
        w.Open("while (", TypeNames.Json, ".NextProperty(ref reader))");
        string keyword = "if";
        int named = 0;
        foreach (ResponseField f in fields)
        {
            if (f.IsWholeBody)
            {
                continue;
            }

            named++;
            w.Open(keyword + " (" + TypeNames.Json + ".Property(ref reader, " + SourceWriter.Literal(f.WireName) + "))");
            w.Line(Local(f), " = ", ReadExpression(f), ";");
            w.Close();
            keyword = "else if";
        }

        if (named > 0)
        {
            w.Open("else");
        }

        w.Line(TypeNames.Json, ".SkipProperty(ref reader);");
        if (named > 0)
        {
            w.Close();
        }

        w.Close();
        w.Close();
        w.Line();
        w.Open("return new ", className);
        foreach (ResponseField f in fields)
        {
            w.Line(f.PropertyName, " = ", Local(f), ",");
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
            w.Summary(f.IsWholeBody ? "One item of the response." : f.Shape == ValueShape.ObjectList ? "One item of " + f.WireName + "." : "The fields of " + f.WireName + ".");
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

    private static string ItemType(ResponseField f) => f.Shape == ValueShape.ObjectList ? f.TypeName! : TypeNames.Value(f.Kind, f.EnumTypeName);

    private static string PropertyType(ResponseField f) => f.Shape switch
    {
        ValueShape.ScalarList or ValueShape.ObjectList => TypeNames.List + "<" + ItemType(f) + ">",
        ValueShape.Object => f.TypeName + "?",
        _ => TypeNames.Value(f.Kind, f.EnumTypeName) + "?",
    };
}

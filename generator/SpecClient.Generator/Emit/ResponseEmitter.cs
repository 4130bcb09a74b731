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
        w.Begin("/// <summary>The result of ").WriteXml(operation.Name).End(".</summary>");
        EmitClass(w, className, operation.Response, options, ReadsHeaders(operation));
    }

    /// <summary>
    /// True when the response class reads headers too (<c>ReadHeaders</c>): it has header fields, or it is a
    /// Simple Log Service answer, whose request id travels in <c>x-log-requestid</c> rather than in the body.
    /// </summary>
    public static bool ReadsHeaders(Operation operation)
    {
        bool sls = OperationEmitter.WireStyle(operation) == "Sls";
        foreach (ResponseField f in operation.Response)
        {
            if (f.FromHeader || (sls && IsHeaderRequestId(f)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The body of bytes the response is (SLS's <c>PullLogs</c>), or null for a JSON answer.</summary>
    public static ResponseField? BytesBody(Operation operation)
    {
        foreach (ResponseField f in operation.Response)
        {
            if (f.IsBytesBody)
            {
                return f;
            }
        }

        return null;
    }

    // The request id ReadHeaders can fill: a text field.
    private static bool IsHeaderRequestId(ResponseField f) => f.IsRequestId && f.Shape == ValueShape.Scalar;

    private static void EmitClass(SourceWriter w, string className, EquatableArray<ResponseField> fields, EmitOptions options, bool readsHeaders = false)
    {
        w.Open("public sealed partial class ", className);
        string accessor = options.UseInit ? " { get; init; }" : " { get; set; }";
        for (int i = 0; i < fields.Count; i++)
        {
            ResponseField f = fields[i];
            Docs.Field(w, f);
            // Filled after the body is read (ReadHeaders), so not init-only.
            string fieldAccessor = readsHeaders && (f.FromHeader || IsHeaderRequestId(f)) ? " { get; internal set; }" : accessor;
            PropertyType(w.Begin("public "), f).Write(" ").Write(f.PropertyName).Write(fieldAccessor);
            if (IsList(f))
            {
                EmptyList(w.Write(" = "), f).Write(";");
            }
            else if (f.IsBytesBody)
            {
                w.Write(" = global::System.Array.Empty<byte>();");
            }

            w.End();
            w.Line();
        }

        if (readsHeaders)
        {
            EmitReadHeaders(w, className, fields);
        }

        for (int i = 0; i < fields.Count; i++)
        {
            if (fields[i].IsBytesBody)
            {
                // An answer of bytes: no JSON to read, the transport hands over the (decompressed) body.
                w.Line("/// <summary>Makes the response from the body's bytes.</summary>");
                w.Line("internal static " + className + " Read(byte[] body) => new ", className, " { ", fields[i].PropertyName, " = body };");
                EmitNested(w, fields, options);
                w.Close();
                return;
            }
        }

        // Read through a private constructor, which may set init-only properties: no local per field and no object
        // initializer copying them (two lines per field of the corpus's ~7,000), and a switch over one array of the
        // wire names instead of a name test per field. The parameterless constructor stays for users' tests and mocks.
        w.Line("/// <summary>An empty value, for tests and mocks.</summary>");
        w.Line("public ", className, "() { }");
        w.Line();
        w.Line("internal static ", className, " Read(ref " + TypeNames.Reader + " reader) => new ", className, "(ref reader);");
        w.Line();
        w.Open("private ", className, "(ref " + TypeNames.Reader + " reader)");

        // A bare JSON array body (SLS GetLogs, ListShards) is read into its field; an object, field by field.
        for (int i = 0; i < fields.Count; i++)
        {
            if (fields[i].IsWholeBody)
            {
                w.Open("if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartArray)");
                Read(w.Begin(null), fields[i]).End(";");
                w.Line("return;");
                w.Close();
                w.Line();
            }
        }

        int named = 0;
        for (int i = 0; i < fields.Count; i++)
        {
            if (!fields[i].IsWholeBody && !fields[i].FromHeader)
            {
                named++;
            }
        }

        if (named == 0)
        {
            // Nothing to read: the whole value is skipped, as a loop finding no name would.
            w.Line("reader.Skip();");
            w.Close();
        }
        else
        {
            w.Open("for (int field = -1; " + TypeNames.Json + ".NextField(ref reader, wireNames, ref field);)");
            w.Open("switch (field)");
            int index = 0;
            for (int i = 0; i < fields.Count; i++)
            {
                if (!fields[i].IsWholeBody && !fields[i].FromHeader)
                {
                    Read(w.Begin("case ").Write(Numbers.Get(index++)).Write(": "), fields[i]).End("; break;");
                }
            }

            w.Close();
            w.Close();
            w.Close();
            w.Line();
            w.Begin("private static readonly string[] wireNames = { ");
            index = 0;
            for (int i = 0; i < fields.Count; i++)
            {
                if (!fields[i].IsWholeBody && !fields[i].FromHeader)
                {
                    w.Write(index++ == 0 ? null : ", ").WriteLiteral(fields[i].WireName);
                }
            }

            w.End(" };");
        }

        EmitNested(w, fields, options);
        w.Close();
    }

    // The item classes and enums of the fields, nested in their class.
    private static void EmitNested(SourceWriter w, EquatableArray<ResponseField> fields, EmitOptions options)
    {
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
                // Header fields make theirs from the header's text (ReadHeaders); body fields read one value or a list.
                EnumEmitter.Uses uses = f.FromHeader ? 0 : f.Shape == ValueShape.ScalarList ? EnumEmitter.Uses.ReadItem : EnumEmitter.Uses.Read;
                EnumEmitter.Emit(w, f.EnumTypeName, f.WireName, f.Doc.Values, uses);
            }
        }
    }

    // Header fields from their headers; a request id the body left out, from x-acs-request-id or x-log-requestid.
    private static void EmitReadHeaders(SourceWriter w, string className, EquatableArray<ResponseField> fields)
    {
        w.Line("/// <summary>Fills the fields the response's headers carry.</summary>");
        w.Open("internal static void ReadHeaders(" + className + " response, global::SpecClient.Serialization.ResponseHeaders headers)");
        foreach (ResponseField f in fields)
        {
            if (f.FromHeader)
            {
                string name = SourceWriter.Literal(f.WireName);
                string value = f.Kind switch
                {
                    ScalarKind.Int32 => "headers.Int32(" + name + ")",
                    ScalarKind.Int64 => "headers.Int64(" + name + ")",
                    ScalarKind.Boolean => "headers.Boolean(" + name + ")",
                    ScalarKind.Double => "headers.Double(" + name + ")",
                    _ when f.EnumTypeName is { } enumType => "headers[" + name + "] is { } " + Local(f) + " ? new " + enumType + "(" + Local(f) + ") : (" + enumType + "?)null",
                    _ => "headers[" + name + "]",
                };
                w.Line("response.", f.PropertyName, " = ", value, ";");
            }
            else if (IsHeaderRequestId(f))
            {
                w.Line("response.", f.PropertyName, " ??= headers.RequestId;");
            }
        }

        w.Close();
        w.Line();
    }

    // "X = <read call>", written piece by piece: one such line per field of the corpus's ~7,000.
    private static SourceWriter Read(SourceWriter w, ResponseField f)
    {
        w.Write(f.PropertyName).Write(" = ");
        switch (f.Shape)
        {
            case ValueShape.Scalar:
                return Reader(w, f, TypeNames.ReadMethod(f.Kind), ".Read").Write("(ref reader)");
            // The item type is inferred from the reader method's return type.
            case ValueShape.ScalarList:
                w.Write(TypeNames.Json + ".List(ref reader, ").WriteLiteral(f.ItemWrapper).Write(", ");
                return Reader(w, f, ItemReaders.For(f.Kind), ".ReadItem").Write(")");
            case ValueShape.ObjectList:
                return w.Write(TypeNames.Json + ".List(ref reader, ").WriteLiteral(f.ItemWrapper).Write(", ").Write(f.TypeName).Write(".Read)");
            default:
                return w.Write(TypeNames.Json + ".Object(ref reader, ").Write(f.TypeName).Write(".Read)");
        }
    }

    private static string Local(ResponseField f) => "_" + f.PropertyName.TrimStart('@');

    // The runtime's reader of a scalar, or the enum's own reader of its values.
    private static SourceWriter Reader(SourceWriter w, ResponseField f, string scalarReader, string enumReader) =>
        f.EnumTypeName is null ? w.Write(scalarReader) : w.Write(f.EnumTypeName).Write(enumReader);

    // The initial value of a list field.
    private static SourceWriter EmptyList(SourceWriter w, ResponseField f) =>
        w.Write("global::System.Array.Empty<").Write(ItemType(f)).Write(">()");

    private static bool IsList(ResponseField f) => f.Shape is ValueShape.ScalarList or ValueShape.ObjectList;

    private static string ItemType(ResponseField f) => f.Shape == ValueShape.ObjectList ? f.TypeName! : TypeNames.Value(f.Kind, f.EnumTypeName);

    // The property's type, written into the line: one per field of the corpus's ~7,000, no concatenated string.
    private static SourceWriter PropertyType(SourceWriter w, ResponseField f) => f.Shape switch
    {
        _ when f.IsBytesBody => w.Write("byte[]"),
        ValueShape.ScalarList or ValueShape.ObjectList => w.Write(TypeNames.List + "<").Write(ItemType(f)).Write(">"),
        ValueShape.Object => w.Write(f.TypeName).Write("?"),
        _ => f.EnumTypeName is null ? w.Write(TypeNames.NullableScalar(f.Kind)) : w.Write(f.EnumTypeName).Write("?"),
    };
}

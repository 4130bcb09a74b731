using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>Emits a request class: a property per parameter and a <c>WriteTo</c> that writes the wire form.</summary>
internal static class RequestEmitter
{
    public static void Emit(SourceWriter w, Operation operation, string className, EmitOptions options)
    {
        w.Begin("/// <summary>The parameters of ").WriteXml(operation.Name).Write(". ").WriteXml(operation.Summary).End("</summary>");
        w.Open("public sealed partial class ", className);
        EmitMembers(w, ClientFilled(operation), className, options, isItem: false, roa: operation.Style == ApiStyleKind.Roa, json: false, fillsRegionId: operation.Style == ApiStyleKind.Rpc);
        w.Close();
    }

    // roa: the request of a ROA operation (its parameters go to path, headers and body too); json: an item class
    // whose values travel in a ROA JSON body, which writes itself with WriteJson instead of WriteTo; fillsRegionId:
    // an RPC request whose RegionId the transport fills from the options when it is left null.
    private static void EmitMembers(SourceWriter w, EquatableArray<RequestParameter> parameters, string className, EmitOptions options, bool isItem, bool roa, bool json, bool fillsRegionId = false)
    {
        if (!options.UseRequiredMembers && parameters.Items.Any(p => p.IsRequired))
        {
            List<RequestParameter> required = parameters.Items.Where(p => p.IsRequired).ToList();
            w.Line("/// <summary>Creates the ", (isItem ? "item" : "request"), " with the parameters the docs mark as required.</summary>");
            w.Open("public " + className + "(" + string.Join(", ", required.Select(p => PropertyType(p, options) + " " + Identifier.Camel(p.PropertyName))) + ")");
            foreach (RequestParameter p in required)
            {
                w.Line("this.", p.PropertyName, " = ", Identifier.Camel(p.PropertyName), ";");
            }

            w.Close();
            w.Line();
        }

        foreach (RequestParameter p in parameters)
        {
            Docs.Parameter(w, p);
            WriteType(w.Begin(p.IsRequired && options.UseRequiredMembers ? "public required " : "public "), p).Write(" ").Write(p.PropertyName).End(" { get; set; }");
            w.Line();
        }

        if (json)
        {
            RoaWriteEmitter.WriteJsonMethod(w, parameters);
        }
        else
        {
            EmitWriteTo(w, parameters, isItem, roa, fillsRegionId);
        }

        foreach (RequestParameter p in parameters)
        {
            if (p.ItemTypeName is null)
            {
                continue;
            }

            w.Line();
            w.Summary(p.Shape == ValueShape.ObjectList ? "One item of " + p.WireName + "." : "The fields of " + p.WireName + ".");
            w.Open("public sealed partial class ", p.ItemTypeName);
            EmitMembers(w, p.Members, p.ItemTypeName!, options, isItem: true, roa, json || (roa && p.Position == ParameterPosition.Body));
            w.Close();
        }

        foreach (RequestParameter p in parameters)
        {
            if (p.EnumTypeName is not null)
            {
                w.Line();
                EnumEmitter.Emit(w, p.EnumTypeName, p.WireName, p.Doc.Values, EnumEmitter.Uses.Sent);
            }
        }
    }

    private static void EmitWriteTo(SourceWriter w, EquatableArray<RequestParameter> parameters, bool isItem, bool roa, bool fillsRegionId)
    {
        string signature = isItem
            ? "internal void WriteTo(global::SpecClient.ApiRequest request, string prefix)"
            : "internal void WriteTo(global::SpecClient.ApiRequest request)";
        w.Open(signature);
        foreach (RequestParameter p in parameters)
        {
            if (p.IsRequired && (p.Shape != ValueShape.Scalar || TypeNames.IsReference(p.Kind)))
            {
                w.Begin("global::SpecClient.ApiRequest.ThrowIfMissing(this.").Write(p.PropertyName).Write(p.Shape == ValueShape.Scalar ? WireText(p, true) : null)
                    .Write(", ").WriteLiteral(p.WireName).End(");");
            }

            if (roa && !isItem && RoaWriteEmitter.Writes(p))
            {
                RoaWriteEmitter.Parameter(w, p);
                continue;
            }

            // The scalar case is most lines of the corpus's WriteTo methods: written piece by piece.
            if (p.Shape == ValueShape.Scalar)
            {
                if (fillsRegionId && RegionIdParameter.Is(p))
                {
                    w.Begin("request.AddRegionId(");
                }
                else
                {
                    w.Begin(isItem ? "request.Add(prefix + " : "request.Add(").WriteLiteral(p.WireName).Write(", ");
                }

                w.Write("this.").Write(p.PropertyName).Write(WireText(p, p.IsRequired)).End(");");
                continue;
            }

            string wire = isItem ? "prefix + " + SourceWriter.Literal(p.WireName) : SourceWriter.Literal(p.WireName);
            switch (p.Shape)
            {
                case ValueShape.ScalarList:
                    w.Open("if (this." + p.PropertyName + " is { } " + Local(p) + ")");
                    w.Open("for (int i = 0; i < ", Local(p), ".Count; i++)");
                    w.Line("request.Add(" + wire + " + \".\" + (i + 1).ToString(global::System.Globalization.CultureInfo.InvariantCulture), " + Local(p) + "[i]" + WireText(p, true) + ");");
                    w.Close();
                    w.Close();
                    break;
                case ValueShape.ObjectList:
                    w.Open("if (this." + p.PropertyName + " is { } " + Local(p) + ")");
                    w.Open("for (int i = 0; i < ", Local(p), ".Count; i++)");
                    w.Line(Local(p), "[i].WriteTo(request, ", wire, " + \".\" + (i + 1).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \".\");");
                    w.Close();
                    w.Close();
                    break;
                case ValueShape.Object:
                    w.Line("this.", p.PropertyName, "?.WriteTo(request, ", wire, " + \".\");");
                    break;
            }
        }

        w.Close();
    }

    // The client fills an RPC operation's RegionId from its options, so it is optional here even when the docs
    // require it (the descriptor still lists it; the transport checks it once filled).
    // The parameters themselves where no required RegionId is among them, as in most operations: no copy.
    private static EquatableArray<RequestParameter> ClientFilled(Operation operation)
    {
        if (operation.Style == ApiStyleKind.Rpc)
        {
            foreach (RequestParameter p in operation.Parameters)
            {
                if (p.IsRequired && RegionIdParameter.Is(p))
                {
                    return operation.Parameters.Select(p => RegionIdParameter.Is(p) ? p with { IsRequired = false } : p).ToEquatableArray();
                }
            }
        }

        return operation.Parameters;
    }

    // An enum is sent as its text: WireValue, null for an unset value (left out, or reported when required).
    internal static string WireText(RequestParameter p, bool notNull) =>
        p.EnumTypeName is null ? string.Empty : notNull ? ".WireValue" : "?.WireValue";

    private static string Local(RequestParameter p) => "_" + p.PropertyName.TrimStart('@');

    // PropertyType into the line, without the concatenated string.
    private static SourceWriter WriteType(SourceWriter w, RequestParameter p)
    {
        switch (p.Shape)
        {
            case ValueShape.ScalarList:
                w.Write(TypeNames.List + "<").Write(TypeNames.Value(p.Kind, p.EnumTypeName)).Write(">");
                break;
            case ValueShape.ObjectList:
                w.Write(TypeNames.List + "<").Write(p.ItemTypeName).Write(">");
                break;
            case ValueShape.Object:
                w.Write(p.ItemTypeName);
                break;
            default:
                w.Write(TypeNames.Value(p.Kind, p.EnumTypeName));
                break;
        }

        return w.Write(p.IsRequired ? null : "?");
    }

    private static string PropertyType(RequestParameter p, EmitOptions options)
    {
        string nullable = p.IsRequired ? string.Empty : "?";
        return p.Shape switch
        {
            ValueShape.ScalarList => TypeNames.List + "<" + TypeNames.Value(p.Kind, p.EnumTypeName) + ">" + nullable,
            ValueShape.ObjectList => TypeNames.List + "<" + p.ItemTypeName + ">" + nullable,
            ValueShape.Object => p.ItemTypeName + nullable,
            _ => TypeNames.Value(p.Kind, p.EnumTypeName) + nullable,
        };
    }
}

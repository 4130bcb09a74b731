using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>Emits a request class: a property per parameter and a <c>WriteTo</c> that writes the wire form.</summary>
internal static class RequestEmitter
{
    public static void Emit(SourceWriter w, Operation operation, string className, EmitOptions options)
    {
        w.Summary("The parameters of " + operation.Name + ". " + operation.Summary);
        w.Open("public sealed partial class ", className);
        EmitMembers(w, ClientFilled(operation), className, options, isItem: false, roa: operation.Style == ApiStyleKind.Roa, json: false, fillsRegionId: operation.Style == ApiStyleKind.Rpc);
        w.Close();
    }

    // roa: the request of a ROA operation (its parameters go to path, headers and body too); json: an item class
    // whose values travel in a ROA JSON body, which writes itself with WriteJson instead of WriteTo; fillsRegionId:
    // an RPC request whose RegionId the transport fills from the options when it is left null.
    private static void EmitMembers(SourceWriter w, EquatableArray<RequestParameter> parameters, string className, EmitOptions options, bool isItem, bool roa, bool json, bool fillsRegionId = false)
    {
        List<RequestParameter> required = parameters.Where(p => p.IsRequired).ToList();
        if (!options.UseRequiredMembers && required.Count > 0)
        {
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
            w.Line(p.IsRequired && options.UseRequiredMembers ? "public required " : "public ", PropertyType(p, options), " ", p.PropertyName, " { get; set; }");
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

        foreach (RequestParameter p in parameters.Where(p => p.ItemTypeName is not null))
        {
            w.Line();
            w.Summary(p.Shape == ValueShape.ObjectList ? "One item of " + p.WireName + "." : "The fields of " + p.WireName + ".");
            w.Open("public sealed partial class ", p.ItemTypeName);
            EmitMembers(w, p.Members, p.ItemTypeName!, options, isItem: true, roa, json || (roa && p.Position == ParameterPosition.Body));
            w.Close();
        }

        foreach (RequestParameter p in parameters.Where(p => p.EnumTypeName is not null))
        {
            w.Line();
            EnumEmitter.Emit(w, p.EnumTypeName!, p.WireName, p.Doc.Values);
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
            string wire = isItem ? "prefix + " + SourceWriter.Literal(p.WireName) : SourceWriter.Literal(p.WireName);
            string value = "this." + p.PropertyName + WireText(p, p.IsRequired);
            if (p.IsRequired && (p.Shape != ValueShape.Scalar || TypeNames.IsReference(p.Kind)))
            {
                w.Line("global::SpecClient.ApiRequest.ThrowIfMissing(", (p.Shape == ValueShape.Scalar ? value : "this." + p.PropertyName), ", ", SourceWriter.Literal(p.WireName), ");");
            }

            if (roa && !isItem && RoaWriteEmitter.Writes(p))
            {
                RoaWriteEmitter.Parameter(w, p);
                continue;
            }

            switch (p.Shape)
            {
                case ValueShape.Scalar:
                    if (fillsRegionId && RegionIdParameter.Is(p))
                    {
                        w.Line("request.AddRegionId(", value, ");");
                    }
                    else
                    {
                        w.Line("request.Add(", wire, ", ", value, ");");
                    }

                    break;
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
    private static EquatableArray<RequestParameter> ClientFilled(Operation operation) =>
        operation.Style == ApiStyleKind.Rpc
            ? operation.Parameters.Select(p => RegionIdParameter.Is(p) ? p with { IsRequired = false } : p).ToEquatableArray()
            : operation.Parameters;

    // An enum is sent as its text: WireValue, null for an unset value (left out, or reported when required).
    internal static string WireText(RequestParameter p, bool notNull) =>
        p.EnumTypeName is null ? string.Empty : notNull ? ".WireValue" : "?.WireValue";

    private static string Local(RequestParameter p) => "_" + p.PropertyName.TrimStart('@');

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

using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>
/// Emits everything one operation contributes, in one file: request and response classes, its method on the
/// client and its interface (partial declarations), and its descriptor. One file per page keeps a one-page
/// edit to one regenerated file.
/// </summary>
internal static class OperationEmitter
{
    /// <summary>The file's text as a string (the command-line tool, tests).</summary>
    public static string Emit(Operation operation, EmitOptions options) => Write(operation, options).Complete();

    /// <summary>The file's text for <c>AddSource</c>: in about half the memory of a string (<see cref="NarrowSourceText"/>).</summary>
    public static Microsoft.CodeAnalysis.Text.SourceText EmitText(Operation operation, EmitOptions options) => Write(operation, options).CompleteText();

    private static SourceWriter Write(Operation operation, EmitOptions options)
    {
        string name = Identifier.Pascal(operation.Name);
        string request = name + "Request";
        string response = name + "Response";
        string client = operation.ClientName!;
        string operations = ClientNames.Operations(client);
        var w = new SourceWriter();
        Header(w);
        w.Open("namespace ", operation.Namespace);
        RequestEmitter.Emit(w, operation, request, options);
        w.Line();
        ResponseEmitter.Emit(w, operation, response, options);
        w.Line();

        w.Open("public partial interface ", ClientNames.Interface(client));
        if (operation.Summary.Length == 0)
        {
            w.Begin("/// <summary>Calls ").WriteXml(operation.Name).End(".</summary>");
        }
        else
        {
            w.Summary(operation.Summary);
        }

        w.Line("/// <param name=\"request\">The request parameters.</param>");
        w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        w.Line("/// <returns>The typed response.</returns>");
        w.Line("/// <exception cref=\"global::SpecClient.ServiceException\">The service answered with an error.</exception>");
        Signature(w.Begin(null), name).End(";");
        w.Close();
        w.Line();

        w.Open("public sealed partial class ", client);
        w.Line("/// <inheritdoc />");
        Signature(w.Begin("public "), name).EndOpen(null);
        w.Line("var apiRequest = new global::SpecClient.ApiRequest(", operations, ".", name, ");");
        w.Line("(request ?? throw new global::System.ArgumentNullException(nameof(request))).WriteTo(apiRequest);");
        w.Begin("return this._transport.SendAsync<").Write(response).Write(">(apiRequest, ");
        ResponseField? bytes = ResponseEmitter.BytesBody(operation);
        if (bytes is not null)
        {
            // An answer of bytes (SLS PullLogs' protobuf): asked for by media type, read from the decompressed body.
            w.Write(SourceWriter.Literal(bytes.MediaType ?? Reading.BinaryBody.OctetStream)).Write(", ");
        }

        w.Write(response).Write(".Read, ");
        if (ResponseEmitter.ReadsHeaders(operation))
        {
            w.Write(response).Write(".ReadHeaders, ");
        }
        else if (bytes is not null)
        {
            // The bytes overload takes the headers reader before the token.
            w.Write("null, ");
        }

        w.End("cancellationToken);");
        w.Close();
        w.Close();
        w.Line();

        w.Open("public static partial class ", operations);
        w.Begin("/// <summary>The descriptor of ").WriteXml(operation.Name).End(": what the emulator needs to answer it.</summary>");
        w.Line("public static global::SpecClient.OperationDescriptor ", name, " { get; } = new global::SpecClient.OperationDescriptor(");
        w.LiteralLine("\t", operation.Product, ",");
        w.LiteralLine("\t", operation.Version, ",");
        w.LiteralLine("\t", operation.Name, ",");
        w.Line("\tglobal::SpecClient.ApiStyle.", WireStyle(operation), ",");
        w.LiteralLine("\t", operation.HttpMethod, ",");
        w.LiteralLine("\t", operation.Path, ",");
        RequiredWireNames(w.Begin("\t"), operation).End(",");
        if (operation.SampleJsonIsValid)
        {
            w.SampleLine("\t", operation.SampleJson, isJson: true, ",");
        }
        else
        {
            // Not strict JSON: quotes may not pair up, so the text is kept as the page has it.
            w.LiteralLine("\t", operation.SampleJson, ",");
        }

        w.SampleLine("\t", operation.SampleXml, isJson: false, ",");
        string? host = HostParameter(operation);
        w.Line("\t", operation.IsReadOnly ? "true" : "false", host is null ? ");" : ",");
        if (host is not null)
        {
            w.LiteralLine("\t", host, ");");
        }

        w.Close();
        PaginatorEmitter.Emit(w, operation, options);
        w.Close();
        return w;
    }

    // "Task<XResponse> XAsync(XRequest request, CancellationToken cancellationToken = default)", on the interface and the class.
    private static SourceWriter Signature(SourceWriter w, string name) =>
        w.Write("global::System.Threading.Tasks.Task<").Write(name).Write("Response> ").Write(name).Write("Async(").Write(name)
            .Write("Request request, global::System.Threading.CancellationToken cancellationToken = default)");

    // Simple Log Service is ROA in shape but signs with its own LOG signature (its metadata's style is "SLS",
    // its pages show "Authorization: LOG"); the product code is what both inputs agree on.
    internal static string WireStyle(Operation operation) =>
        operation.Style == ApiStyleKind.Rpc ? "Rpc"
        : string.Equals(operation.Product, "Sls", System.StringComparison.OrdinalIgnoreCase) ? "Sls"
        : "Roa";

    public static void Header(SourceWriter w)
    {
        w.Line("// <auto-generated/>");
        w.Line("// Generated by SpecClient from API reference pages. Do not edit: change the spec and rebuild.");
        w.Line("#nullable enable");
        w.Line();
    }

    // The wire name of the parameter that goes into the host name (SLS's project), or null.
    private static string? HostParameter(Operation operation)
    {
        foreach (RequestParameter p in operation.Parameters)
        {
            if (p.Position == ParameterPosition.Host)
            {
                return p.WireName;
            }
        }

        return null;
    }

    // The wire names the docs mark as required, as a string array expression written into the line: a list's
    // items and an object's members by their full wire names ("Tag.N.Key", "Config.Name").
    private static SourceWriter RequiredWireNames(SourceWriter w, Operation operation)
    {
        int count = 0;
        foreach (RequestParameter p in operation.Parameters)
        {
            if (!p.IsRequired)
            {
                continue;
            }

            switch (p.Shape)
            {
                case ValueShape.ScalarList:
                    RequiredName(w, count++).WriteLiteral(p.WireName + ".N");
                    break;
                case ValueShape.ObjectList:
                case ValueShape.Object:
                    string prefix = p.WireName + (p.Shape == ValueShape.ObjectList ? ".N." : ".");
                    foreach (RequestParameter m in p.Members)
                    {
                        if (m.IsRequired)
                        {
                            RequiredName(w, count++).WriteLiteral(prefix + m.WireName);
                        }
                    }

                    break;
                default:
                    RequiredName(w, count++).WriteLiteral(p.WireName);
                    break;
            }
        }

        return w.Write(count == 0 ? "global::System.Array.Empty<string>()" : " }");
    }

    // What goes before the index-th required name: the array's start, or a comma.
    private static SourceWriter RequiredName(SourceWriter w, int index) => w.Write(index == 0 ? "new string[] { " : ", ");
}

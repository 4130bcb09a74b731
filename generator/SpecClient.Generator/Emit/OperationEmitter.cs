using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>
/// Emits everything one operation contributes, in one file: request and response classes, its method on the
/// client and its interface (partial declarations), and its descriptor. One file per page keeps a one-page
/// edit to one regenerated file.
/// </summary>
internal static class OperationEmitter
{
    public static string Emit(Operation operation, EmitOptions options)
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

        string summary = operation.Summary.Length == 0 ? "Calls " + operation.Name + "." : operation.Summary;
        string signature = "global::System.Threading.Tasks.Task<" + response + "> " + name + "Async(" + request + " request, global::System.Threading.CancellationToken cancellationToken = default)";
        w.Open("public partial interface ", ClientNames.Interface(client));
        w.Summary(summary);
        w.Line("/// <param name=\"request\">The request parameters.</param>");
        w.Line("/// <param name=\"cancellationToken\">Cancels the call.</param>");
        w.Line("/// <returns>The typed response.</returns>");
        w.Line("/// <exception cref=\"global::SpecClient.ServiceException\">The service answered with an error.</exception>");
        w.Line(signature, ";");
        w.Close();
        w.Line();

        w.Open("public sealed partial class ", client);
        w.Line("/// <inheritdoc />");
        w.Open("public ", signature);
        w.Open("if (request is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(request));");
        w.Close();
        w.Line();
        w.Line("var apiRequest = new global::SpecClient.ApiRequest(", operations, ".", name, ");");
        w.Line("request.WriteTo(apiRequest);");
        string readHeaders = ResponseEmitter.ReadsHeaders(operation) ? response + ".ReadHeaders, " : string.Empty;
        if (ResponseEmitter.BytesBody(operation) is { } bytes)
        {
            // An answer of bytes (SLS PullLogs' protobuf): asked for by media type, read from the decompressed body.
            string mediaType = SourceWriter.Literal(bytes.MediaType ?? Reading.BinaryBody.OctetStream);
            w.Line("return this._transport.SendAsync<", response, ">(apiRequest, " + mediaType + ", ", response + ".Read, " + (readHeaders.Length == 0 ? "null, " : readHeaders), "cancellationToken);");
        }
        else
        {
            w.Line("return this._transport.SendAsync<", response, ">(apiRequest, ", response, ".Read, " + readHeaders + "cancellationToken);");
        }
        w.Close();
        w.Close();
        w.Line();

        w.Open("public static partial class ", operations);
        w.Summary("The descriptor of " + operation.Name + ": what the emulator needs to answer it.");
        w.Line("public static global::SpecClient.OperationDescriptor ", name, " { get; } = new global::SpecClient.OperationDescriptor(");
        w.LiteralLine("    ", operation.Product, ",");
        w.LiteralLine("    ", operation.Version, ",");
        w.LiteralLine("    ", operation.Name, ",");
        w.Line("    global::SpecClient.ApiStyle.", WireStyle(operation), ",");
        w.LiteralLine("    ", operation.HttpMethod, ",");
        w.LiteralLine("    ", operation.Path, ",");
        string[] required = RequiredWireNames(operation);
        w.Line("    ", (required.Length == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", required.Select(SourceWriter.Literal)) + " }"), ",");
        w.LiteralLine("    ", operation.SampleJson, ",");
        w.LiteralLine("    ", operation.SampleXml, ",");
        string? host = operation.Parameters.FirstOrDefault(p => p.Position == ParameterPosition.Host)?.WireName;
        w.Line("    ", operation.IsReadOnly ? "true" : "false", host is null ? ");" : ",");
        if (host is not null)
        {
            w.LiteralLine("    ", host, ");");
        }

        w.Close();
        PaginatorEmitter.Emit(w, operation, options);
        w.Close();
        return w.Complete();
    }

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

    private static string[] RequiredWireNames(Operation operation) =>
        operation.Parameters
            .Where(p => p.IsRequired)
            .SelectMany(p => p.Shape switch
            {
                ValueShape.ScalarList => new[] { p.WireName + ".N" },
                ValueShape.ObjectList => p.Members.Where(m => m.IsRequired).Select(m => p.WireName + ".N." + m.WireName).ToArray(),
                ValueShape.Object => p.Members.Where(m => m.IsRequired).Select(m => p.WireName + "." + m.WireName).ToArray(),
                _ => new[] { p.WireName },
            })
            .ToArray();
}

using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>
/// Emits the product-level parts of a client: constructors, the list of operation descriptors and the
/// error-code constants. The operations themselves come from <see cref="OperationEmitter"/>.
/// </summary>
internal static class ClientEmitter
{
    /// <summary>The file's text as a string (the command-line tool, tests).</summary>
    public static string Emit(ProductClient client, EmitOptions options) => Write(client, options).Complete();

    /// <summary>The file's text for <c>AddSource</c>: in about half the memory of a string (<see cref="NarrowSourceText"/>).</summary>
    public static Microsoft.CodeAnalysis.Text.SourceText EmitText(ProductClient client, EmitOptions options) => Write(client, options).CompleteText();

    private static SourceWriter Write(ProductClient client, EmitOptions options)
    {
        string clientName = client.ClientName;
        string iface = ClientNames.Interface(clientName);
        string operations = ClientNames.Operations(clientName);
        var w = new SourceWriter();
        OperationEmitter.Header(w);
        w.Open("namespace ", client.Namespace);

        w.Summary("The " + client.Product + " API (version " + client.Version + "), one method per operation. Mock this interface in tests.");
        w.Open("public partial interface ", iface);
        w.Close();
        w.Line();

        w.Summary("Client of the " + client.Product + " API (version " + client.Version + "), generated from its reference pages.");
        string factory = options.UseClientFactory ? ", global::SpecClient.ISpecClientFactory<" + clientName + ">" : string.Empty;
        w.Open("public sealed partial class " + clientName + " : " + iface + factory);
        EndpointsEmitter.Emit(w, client);
        w.Line("/// <summary>The API version every request is sent with.</summary>");
        w.Begin("public const string ApiVersion = ").WriteLiteral(client.Version).End(";");
        w.Line();
        w.Line("private readonly global::SpecClient.ApiTransport _transport;");
        w.Line();
        w.Line("/// <summary>Creates a client with default options: credentials from the environment, the endpoint from <see cref=\"Endpoints\"/>, V3 signing.</summary>");
        w.Line("public ", clientName, "()");
        w.Line("\t: this(new global::SpecClient.SpecClientOptions())");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>Creates a client over a shared HttpClient.</summary>");
        w.Line("/// <param name=\"options\">Endpoint or region, credentials, signing and timeouts.</param>");
        w.Open("public ", clientName, "(global::SpecClient.SpecClientOptions options)");
        w.Line("this._transport = new global::SpecClient.ApiTransport(options ?? throw new global::System.ArgumentNullException(nameof(options)), Endpoints);");
        w.Close();
        w.Line();
        w.Line("/// <summary>Creates a client over the given HttpClient, for example one from IHttpClientFactory.</summary>");
        w.Line("/// <param name=\"httpClient\">The HttpClient to send with; it is not disposed by the client.</param>");
        w.Line("/// <param name=\"options\">Endpoint or region, credentials, signing and timeouts.</param>");
        w.Open("public ", clientName, "(global::System.Net.Http.HttpClient httpClient, global::SpecClient.SpecClientOptions options)");
        w.Line("this._transport = new global::SpecClient.ApiTransport(httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient)), options ?? throw new global::System.ArgumentNullException(nameof(options)), Endpoints);");
        w.Close();
        if (options.UseClientFactory)
        {
            w.Line();
            w.Line("/// <summary>Creates a client over the given HttpClient; lets dependency injection build clients without reflection.</summary>");
            w.Line("/// <param name=\"httpClient\">The HttpClient to send with; it is not disposed by the client.</param>");
            w.Line("/// <param name=\"options\">Endpoint or region, credentials, signing and timeouts.</param>");
            w.Line("/// <returns>The client.</returns>");
            w.Line("public static ", clientName, " Create(global::System.Net.Http.HttpClient httpClient, global::SpecClient.SpecClientOptions options) => new ", clientName, "(httpClient, options);");
        }
        w.Close();
        w.Line();

        w.Summary("The descriptors of the " + client.Product + " operations, for the emulator and for tooling.");
        w.Open("public static partial class ", operations);
        w.Line("private static global::SpecClient.OperationDescriptor[]? s_all;");
        w.Line();
        w.Line("/// <summary>Every operation of the client.</summary>");
        w.Line("/// <remarks>Built on first use: the descriptors live in other parts of this partial class, whose initialization order is not defined.</remarks>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::SpecClient.OperationDescriptor> All => s_all ??= new global::SpecClient.OperationDescriptor[]");
        w.Line("{");
        foreach (Operation operation in client.Operations)
        {
            w.Line("\t", Identifier.Pascal(operation.Name), ",");
        }

        w.Line("};");
        w.Close();
        w.Line();

        w.Summary("The error codes the " + client.Product + " reference pages list, to compare with ServiceException.Code.");
        w.Open("public static partial class ", ClientNames.ErrorCodes(clientName));
        var taken = new HashSet<string>(System.StringComparer.Ordinal) { ClientNames.ErrorCodes(clientName) };
        foreach (ErrorCode error in DistinctErrors(client))
        {
            // Written piece by piece: the largest clients list hundreds of codes.
            w.Summary(error.Message ?? error.Description ?? error.Code);
            if (error.HttpStatus is { } status)
            {
                w.Begin("/// <remarks>HTTP status ").Write(status.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write(error.Description is null ? "." : ". ").WriteXml(error.Description).End("</remarks>");
            }

            w.Begin("public const string ").Write(Identifier.Unique(Identifier.Pascal(error.Code), taken)).Write(" = ").WriteLiteral(error.Code).End(";");
            w.Line();
        }

        w.Close();
        PaginatorEmitter.EmitClass(w, client, options);
        w.Close();
        return w;
    }

    // Each code once, as the first operation to list it describes it, in ordinal order of the codes. The codes are
    // made distinct before they are sorted: the corpus's clients list the same codes over and over, and a stable
    // sort of every listing was a third of this file's time.
    private static List<ErrorCode> DistinctErrors(ProductClient client)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var errors = new List<ErrorCode>();
        foreach (Operation operation in client.Operations)
        {
            foreach (ErrorCode error in operation.Errors)
            {
                if (seen.Add(error.Code))
                {
                    errors.Add(error);
                }
            }
        }

        errors.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return errors;
    }
}

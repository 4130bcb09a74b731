using Microsoft.AspNetCore.Http;
using SpecClient.Tests.Transport;

namespace SpecClient.EndToEnd.Tests;

/// <summary>
/// A real HTTP server (the runtime tests' Kestrel <see cref="LoopbackServer"/> on 127.0.0.1) that answers each
/// request with the JSON a test computes from the request's parameters (query and form, decoded). The emulator
/// answers one fixed body per action; paging needs an answer per page.
/// </summary>
internal sealed class PagingServer : IAsyncDisposable
{
    private readonly LoopbackServer _server;

    private PagingServer(LoopbackServer server)
    {
        _server = server;
        ClientOptions = new SpecClientOptions
        {
            Endpoint = server.BaseUri.GetLeftPart(UriPartial.Authority),
            AllowInsecureHttp = true,
            Credentials = new StaticCredentialProvider("paging-key-id", "paging-key-secret"),
        };
    }

    /// <summary>Each request's parameters, in order of arrival.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Requests => _server.Requests.Select(Parameters).ToList();

    public SpecClientOptions ClientOptions { get; }

    public static async Task<PagingServer> StartAsync(Func<IReadOnlyDictionary<string, string>, string> answer) =>
        new(await LoopbackServer.StartAsync(async (context, server) =>
        {
            // Pages are requested one after another, so the request just recorded is the one being answered.
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer(Parameters(server.Requests.Last())), context.RequestAborted);
        }));

    /// <summary>The values one parameter had in each request, in order (null where it was not sent).</summary>
    public string?[] Sent(string name) => Requests.Select(r => r.TryGetValue(name, out string? value) ? value : null).ToArray();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static IReadOnlyDictionary<string, string> Parameters(ReceivedRequest request)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Query.Concat(request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true ? request.Form : []))
        {
            parameters[name] = value;
        }

        return parameters;
    }
}

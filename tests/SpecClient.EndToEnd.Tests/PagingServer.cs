using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SpecClient.EndToEnd.Tests;

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, port 0) that answers each request with the JSON a test computes from
/// the request's parameters (query and form, decoded), and keeps those parameters in order of arrival. The emulator
/// answers one fixed body per action; paging needs an answer per page.
/// </summary>
internal sealed class PagingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<IReadOnlyDictionary<string, string>, string> _answer;

    private PagingServer(WebApplication app, Func<IReadOnlyDictionary<string, string>, string> answer)
    {
        _app = app;
        _answer = answer;
    }

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Requests { get; } = new();

    public SpecClientOptions ClientOptions { get; private set; } = null!;

    public static async Task<PagingServer> StartAsync(Func<IReadOnlyDictionary<string, string>, string> answer)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        var server = new PagingServer(app, answer);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ClientOptions = new SpecClientOptions
        {
            Endpoint = new Uri(address).GetLeftPart(UriPartial.Authority),
            AllowInsecureHttp = true,
            Credentials = new StaticCredentialProvider("paging-key-id", "paging-key-secret"),
        };
        return server;
    }

    /// <summary>The values one parameter had in each request, in order (null where it was not sent).</summary>
    public string?[] Sent(string name) => Requests.Select(r => r.TryGetValue(name, out string? value) ? value : null).ToArray();

    private async Task HandleAsync(HttpContext context)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in context.Request.Query)
        {
            parameters[pair.Key] = pair.Value.ToString();
        }

        if (context.Request.HasFormContentType)
        {
            foreach (var pair in await context.Request.ReadFormAsync(context.RequestAborted))
            {
                parameters[pair.Key] = pair.Value.ToString();
            }
        }

        Requests.Enqueue(parameters);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(_answer(parameters), context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

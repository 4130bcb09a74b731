using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SpecClient.Tests.Transport;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, port 0) that records each request exactly as received and
/// answers with a handler the test gives. Nothing of SpecClient is mocked.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();

    private LoopbackServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    /// <summary>The server's address, for example <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseUri { get; }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>Canceled when the server stops: handlers that stall wait on it.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public ReceivedRequest Single()
    {
        Assert.Single(Requests);
        Requests.TryPeek(out ReceivedRequest? request);
        return request!;
    }

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, LoopbackServer, Task> respond)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            server!.Requests.Enqueue(await ReceivedRequest.ReadAsync(context.Request));
            await respond(context, server);
        });

        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Answers with a status, a body and optional headers.</summary>
    public static Func<HttpContext, LoopbackServer, Task> Reply(int status, string body, string contentType = "application/json", params (string Name, string Value)[] headers)
    {
        return async (context, _) =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            foreach ((string name, string value) in headers)
            {
                context.Response.Headers.Append(name, value);
            }

            await context.Response.WriteAsync(body);
        };
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}

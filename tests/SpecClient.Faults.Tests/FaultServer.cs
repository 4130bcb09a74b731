using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SpecClient.Faults.Tests;

/// <summary>What the server saw of one request: when it arrived and how it was signed.</summary>
internal sealed record Arrival(int Index, TimeSpan At, string Action, string? Nonce, string? Timestamp, int BodyLength);

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, port 0) that answers the n-th request with the n-th scripted
/// behaviour (the last one repeats) and counts every request it received whole. Behaviours that stall wait on
/// the request's abort token or the server's stop, never on a fixed time, so nothing outlives a test.
/// </summary>
internal sealed class FaultServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Func<HttpContext, FaultServer, Task>[] _script;
    private int _count = -1;

    private FaultServer(WebApplication app, Func<HttpContext, FaultServer, Task>[] script)
    {
        _app = app;
        _script = script;
    }

    public Uri BaseUri { get; private set; } = null!;

    public ConcurrentQueue<Arrival> Arrivals { get; } = new();

    /// <summary>Requests received whole (headers and body) before the behaviour ran.</summary>
    public int Count => Arrivals.Count;

    /// <summary>Bytes a streaming behaviour managed to write before the client went away.</summary>
    public long BytesWritten;

    public CancellationToken Stopping => _stopping.Token;

    public static async Task<FaultServer> StartAsync(params Func<HttpContext, FaultServer, Task>[] script)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        var server = new FaultServer(app, script);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        int index = Interlocked.Increment(ref _count);
        string action = context.Request.Headers["x-acs-action"].FirstOrDefault() ?? FormValue(body, "Action") ?? string.Empty;
        string? nonce = context.Request.Headers["x-acs-signature-nonce"].FirstOrDefault() ?? FormValue(body, "SignatureNonce");
        string? timestamp = context.Request.Headers["x-acs-date"].FirstOrDefault() ?? FormValue(body, "Timestamp");
        Arrivals.Enqueue(new Arrival(index, _clock.Elapsed, action, nonce, timestamp, body.Length));
        context.Response.Headers["x-acs-request-id"] = "R-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await _script[Math.Min(index, _script.Length - 1)](context, this);
    }

    private static string? FormValue(string body, string name)
    {
        foreach (string pair in body.Split('&'))
        {
            int equals = pair.IndexOf('=');
            if (equals > 0 && pair.AsSpan(0, equals).SequenceEqual(name))
            {
                return Uri.UnescapeDataString(pair.Substring(equals + 1));
            }
        }

        return null;
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

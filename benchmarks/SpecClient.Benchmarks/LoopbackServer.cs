using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using SpecClient.Benchmarks.Domain;

namespace SpecClient.Benchmarks;

/// <summary>
/// The one server both clients call: Kestrel on 127.0.0.1, HTTP/1.1, answering every request with the doc page's
/// sample JSON. It checks no signature and parses nothing, so the comparison measures the clients. It runs in a
/// child process (this program with <see cref="ServeArgument"/>), so the benchmarks' allocation and GC figures are
/// the client's alone.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    public const string ServeArgument = "--serve";
    public const string RequestId = "0EA54E99-DB48-4CE3-A099-6ED8E451B8AC";
    private const string ListeningPrefix = "LISTENING ";

    private readonly Process _process;

    private LoopbackServer(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The server process's id, for reading its CPU time (<see cref="SchedStat"/>).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The body every request gets: the sample response of the ResendEmailVerification page.</summary>
    public static byte[] Body { get; } = Encoding.UTF8.GetBytes(
        DomainOperations.ResendEmailVerification.SampleResponseJson
        ?? throw new InvalidOperationException("The page's sample response is missing."));

    /// <summary>Starts the server process and returns once it listens.</summary>
    public static async Task<LoopbackServer> StartAsync()
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(LoopbackServer).Assembly.Location);
        }

        start.ArgumentList.Add(ServeArgument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        if (line is null || !line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The server process said '" + line + "' instead of its address.");
        }

        return new LoopbackServer(process, new Uri(line.Substring(ListeningPrefix.Length).TrimEnd('/') + "/"));
    }

    /// <summary>The child's side: serve until standard input closes (the parent is done or gone).</summary>
    public static async Task<int> ServeAsync()
    {
        byte[] body = Body;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1);
        });
        await using var app = builder.Build();
        app.Run(context =>
        {
            // The request body (V1's form) is left to Kestrel, which drains it before the next request.
            HttpResponse response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json;charset=utf-8";
            response.ContentLength = body.Length;
            response.Headers["x-acs-request-id"] = RequestId;
            return response.Body.WriteAsync(body, 0, body.Length);
        });
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.Out.WriteLine(ListeningPrefix + address);
        Console.Out.Flush();

        await Console.In.ReadToEndAsync().ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}

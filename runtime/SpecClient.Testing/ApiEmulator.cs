using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using SpecClient.Signing;
using SpecClient.Testing.Internal;

namespace SpecClient.Testing;

/// <summary>
/// A local stand-in for Alibaba Cloud RPC endpoints: an in-process HTTP server on <c>127.0.0.1</c> that verifies
/// V1 and V3 signatures like the real service, answers with the doc pages' sample responses, returns the
/// service's error shapes, and records what it received. Start one per test (or per test class) and dispose it.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = DomainOperations.All });
/// var client = new DomainClient(emulator.CreateClientOptions());
/// </code>
/// </example>
public sealed class ApiEmulator : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly RequestPipeline _pipeline;
    private readonly RequestLog _log;
    private readonly OperationCatalog _operations;
    private int _disposed;

    private ApiEmulator(WebApplication app, RequestPipeline pipeline, RequestLog log, OperationCatalog operations, AccessKeyCredential credential, Uri endpoint)
    {
        _app = app;
        _pipeline = pipeline;
        _log = log;
        _operations = operations;
        Credential = credential;
        Endpoint = endpoint;
    }

    /// <summary>The emulator's base address, <c>http://127.0.0.1:PORT</c> with a port the system chose.</summary>
    public Uri Endpoint { get; }

    /// <summary>The first configured credential: the one <see cref="CreateClientOptions"/> signs with.</summary>
    public AccessKeyCredential Credential { get; }

    /// <summary>The requests received so far, oldest first (a snapshot, capped at <see cref="EmulatorOptions.MaxRecordedRequests"/>).</summary>
    public IReadOnlyList<EmulatedRequest> Requests => _log.Snapshot();

    /// <summary>Starts an emulator on a free loopback port and returns once it accepts connections.</summary>
    /// <exception cref="ArgumentException">No credential is configured, or a limit or the SLS shard count is not positive.</exception>
    public static async Task<ApiEmulator> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var credentials = (options.Credentials ?? Array.Empty<AccessKeyCredential>()).ToArray();
        if (credentials.Length == 0)
        {
            throw new ArgumentException("At least one credential must be configured.", nameof(options));
        }

        if (options.MaxRequestBodyBytes <= 0 || options.MaxClockSkew <= TimeSpan.Zero || options.SlsShardCount <= 0)
        {
            throw new ArgumentException("MaxRequestBodyBytes, MaxClockSkew and SlsShardCount must be positive.", nameof(options));
        }

        var clock = options.TimeProvider ?? TimeProvider.System;
        var operations = new OperationCatalog(options.Operations ?? Array.Empty<OperationDescriptor>());
        var log = new RequestLog(options.MaxRecordedRequests);
        var pipeline = new RequestPipeline(operations, new Authenticator(credentials, clock, options.MaxClockSkew), log, clock, options.Logger, new SlsLogStore(options.SlsShardCount, clock));

        // The empty builder reads no configuration, environment or appsettings and registers no log provider:
        // a test's environment cannot change how the emulator behaves, and it prints nothing on its own.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;

            // Bounded so a runaway test loop exhausts a limit, not the machine.
            kestrel.Limits.MaxConcurrentConnections = 256;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1);
        });
        builder.WebHost.UseShutdownTimeout(StopTimeout);
        var app = builder.Build();
        app.Run(pipeline.HandleAsync);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiEmulator(app, pipeline, log, operations, credentials[0], new Uri(address));
    }

    /// <summary>
    /// Client options that reach this emulator: its endpoint, plain HTTP allowed, and <see cref="Credential"/>.
    /// </summary>
    public SpecClientOptions CreateClientOptions(SignatureVersion signatureVersion = SignatureVersion.V3) =>
        new()
        {
            Endpoint = Endpoint.GetLeftPart(UriPartial.Authority),
            AllowInsecureHttp = true,
            SignatureVersion = signatureVersion,
            Credentials = new StaticCredentialProvider(Credential),
        };

    /// <summary>
    /// Makes <paramref name="action"/> answer 200 with <paramref name="json"/> instead of its sample, after the
    /// usual checks (signature, required parameters).
    /// </summary>
    /// <exception cref="ArgumentException">The action is not one of the configured operations.</exception>
    public void SetResponse(string action, string json)
    {
        EnsureKnown(action);
        _pipeline.SetOverride(action, ResponseOverride.Success(json ?? throw new ArgumentNullException(nameof(json))));
    }

    /// <summary>
    /// Makes <paramref name="action"/> answer an error in the service's shape, after the usual checks, for
    /// testing a client's error path. For example <c>SetError("ResendEmailVerification", 403, "Forbidden.RAM", "User not authorized to operate on the specified resource.")</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The action is not one of the configured operations, or the status is not 4xx or 5xx.</exception>
    public void SetError(string action, int statusCode, string code, string message)
    {
        EnsureKnown(action);
        if (statusCode < 400 || statusCode > 599)
        {
            throw new ArgumentException("An error status must be 4xx or 5xx.", nameof(statusCode));
        }

        _pipeline.SetOverride(action, ResponseOverride.Failure(new EmulatorError(
            statusCode,
            code ?? throw new ArgumentNullException(nameof(code)),
            message ?? throw new ArgumentNullException(nameof(message)))));
    }

    /// <summary>Drops every <see cref="SetResponse"/> and <see cref="SetError"/>: actions answer their samples again.</summary>
    public void ResetResponses() => _pipeline.ClearOverrides();

    /// <summary>Forgets the recorded <see cref="Requests"/>.</summary>
    public void ClearRequests() => _log.Clear();

    /// <summary>Stops the server (open connections get at most a few seconds) and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            try
            {
                await _app.StopAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping gave up on a connection that would not close; disposing below still frees the port.
            }
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private void EnsureKnown(string action)
    {
        if (action is null || !_operations.Contains(action))
        {
            throw new ArgumentException("'" + action + "' is not one of the emulator's operations.", nameof(action));
        }
    }
}

using SpecClient.Testing;

namespace SpecClient.Testing.Tests.Support;

/// <summary>
/// A fresh emulator per test (starting one takes milliseconds) and a plain HttpClient, both disposed after
/// the test. The client has a short timeout so a misbehaving emulator fails a test instead of hanging it.
/// </summary>
public abstract class EmulatorTestBase : IAsyncLifetime
{
    private ApiEmulator? _emulator;

    protected HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(20) };

    protected ApiEmulator Emulator => _emulator ?? throw new InvalidOperationException("not started");

    protected virtual EmulatorOptions CreateOptions() => new() { Operations = DomainOperations.All };

    public async Task InitializeAsync() => _emulator = await ApiEmulator.StartAsync(CreateOptions());

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    internal Task<ServiceAnswer> SendV1Async(RpcCall call, HttpMethod? method = null) =>
        ServiceAnswer.SendAsync(Http, call.SignV1(Emulator.Endpoint, method ?? HttpMethod.Post));

    internal Task<ServiceAnswer> SendV3Async(RpcCall call, bool parametersInBody = false) =>
        ServiceAnswer.SendAsync(Http, call.SignV3(Emulator.Endpoint, parametersInBody));

    /// <summary>Sends with the scheme named by <paramref name="version"/> ("V1" or "V3"), so a theory covers both.</summary>
    internal Task<ServiceAnswer> SendAsync(string version, RpcCall call) =>
        version == "V1" ? SendV1Async(call) : SendV3Async(call);
}

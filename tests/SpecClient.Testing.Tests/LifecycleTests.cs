using System.Net.Sockets;
using SpecClient.Testing.Tests.Support;

namespace SpecClient.Testing.Tests;

/// <summary>Starting, configuring and disposing emulators.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Emulators_listen_on_distinct_loopback_ports_and_release_them_on_dispose()
    {
        var first = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = DomainOperations.All });
        await using var second = await ApiEmulator.StartAsync(new EmulatorOptions());

        Assert.Equal("127.0.0.1", first.Endpoint.Host);
        Assert.Equal("http", first.Endpoint.Scheme);
        Assert.NotEqual(first.Endpoint.Port, second.Endpoint.Port);

        var endpoint = first.Endpoint;
        await first.DisposeAsync();
        await first.DisposeAsync(); // twice is harmless

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(endpoint));
        Assert.IsType<SocketException>(refused.InnerException);
    }

    [Fact]
    public async Task Dispose_does_not_wait_for_idle_keep_alive_connections()
    {
        var emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = DomainOperations.All });
        using var http = new HttpClient();
        (await ServiceAnswer.SendAsync(http, new RpcCall().SignV3(emulator.Endpoint))).Status.ToString();

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await emulator.DisposeAsync();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(4), stopwatch.Elapsed.ToString());
    }

    [Fact]
    public async Task Starting_without_credentials_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => ApiEmulator.StartAsync(new EmulatorOptions { Credentials = Array.Empty<AccessKeyCredential>() }));
    }

    [Fact]
    public async Task A_pinned_clock_decides_which_timestamps_are_fresh()
    {
        var clock = new FixedClock(new DateTimeOffset(2016, 2, 23, 12, 46, 24, TimeSpan.Zero));
        await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = DomainOperations.All, TimeProvider = clock });
        using var http = new HttpClient();

        var then = await ServiceAnswer.SendAsync(http, new RpcCall { Timestamp = clock.GetUtcNow() }.SignV3(emulator.Endpoint));
        var now = await ServiceAnswer.SendAsync(http, new RpcCall().SignV3(emulator.Endpoint));

        Assert.Equal(200, then.Status);
        now.AssertError(400, "InvalidTimeStamp.Expired");
    }

    private sealed class FixedClock : TimeProvider
    {
        private readonly DateTimeOffset _now;

        public FixedClock(DateTimeOffset now) => _now = now;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}

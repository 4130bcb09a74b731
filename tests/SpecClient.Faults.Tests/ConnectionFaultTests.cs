using System.Globalization;
using System.Net;
using System.Net.Sockets;
using static SpecClient.Faults.Tests.Faults;

namespace SpecClient.Faults.Tests;

/// <summary>
/// Connections that fail: refused or never accepted (nothing sent: retried for every operation) and reset after
/// the request arrived (maybe executed: retried for reads only).
/// </summary>
[Trait("Category", "Faults")]
public sealed class ConnectionFaultTests : FaultTest
{
    [Fact(Timeout = TestTimeout)]
    public async Task A_reset_after_the_write_arrived_is_never_sent_again()
    {
        await using FaultServer server = await FaultServer.StartAsync(Reset, Ok);

        (HttpRequestException e, TimeSpan elapsed) = await Fails<HttpRequestException>(() => Send(new ApiTransport(Options(server), "x"), WriteOperation));

        Assert.Equal(1, server.Count);
        Assert.True(server.Arrivals.Single().BodyLength >= 0);
        AssertWithin(elapsed, TimeSpan.FromSeconds(5));
        AssertNoSecret(e);
        LogLine notRetried = Assert.Single(Logs.Lines, l => l.EventId.Name == "NotRetried");
        Assert.Equal("connection_lost", notRetried["Reason"]);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_reset_on_a_read_is_retried()
    {
        await using FaultServer server = await FaultServer.StartAsync(Reset, Reset, Ok);

        Result result = await Send(new ApiTransport(Options(server), "x"), ReadOperation);

        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(3, server.Count);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_reset_in_the_middle_of_the_body_is_not_sent_again_for_a_write_but_is_for_a_read()
    {
        await using FaultServer server = await FaultServer.StartAsync(ResetMidBody, ResetMidBody, Ok);
        var transport = new ApiTransport(Options(server), "x");

        (HttpRequestException e, _) = await Fails<HttpRequestException>(() => Send(transport, WriteOperation));
        Assert.Equal(1, server.Count);
        Assert.Contains("HTTP 200", e.Message);
        Assert.Contains("RequestId R-0", e.Message);

        Result result = await Send(transport, ReadOperation);
        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(3, server.Count);
    }

    [Theory(Timeout = TestTimeout)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_refused_connection_is_retried_for_a_write_then_reported(bool injectedClient)
    {
        Uri endpoint = new("http://127.0.0.1:" + ClosedPort().ToString(CultureInfo.InvariantCulture) + "/");
        using var httpClient = new HttpClient();
        SpecClientOptions options = OptionsFor(endpoint);
        ApiTransport transport = injectedClient ? new ApiTransport(httpClient, options, "x") : new ApiTransport(options, "x");

        (HttpRequestException e, TimeSpan elapsed) = await Fails<HttpRequestException>(() => Send(transport, WriteOperation));

        Assert.Equal(HttpRequestError.ConnectionError, e.HttpRequestError);
        Assert.Equal(2, Logs.Lines.Count(l => l.EventId.Name == "Retrying" && (string?)l["Reason"] == "connect_failure"));
        AssertWithin(elapsed, TimeSpan.FromSeconds(5));
        AssertNoSecret(e);
    }

    [Theory(Timeout = TestTimeout)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_connect_that_never_completes_ends_at_the_connect_timeout_and_is_retried_for_a_write(bool injectedClient)
    {
        // A listener whose accept queue is full: the kernel drops further SYNs, so a connect hangs.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var endpoint = (IPEndPoint)listener.LocalEndPoint!;
        var fillers = new List<Socket>();
        try
        {
            Assert.True(await FillAcceptQueueAsync(endpoint, fillers), "could not fill the accept queue");
            SpecClientOptions options = OptionsFor(new Uri("http://127.0.0.1:" + endpoint.Port.ToString(CultureInfo.InvariantCulture) + "/"));
            options.ConnectTimeout = TimeSpan.FromMilliseconds(300);

            // An injected client whose handler has the connect timeout and whose HttpClient has none.
            using var httpClient = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromMilliseconds(300) }) { Timeout = Timeout.InfiniteTimeSpan };
            ApiTransport transport = injectedClient ? new ApiTransport(httpClient, options, "x") : new ApiTransport(options, "x");

            (SpecClientTimeoutException e, TimeSpan elapsed) = await Fails<SpecClientTimeoutException>(() => Send(transport, WriteOperation));

            Assert.Contains(injectedClient ? "connect timeout" : "SpecClientOptions.ConnectTimeout", e.Message);
            Assert.Equal(injectedClient ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(300), e.Timeout);
            Assert.Equal(2, Logs.Lines.Count(l => l.EventId.Name == "Retrying" && (string?)l["Reason"] == "connect_failure"));
            Assert.True(elapsed >= TimeSpan.FromMilliseconds(800), "took only " + elapsed);
            AssertWithin(elapsed, TimeSpan.FromSeconds(15));
            AssertNoSecret(e);
        }
        finally
        {
            fillers.ForEach(s => s.Dispose());
        }
    }

    private static async Task<bool> FillAcceptQueueAsync(IPEndPoint endpoint, List<Socket> fillers)
    {
        for (int i = 0; i < 16; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            fillers.Add(socket);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(1000));
            try
            {
                await socket.ConnectAsync(endpoint, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                return true;
            }
        }

        return false;
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

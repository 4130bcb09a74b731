using static SpecClient.Faults.Tests.Faults;

namespace SpecClient.Faults.Tests;

/// <summary>Slow headers and slow bodies: the call's limit, the attempt's limit and the caller's token all end a call promptly.</summary>
[Trait("Category", "Faults")]
public sealed class TimeoutFaultTests : FaultTest
{
    [Theory(Timeout = TestTimeout)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Slow_headers_or_a_slow_body_end_at_the_call_timeout(bool slowBody)
    {
        await using FaultServer server = await FaultServer.StartAsync(slowBody ? SlowBody(TimeSpan.FromMilliseconds(500)) : Stall);
        SpecClientOptions options = Options(server);
        options.Timeout = TimeSpan.FromMilliseconds(1500);

        (SpecClientTimeoutException e, TimeSpan elapsed) = await Fails<SpecClientTimeoutException>(() => Send(new ApiTransport(options, "x"), ReadOperation));

        Assert.Equal(TimeSpan.FromMilliseconds(1500), e.Timeout);
        Assert.Contains("SpecClientOptions.Timeout", e.Message);
        Assert.IsType<TimeoutException>(e.InnerException);
        Assert.True(elapsed >= TimeSpan.FromMilliseconds(1400), "ended early: " + elapsed);
        AssertWithin(elapsed, TimeSpan.FromSeconds(10));
        Assert.Equal(1, server.Count);
        AssertNoSecret(e);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_slow_read_attempt_is_cut_by_AttemptTimeout_and_sent_again()
    {
        await using FaultServer server = await FaultServer.StartAsync(SlowHeaders(TimeSpan.FromSeconds(30)), SlowBody(TimeSpan.FromSeconds(30)), Ok);
        SpecClientOptions options = Options(server);
        options.Retry.AttemptTimeout = TimeSpan.FromMilliseconds(1500);

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        Result result = await Send(new ApiTransport(options, "x"), ReadOperation);

        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(3, server.Count);
        AssertWithin(stopwatch.Elapsed, TimeSpan.FromSeconds(15));
        Assert.Equal(2, Logs.Lines.Count(l => l.EventId.Name == "Retrying" && (string?)l["Reason"] == "timeout"));
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_slow_write_attempt_is_cut_by_AttemptTimeout_and_not_sent_again()
    {
        await using FaultServer server = await FaultServer.StartAsync(SlowHeaders(TimeSpan.FromSeconds(30)), Ok);
        SpecClientOptions options = Options(server);
        options.Retry.AttemptTimeout = TimeSpan.FromMilliseconds(1500);

        (SpecClientTimeoutException e, TimeSpan elapsed) = await Fails<SpecClientTimeoutException>(() => Send(new ApiTransport(options, "x"), WriteOperation));

        Assert.Contains("AttemptTimeout", e.Message);
        Assert.Equal(1, server.Count);
        AssertWithin(elapsed, TimeSpan.FromSeconds(10));
    }

    [Theory(Timeout = TestTimeout)]
    [InlineData("headers")]
    [InlineData("body")]
    [InlineData("backoff")]
    public async Task The_caller_s_token_ends_the_call_promptly_wherever_it_waits(string where)
    {
        Func<Microsoft.AspNetCore.Http.HttpContext, FaultServer, Task> behaviour = where switch
        {
            "headers" => Stall,
            "body" => SlowBody(TimeSpan.FromSeconds(1)),
            _ => Error(503, "ServiceUnavailable", ("Retry-After", "10")),
        };
        await using FaultServer server = await FaultServer.StartAsync(behaviour);
        SpecClientOptions options = Options(server);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(30);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500));

        (OperationCanceledException e, TimeSpan elapsed) = await Fails<OperationCanceledException>(() => Send(new ApiTransport(options, "x"), ReadOperation, cancellation.Token));

        Assert.Equal(cancellation.Token, e.CancellationToken);
        AssertWithin(elapsed, TimeSpan.FromSeconds(10));
        Assert.Equal(1, server.Count);
        Assert.Equal(0, LogCount("Failed"));
        Assert.Equal(1, LogCount("Canceled"));
    }

    [Fact(Timeout = TestTimeout)]
    public async Task An_injected_HttpClient_s_timeout_counts_as_an_attempt_timeout()
    {
        await using FaultServer server = await FaultServer.StartAsync(Stall, Ok, Stall);
        using var httpClient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(1500) };

        Result result = await Send(new ApiTransport(httpClient, Options(server), "x"), ReadOperation);
        Assert.Equal(2, server.Count);

        (SpecClientTimeoutException e, _) = await Fails<SpecClientTimeoutException>(() => Send(new ApiTransport(httpClient, Options(server), "x"), WriteOperation));
        Assert.Contains("HttpClient", e.Message);
        Assert.Equal(3, server.Count);
        Assert.Equal("req-ok", result.RequestId);
    }
}

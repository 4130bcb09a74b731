using SpecClient.Signing;
using static SpecClient.Faults.Tests.Faults;

namespace SpecClient.Faults.Tests;

/// <summary>Throttling sequences: absorbed by retries, each attempt signed anew, waits honoured, the budget respected.</summary>
[Trait("Category", "Faults")]
public sealed class ThrottlingFaultTests : FaultTest
{
    [Theory(Timeout = TestTimeout)]
    [InlineData(SignatureVersion.V1)]
    [InlineData(SignatureVersion.V3)]
    public async Task A_throttling_burst_is_absorbed_and_each_attempt_is_signed_anew(SignatureVersion version)
    {
        await using FaultServer server = await FaultServer.StartAsync(Error(400, "Throttling.User"), Error(503, "ServiceUnavailable"), Ok);
        var transport = new ApiTransport(Options(server, version), "x");

        Result result = await Send(transport, WriteOperation);

        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(3, server.Count);
        Arrival[] arrivals = server.Arrivals.ToArray();
        Assert.Equal(3, arrivals.Select(a => a.Nonce).Distinct().Count());
        Assert.All(arrivals, a => Assert.False(string.IsNullOrEmpty(a.Timestamp)));
        Assert.Equal(2, LogCount("Retrying"));
        Assert.Equal(0, LogCount("Failed"));
    }

    [Fact(Timeout = TestTimeout)]
    public async Task Endless_throttling_ends_with_ThrottlingException_after_MaxAttempts()
    {
        await using FaultServer server = await FaultServer.StartAsync(Error(400, "Throttling.Api"));
        SpecClientOptions options = Options(server);
        options.Retry.MaxAttempts = 4;

        (ThrottlingException e, TimeSpan elapsed) = await Fails<ThrottlingException>(() => Send(new ApiTransport(options, "x"), WriteOperation));

        Assert.Equal(4, server.Count);
        Assert.Equal(("Throttling.Api", 400, "E-400"), (e.Code, e.StatusCode, e.RequestId));
        AssertWithin(elapsed, TimeSpan.FromSeconds(5));
        AssertNoSecret(e);
        LogLine failed = Assert.Single(Logs.Lines, l => l.EventId.Name == "Failed");
        Assert.Equal((4, 400, "Throttling.Api"), (failed["Attempt"], failed["Status"], failed["ErrorCode"]));
    }

    [Theory(Timeout = TestTimeout)]
    [InlineData("Retry-After", "1", 0.9)]
    [InlineData("x-acs-retry-after", "0.4", 0.35)]
    public async Task The_next_attempt_arrives_no_sooner_than_the_service_asked(string header, string value, double atLeastSeconds)
    {
        await using FaultServer server = await FaultServer.StartAsync(Error(429, "Throttling", (header, value)), Ok);

        await Send(new ApiTransport(Options(server), "x"), WriteOperation);

        Arrival[] arrivals = server.Arrivals.ToArray();
        Assert.Equal(2, arrivals.Length);
        TimeSpan gap = arrivals[1].At - arrivals[0].At;
        Assert.True(gap >= TimeSpan.FromSeconds(atLeastSeconds), "second attempt after " + gap);
        AssertWithin(gap, TimeSpan.FromSeconds(6));
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_wait_longer_than_MaxDelay_is_not_taken()
    {
        await using FaultServer server = await FaultServer.StartAsync(Error(503, "ServiceUnavailable", ("Retry-After", "600")), Ok);

        (ThrottlingException e, TimeSpan elapsed) = await Fails<ThrottlingException>(() => Send(new ApiTransport(Options(server), "x"), ReadOperation));

        Assert.Equal(1, server.Count);
        Assert.Equal(TimeSpan.FromMinutes(10), e.RetryAfter);
        AssertWithin(elapsed, TimeSpan.FromSeconds(5));
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_service_that_keeps_throttling_gets_about_one_request_per_call_once_the_budget_is_spent()
    {
        await using FaultServer server = await FaultServer.StartAsync(Error(503, "ServiceUnavailable"));
        SpecClientOptions options = Options(server);
        options.Retry.BudgetCapacity = 20;
        var transport = new ApiTransport(options, "x");

        for (int i = 0; i < 10; i++)
        {
            await Fails<ThrottlingException>(() => Send(transport, ReadOperation));
        }

        // 20 tokens at 5 per retry: 4 retries in all, then every call is sent once.
        Assert.Equal(10 + 4, server.Count);
        Assert.Contains(Logs.Lines, l => l.EventId.Name == "NotRetried" && ((string?)l["WhyNot"])!.Contains("budget", StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeout)]
    public async Task Concurrent_calls_under_throttling_all_complete_and_share_one_budget()
    {
        await using FaultServer server = await FaultServer.StartAsync(Error(400, "Throttling.User"), Error(400, "Throttling.User"), Error(400, "Throttling.User"), Ok);
        SpecClientOptions options = Options(server);
        options.Retry.MaxAttempts = 10;
        var transport = new ApiTransport(options, "x");

        Result[] results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Send(transport, ReadOperation)));

        Assert.All(results, r => Assert.Equal("req-ok", r.RequestId));
        Assert.Equal(23, server.Count);
    }
}

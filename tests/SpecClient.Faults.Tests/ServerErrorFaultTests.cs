using static SpecClient.Faults.Tests.Faults;

namespace SpecClient.Faults.Tests;

/// <summary>500s and gateway pages: retried for reads, never for writes, typed either way.</summary>
[Trait("Category", "Faults")]
public sealed class ServerErrorFaultTests : FaultTest
{
    [Theory(Timeout = TestTimeout)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task A_5xx_on_a_write_is_sent_once(int status)
    {
        await using FaultServer server = await FaultServer.StartAsync(Error(status, "InternalError"), Ok);

        (ServerErrorException e, _) = await Fails<ServerErrorException>(() => Send(new ApiTransport(Options(server), "x"), WriteOperation));

        Assert.Equal(1, server.Count);
        Assert.Equal((status, "InternalError", "E-" + status), (e.StatusCode, e.Code, e.RequestId));
        Assert.Contains(Logs.Lines, l => l.EventId.Name == "NotRetried");
        AssertNoSecret(e);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_5xx_on_a_read_is_retried_until_it_succeeds()
    {
        await using FaultServer server = await FaultServer.StartAsync(Error(500, "InternalError"), Html(502, "502 Bad Gateway"), Ok);

        Result result = await Send(new ApiTransport(Options(server), "x"), ReadOperation);

        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(3, server.Count);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_read_that_keeps_failing_gives_the_last_error_after_MaxAttempts()
    {
        await using FaultServer server = await FaultServer.StartAsync(Error(500, "InternalError"), Error(500, "InternalError"), Html(504, "504 Gateway Time-out"));

        (ServerErrorException e, TimeSpan elapsed) = await Fails<ServerErrorException>(() => Send(new ApiTransport(Options(server), "x"), ReadOperation));

        Assert.Equal(3, server.Count);
        Assert.Equal((504, "504 Gateway Time-out", "R-2"), (e.StatusCode, e.ErrorMessage, e.RequestId));
        AssertWithin(elapsed, TimeSpan.FromSeconds(5));
    }

    [Fact(Timeout = TestTimeout)]
    public async Task An_HTML_503_page_from_a_proxy_is_throttling_and_retried_for_a_write()
    {
        await using FaultServer server = await FaultServer.StartAsync(Html(503, "503 Service Temporarily Unavailable"), Ok);

        Result result = await Send(new ApiTransport(Options(server), "x"), WriteOperation);

        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(2, server.Count);
    }

    [Theory(Timeout = TestTimeout)]
    [InlineData("", "text/plain")]
    [InlineData("   ", "application/json")]
    [InlineData("<html><body>Internal Server Error</body></html>", "text/html")]
    [InlineData("{\"RequestId\":\"E-cut\",\"Code\":\"Internal", "application/json")]
    [InlineData("Internal Server Error", "application/json")]
    public async Task Error_bodies_that_say_little_still_give_a_typed_exception_with_the_status(string body, string contentType)
    {
        await using FaultServer server = await FaultServer.StartAsync(Reply(500, body, contentType));

        (ServerErrorException e, _) = await Fails<ServerErrorException>(() => Send(new ApiTransport(Options(server), "x"), WriteOperation));

        Assert.Equal(500, e.StatusCode);
        Assert.False(string.IsNullOrEmpty(e.RequestId));
        Assert.False(string.IsNullOrEmpty(e.ErrorMessage));
        Assert.Contains("500", e.Message);
    }
}

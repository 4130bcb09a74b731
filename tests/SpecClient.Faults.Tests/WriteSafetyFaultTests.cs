using Microsoft.AspNetCore.Http;
using static SpecClient.Faults.Tests.Faults;

namespace SpecClient.Faults.Tests;

/// <summary>
/// The promise that matters most: once the service has received a write, whatever goes wrong next, the transport
/// does not send it again (unless the user opted in). Throttling is the one exception, because the service
/// refused the write without acting on it.
/// </summary>
[Trait("Category", "Faults")]
public sealed class WriteSafetyFaultTests : FaultTest
{
    public static TheoryData<string> FaultsAfterReceipt => new()
    {
        "reset", "reset-mid-body", "500", "502-html", "504", "short-body", "slow-headers", "slow-body", "malformed",
    };

    [Theory(Timeout = TestTimeout)]
    [MemberData(nameof(FaultsAfterReceipt))]
    public async Task A_received_write_is_sent_exactly_once(string fault)
    {
        await using FaultServer server = await FaultServer.StartAsync(Behaviour(fault), Ok);
        SpecClientOptions options = Options(server);
        options.Retry.MaxAttempts = 5;
        options.Retry.AttemptTimeout = TimeSpan.FromMilliseconds(1500);

        Exception? error = await Record.ExceptionAsync(() => Send(new ApiTransport(options, "x"), WriteOperation));

        Assert.NotNull(error);
        Assert.Equal(1, server.Count);
        AssertNoSecret(error);
    }

    [Theory(Timeout = TestTimeout)]
    [MemberData(nameof(FaultsAfterReceipt))]
    public async Task The_same_faults_on_a_read_are_retried_to_success_unless_the_body_was_malformed(string fault)
    {
        await using FaultServer server = await FaultServer.StartAsync(Behaviour(fault), Ok);
        SpecClientOptions options = Options(server);
        options.Retry.AttemptTimeout = TimeSpan.FromMilliseconds(1500);

        Exception? error = await Record.ExceptionAsync(() => Send(new ApiTransport(options, "x"), ReadOperation));

        if (fault == "malformed")
        {
            Assert.IsType<ResponseFormatException>(error);
            Assert.Equal(1, server.Count);
        }
        else
        {
            Assert.Null(error);
            Assert.Equal(2, server.Count);
        }
    }

    [Theory(Timeout = TestTimeout)]
    [InlineData("500")]
    [InlineData("reset")]
    [InlineData("slow-headers")]
    public async Task Opting_in_retries_writes_too(string fault)
    {
        await using FaultServer server = await FaultServer.StartAsync(Behaviour(fault), Ok);
        SpecClientOptions options = Options(server);
        options.Retry.RetryNonIdempotentOnServerErrors = true;
        options.Retry.AttemptTimeout = TimeSpan.FromMilliseconds(1500);

        Result result = await Send(new ApiTransport(options, "x"), WriteOperation);

        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(2, server.Count);
    }

    private static Func<HttpContext, FaultServer, Task> Behaviour(string fault) => fault switch
    {
        "reset" => Reset,
        "reset-mid-body" => ResetMidBody,
        "500" => Error(500, "InternalError"),
        "502-html" => Html(502, "502 Bad Gateway"),
        "504" => Error(504, "GatewayTimeout"),
        "short-body" => ShortBody,
        "slow-headers" => SlowHeaders(TimeSpan.FromSeconds(30)),
        "slow-body" => SlowBody(TimeSpan.FromSeconds(5)),
        "malformed" => Reply(200, "{\"RequestId\":\"x\",\"Count\":"),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using SpecClient.Signing;
using SpecClient.Tests.Transport;
using static SpecClient.Tests.Transport.TransportTestKit;

namespace SpecClient.Tests.Retries;

/// <summary>
/// What is sent again, how often and after how long, over real loopback HTTP. The waits are recorded instead of
/// taken (an internal hook), and the jitter is fixed at one half, so every expected delay is exact.
/// </summary>
public sealed class RetryTests
{
    private static readonly OperationDescriptor ReadOperation = new(
        "Domain", "2018-01-29", "QueryDomainList", ApiStyle.Rpc, "POST", "/", Array.Empty<string>(), null, null, isReadOnly: true);

    [Theory]
    [InlineData(400, "Throttling")]
    [InlineData(400, "Throttling.User")]
    [InlineData(400, "Throttling.Api")]
    [InlineData(503, "ServiceUnavailable")]
    [InlineData(429, null)]
    [InlineData(503, null)]
    public async Task Throttling_is_retried_with_exponential_backoff_until_it_succeeds(int status, string? code)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(status, code), Error(status, code), Ok));
        var delays = new ConcurrentQueue<TimeSpan>();
        SpecClientOptions options = Recorded(Options(server, SignatureVersion.V3), delays);

        Result result = await new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None);

        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(3, server.Requests.Count);

        // Full jitter at 0.5: half of 1 s, then half of 2 s (ThrottlingBaseDelay doubling).
        Assert.Equal(new[] { TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1) }, delays);
    }

    [Fact]
    public async Task Throttling_that_never_ends_throws_ThrottlingException_after_MaxAttempts()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(400, "Throttling.User")));
        SpecClientOptions options = Recorded(Options(server, SignatureVersion.V3), new ConcurrentQueue<TimeSpan>());
        options.Retry.MaxAttempts = 5;

        ThrottlingException e = await Assert.ThrowsAsync<ThrottlingException>(
            () => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal(5, server.Requests.Count);
        Assert.Equal("Throttling.User", e.Code);
        Assert.Equal(400, e.StatusCode);
        Assert.Null(e.RetryAfter);
    }

    [Theory]
    [InlineData(SignatureVersion.V1)]
    [InlineData(SignatureVersion.V3)]
    public async Task Every_attempt_is_signed_again_with_a_fresh_nonce_and_timestamp(SignatureVersion version)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(503, "ServiceUnavailable"), Error(500, "InternalError"), Ok));
        SpecClientOptions options = Recorded(Options(server, version), new ConcurrentQueue<TimeSpan>());
        int nonces = 0;
        int ticks = 0;
        options.NonceFactory = () => "nonce-" + Interlocked.Increment(ref nonces).ToString(CultureInfo.InvariantCulture);
        options.Clock = () => Now.AddSeconds(Interlocked.Increment(ref ticks));
        var request = new ApiRequest(ReadOperation);
        request.Add("PageNum", 1);

        await new ApiTransport(options, "x").SendAsync(request, ReadResult, CancellationToken.None);

        ReceivedRequest[] received = server.Requests.ToArray();
        Assert.Equal(3, received.Length);
        var seenNonces = new List<string>();
        var seenTimestamps = new List<string>();
        foreach (ReceivedRequest one in received)
        {
            if (version == SignatureVersion.V1)
            {
                var signed = one.Form.Where(p => p.Key != "Signature").ToList();
                Assert.Equal(one.Form.Single(p => p.Key == "Signature").Value, RpcSignatureV1.ComputeSignature("POST", signed, Secret));
                seenNonces.Add(one.Form.Single(p => p.Key == "SignatureNonce").Value);
                seenTimestamps.Add(one.Form.Single(p => p.Key == "Timestamp").Value);
            }
            else
            {
                Acs3CanonicalHeaders headers = Acs3SignatureV3.CanonicalHeaders(one.Headers);
                string canonical = Acs3SignatureV3.CanonicalRequest("POST", "/", one.RawQuery, headers.CanonicalHeaders, headers.SignedHeaders, Acs3SignatureV3.EmptyPayloadHash);
                Assert.Equal(
                    Acs3SignatureV3.Authorization(AccessKeyId, headers.SignedHeaders, Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(canonical), Secret)),
                    one.Header("Authorization"));
                seenNonces.Add(one.Header("x-acs-signature-nonce"));
                seenTimestamps.Add(one.Header("x-acs-date"));
            }
        }

        Assert.Equal(new[] { "nonce-1", "nonce-2", "nonce-3" }, seenNonces);
        Assert.Equal(3, seenTimestamps.Distinct().Count());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task A_server_error_on_a_write_is_sent_once(int status)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(status, "InternalError"), Ok));
        var delays = new ConcurrentQueue<TimeSpan>();

        ServerErrorException e = await Assert.ThrowsAsync<ServerErrorException>(
            () => new ApiTransport(Recorded(Options(server, SignatureVersion.V3), delays), "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal(status, e.StatusCode);
        Assert.Single(server.Requests);
        Assert.Empty(delays);
    }

    [Fact]
    public async Task A_server_error_on_a_read_is_retried_with_the_base_delay()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(500, "InternalError"), Error(502, null), Ok));
        var delays = new ConcurrentQueue<TimeSpan>();

        Result result = await new ApiTransport(Recorded(Options(server, SignatureVersion.V3), delays), "x")
            .SendAsync(new ApiRequest(ReadOperation), ReadResult, CancellationToken.None);

        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(new[] { TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200) }, delays);
    }

    [Fact]
    public async Task A_server_error_on_a_write_is_retried_when_the_user_opts_in()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(500, "InternalError"), Ok));
        SpecClientOptions options = Recorded(Options(server, SignatureVersion.V3), new ConcurrentQueue<TimeSpan>());
        options.Retry.RetryNonIdempotentOnServerErrors = true;

        await new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData(400, "InvalidParameter")]
    [InlineData(403, "Forbidden.RAM")]
    [InlineData(404, "InvalidAction.NotFound")]
    [InlineData(400, "SignatureDoesNotMatch")]
    public async Task Client_errors_are_never_retried(int status, string code)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(status, code), Ok));

        ClientErrorException e = await Assert.ThrowsAsync<ClientErrorException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(new ApiRequest(ReadOperation), ReadResult, CancellationToken.None));

        Assert.Equal(code, e.Code);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_unreadable_success_body_is_not_retried()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(LoopbackServer.Reply(200, "{\"RequestId\":"), Ok));

        await Assert.ThrowsAsync<ResponseFormatException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(new ApiRequest(ReadOperation), ReadResult, CancellationToken.None));

        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("Retry-After", "3", 3000)]
    [InlineData("x-acs-retry-after", "1.5", 1500)]
    [InlineData("x-acs-retry-after", "0", 500)]
    [InlineData("Retry-After", "0", 500)]
    public async Task The_wait_the_service_asks_for_is_honoured(string header, string value, int expectedMs)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(503, "ServiceUnavailable", (header, value)), Ok));
        var delays = new ConcurrentQueue<TimeSpan>();

        await new ApiTransport(Recorded(Options(server, SignatureVersion.V3), delays), "x").SendAsync(Request(), ReadResult, CancellationToken.None);

        // Never shorter than asked; the backoff (here 500 ms) when the service asks for less.
        Assert.Equal(new[] { TimeSpan.FromMilliseconds(expectedMs) }, delays);
    }

    [Fact]
    public async Task A_Retry_After_date_is_measured_from_the_response_s_own_Date()
    {
        DateTimeOffset serverNow = new(2030, 5, 6, 7, 8, 9, TimeSpan.Zero);
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(
            Error(429, null, ("Date", serverNow.ToString("R", CultureInfo.InvariantCulture)), ("Retry-After", serverNow.AddSeconds(4).ToString("R", CultureInfo.InvariantCulture))),
            Ok));
        var delays = new ConcurrentQueue<TimeSpan>();

        await new ApiTransport(Recorded(Options(server, SignatureVersion.V3), delays), "x").SendAsync(Request(), ReadResult, CancellationToken.None);

        Assert.Equal(new[] { TimeSpan.FromSeconds(4) }, delays);
    }

    [Fact]
    public async Task A_wait_longer_than_MaxDelay_is_not_taken_and_the_exception_tells_the_wait()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(503, "ServiceUnavailable", ("Retry-After", "120")), Ok));
        var delays = new ConcurrentQueue<TimeSpan>();

        ThrottlingException e = await Assert.ThrowsAsync<ThrottlingException>(
            () => new ApiTransport(Recorded(Options(server, SignatureVersion.V3), delays), "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(120), e.RetryAfter);
        Assert.Single(server.Requests);
        Assert.Empty(delays);
    }

    [Fact]
    public async Task A_wait_that_would_outlast_the_call_timeout_is_not_taken()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(503, "ServiceUnavailable", ("Retry-After", "5")), Ok));
        SpecClientOptions options = Recorded(Options(server, SignatureVersion.V3), new ConcurrentQueue<TimeSpan>());
        options.Timeout = TimeSpan.FromSeconds(3);
        var stopwatch = Stopwatch.StartNew();

        await Assert.ThrowsAsync<ThrottlingException>(() => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        // A taken wait would end in the 3-second call timeout, not this exception, and take at least that long; the
        // margin under it is for a loaded CI machine, where the first call alone can take a second.
        Assert.Single(server.Requests);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2.9), "took " + stopwatch.Elapsed);
    }

    [Fact]
    public async Task The_retry_budget_stops_retries_while_the_service_keeps_failing_and_successes_refill_it()
    {
        bool healthy = false;
        await using LoopbackServer server = await LoopbackServer.StartAsync((context, s) =>
            Volatile.Read(ref healthy) ? Ok(context, s) : Error(503, "ServiceUnavailable")(context, s));
        SpecClientOptions options = Recorded(Options(server, SignatureVersion.V3), new ConcurrentQueue<TimeSpan>());
        options.Retry.BudgetCapacity = 10;
        options.Retry.BudgetRetryCost = 5;
        options.Retry.BudgetSuccessRefill = 5;
        var transport = new ApiTransport(options, "x");

        await Assert.ThrowsAsync<ThrottlingException>(() => transport.SendAsync(Request(), ReadResult, CancellationToken.None));
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(0, transport.RetryBudgetAvailable);

        // Spent: each failing call is now sent once.
        await Assert.ThrowsAsync<ThrottlingException>(() => transport.SendAsync(Request(), ReadResult, CancellationToken.None));
        await Assert.ThrowsAsync<ThrottlingException>(() => transport.SendAsync(Request(), ReadResult, CancellationToken.None));
        Assert.Equal(5, server.Requests.Count);

        // A success puts back enough for one retry.
        Volatile.Write(ref healthy, true);
        await transport.SendAsync(Request(), ReadResult, CancellationToken.None);
        Assert.Equal(5, transport.RetryBudgetAvailable);
        Volatile.Write(ref healthy, false);
        await Assert.ThrowsAsync<ThrottlingException>(() => transport.SendAsync(Request(), ReadResult, CancellationToken.None));
        Assert.Equal(6 + 2, server.Requests.Count);
    }

    [Fact]
    public async Task Each_transport_has_its_own_budget()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(503, null)));
        SpecClientOptions options = Recorded(Options(server, SignatureVersion.V3), new ConcurrentQueue<TimeSpan>());
        options.Retry.BudgetCapacity = 10;

        await Assert.ThrowsAsync<ThrottlingException>(() => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));
        await Assert.ThrowsAsync<ThrottlingException>(() => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task MaxAttempts_1_and_RetryOptions_None_send_once()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(503, "ServiceUnavailable")));
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        options.Retry = RetryOptions.None;

        await Assert.ThrowsAsync<ThrottlingException>(() => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_read_whose_attempt_times_out_is_sent_again_within_the_call_timeout()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Stall, Ok));
        SpecClientOptions options = Recorded(Options(server, SignatureVersion.V3), new ConcurrentQueue<TimeSpan>());
        options.Retry.AttemptTimeout = TimeSpan.FromMilliseconds(1500);
        var stopwatch = Stopwatch.StartNew();

        Result result = await new ApiTransport(options, "x").SendAsync(new ApiRequest(ReadOperation), ReadResult, CancellationToken.None);

        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), "took " + stopwatch.Elapsed);
    }

    [Fact]
    public async Task A_write_whose_attempt_times_out_is_not_sent_again()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Stall, Ok));
        SpecClientOptions options = Recorded(Options(server, SignatureVersion.V3), new ConcurrentQueue<TimeSpan>());
        options.Retry.AttemptTimeout = TimeSpan.FromMilliseconds(1500);

        SpecClientTimeoutException e = await Assert.ThrowsAsync<SpecClientTimeoutException>(
            () => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Contains("AttemptTimeout", e.Message);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), e.Timeout);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_refused_connection_is_retried_even_for_a_write(bool injectedClient)
    {
        int port = ClosedPort();
        var delays = new ConcurrentQueue<TimeSpan>();
        var options = new SpecClientOptions
        {
            Endpoint = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + "/",
            AllowInsecureHttp = true,
            Credentials = new StaticCredentialProvider(AccessKeyId, Secret),
            Retry = new RetryOptions { Delay = (d, _) => { delays.Enqueue(d); return Task.CompletedTask; }, Random = () => 0.5 },
        };
        using var httpClient = new HttpClient();
        ApiTransport transport = injectedClient ? new ApiTransport(httpClient, options, "x") : new ApiTransport(options, "x");

        HttpRequestException e = await Assert.ThrowsAsync<HttpRequestException>(() => transport.SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal(2, delays.Count);
        Assert.Equal(HttpRequestError.ConnectionError, e.HttpRequestError);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task A_connection_lost_after_the_request_was_sent_is_not_retried_for_a_write_but_is_for_a_read()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Abort, Abort, Ok));
        SpecClientOptions options = Recorded(Options(server, SignatureVersion.V3), new ConcurrentQueue<TimeSpan>());
        var transport = new ApiTransport(options, "x");

        await Assert.ThrowsAsync<HttpRequestException>(() => transport.SendAsync(Request(), ReadResult, CancellationToken.None));
        Assert.Single(server.Requests);

        Result result = await transport.SendAsync(new ApiRequest(ReadOperation), ReadResult, CancellationToken.None);
        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Caller_cancellation_during_a_backoff_wait_ends_the_call_promptly()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(503, "ServiceUnavailable"), Ok));
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        options.Retry = new RetryOptions { ThrottlingBaseDelay = TimeSpan.FromSeconds(15), MaxDelay = TimeSpan.FromSeconds(20), Random = () => 0.99 };
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500));
        var stopwatch = Stopwatch.StartNew();

        OperationCanceledException e = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, cancellation.Token));

        Assert.Equal(cancellation.Token, e.CancellationToken);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), "took " + stopwatch.Elapsed);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task The_call_timeout_during_a_backoff_wait_is_a_SpecClientTimeoutException()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(500, "InternalError"), Ok));
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        options.Timeout = TimeSpan.FromSeconds(2);

        // A wait that only the call's token ends, as a Task.Delay longer than the time left would be.
        options.Retry.Delay = static (_, token) => Task.Delay(Timeout.Infinite, token);
        var stopwatch = Stopwatch.StartNew();

        SpecClientTimeoutException e = await Assert.ThrowsAsync<SpecClientTimeoutException>(
            () => new ApiTransport(options, "x").SendAsync(new ApiRequest(ReadOperation), ReadResult, CancellationToken.None));

        Assert.Contains("SpecClientOptions.Timeout", e.Message);
        Assert.Single(server.Requests);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), "took " + stopwatch.Elapsed);
    }

    [Fact]
    public void Out_of_range_retry_settings_are_refused_at_construction()
    {
        foreach (RetryOptions retry in new[]
        {
            new RetryOptions { MaxAttempts = 0 },
            new RetryOptions { BaseDelay = TimeSpan.FromSeconds(-1) },
            new RetryOptions { MaxDelay = TimeSpan.FromSeconds(-1) },
            new RetryOptions { AttemptTimeout = TimeSpan.Zero },
            new RetryOptions { BudgetCapacity = -1 },
        })
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => new ApiTransport(new SpecClientOptions { Retry = retry }, "domain.aliyuncs.com"));
            Assert.Contains("SpecClientOptions.Retry.", e.Message);
        }

        Assert.Throws<ArgumentException>(() => new ApiTransport(new SpecClientOptions { ConnectTimeout = TimeSpan.Zero }, "domain.aliyuncs.com"));
        _ = new ApiTransport(new SpecClientOptions { Retry = null!, ConnectTimeout = Timeout.InfiniteTimeSpan }, "domain.aliyuncs.com");
    }

    [Fact]
    public void Defaults_are_three_attempts_with_capped_jittered_backoff_and_a_budget()
    {
        var retry = new SpecClientOptions().Retry;
        Assert.Equal(3, retry.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(200), retry.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(1), retry.ThrottlingBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(20), retry.MaxDelay);
        Assert.Null(retry.AttemptTimeout);
        Assert.False(retry.RetryNonIdempotentOnServerErrors);
        Assert.Equal(new[] { "Throttling", "Throttling.User", "Throttling.Api", "ServiceUnavailable" }, retry.ThrottlingErrorCodes);
        Assert.Equal((500, 5, 10, 1), (retry.BudgetCapacity, retry.BudgetRetryCost, retry.BudgetTimeoutRetryCost, retry.BudgetSuccessRefill));
        Assert.Equal(TimeSpan.FromSeconds(10), new SpecClientOptions().ConnectTimeout);
        Assert.Equal(1, RetryOptions.None.MaxAttempts);
    }

    [Fact]
    public async Task Custom_throttling_codes_are_retried_like_the_built_in_ones()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Script(Error(400, "Throttling.Concurrency"), Ok));
        SpecClientOptions options = Recorded(Options(server, SignatureVersion.V3), new ConcurrentQueue<TimeSpan>());
        options.Retry.ThrottlingErrorCodes.Add("throttling.concurrency");

        await new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
    }

    internal static Func<HttpContext, LoopbackServer, Task> Script(params Func<HttpContext, LoopbackServer, Task>[] steps)
    {
        int count = -1;
        return (context, server) => steps[Math.Min(Interlocked.Increment(ref count), steps.Length - 1)](context, server);
    }

    internal static Func<HttpContext, LoopbackServer, Task> Error(int status, string? code, params (string Name, string Value)[] headers)
    {
        string body = code is null ? string.Empty : "{\"RequestId\":\"R-" + status.ToString(CultureInfo.InvariantCulture) + "\",\"Code\":\"" + code + "\",\"Message\":\"m\"}";
        return LoopbackServer.Reply(status, body, "application/json", headers);
    }

    internal static Task Ok(HttpContext context, LoopbackServer server) => LoopbackServer.Reply(200, SuccessJson)(context, server);

    internal static Task Abort(HttpContext context, LoopbackServer server)
    {
        context.Abort();
        return Task.CompletedTask;
    }

    /// <summary>Records the waits instead of taking them, with the jitter fixed at one half.</summary>
    internal static SpecClientOptions Recorded(SpecClientOptions options, ConcurrentQueue<TimeSpan> delays)
    {
        options.Retry.Delay = (delay, _) =>
        {
            delays.Enqueue(delay);
            return Task.CompletedTask;
        };
        options.Retry.Random = () => 0.5;
        return options;
    }

    internal static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

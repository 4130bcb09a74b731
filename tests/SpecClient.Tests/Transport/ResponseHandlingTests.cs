using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SpecClient.Signing;
using static SpecClient.Tests.Transport.TransportTestKit;

namespace SpecClient.Tests.Transport;

/// <summary>How responses become results or typed exceptions, over real loopback HTTP.</summary>
public sealed class ResponseHandlingTests
{
    [Theory]
    [InlineData(SignatureVersion.V1)]
    [InlineData(SignatureVersion.V3)]
    public async Task An_error_JSON_body_gives_a_ClientErrorException_with_every_field(SignatureVersion version)
    {
        const string body = "{\"RequestId\":\"R-400\",\"HostId\":\"domain.aliyuncs.com\",\"Code\":\"InvalidParameter\",\"Message\":\"The parameter Email is invalid.\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=InvalidParameter\"}";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(400, body));

        ServiceException e = await Assert.ThrowsAsync<ClientErrorException>(() => Send(server, version));

        Assert.Equal(400, e.StatusCode);
        Assert.Equal("R-400", e.RequestId);
        Assert.Equal("domain.aliyuncs.com", e.HostId);
        Assert.Equal("InvalidParameter", e.Code);
        Assert.Equal("The parameter Email is invalid.", e.ErrorMessage);
        Assert.Equal("https://api.aliyun.com/troubleshoot?q=InvalidParameter", e.Recommend);
        Assert.Contains("400", e.Message);
        Assert.Contains("InvalidParameter", e.Message);
        Assert.Contains("The parameter Email is invalid.", e.Message);
        Assert.Contains("R-400", e.Message);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task Error_field_names_are_read_in_any_case_and_numbers_as_text()
    {
        const string body = "{\"requestId\":\"r-lower\",\"code\":403,\"MESSAGE\":\"Forbidden.RAM\",\"extra\":{\"a\":[1,2]},\"hostid\":\"h\"}";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(403, body));

        ServiceException e = await Assert.ThrowsAsync<ClientErrorException>(() => Send(server));

        Assert.Equal(("r-lower", "403", "Forbidden.RAM", "h"), (e.RequestId, e.Code, e.ErrorMessage, e.HostId));
        Assert.Null(e.Recommend);
    }

    [Fact]
    public async Task An_HTML_502_gives_a_ServerErrorException_with_status_and_header_request_id()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Reply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", ("x-acs-request-id", "R-502")));

        ServiceException e = await Assert.ThrowsAsync<ServerErrorException>(() => Send(server));

        Assert.Equal(502, e.StatusCode);
        Assert.Equal("R-502", e.RequestId);
        Assert.Null(e.Code);
        Assert.Contains("502", e.Message);
        Assert.Contains("R-502", e.Message);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task An_empty_error_body_still_gives_the_status()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(503, string.Empty, "text/plain"));

        // 503 is throttling: retried (without waiting here) up to MaxAttempts, then thrown.
        ServiceException e = await Assert.ThrowsAsync<ThrottlingException>(() => Send(server));

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(503, e.StatusCode);
        Assert.Null(e.RequestId);
        Assert.Null(e.Code);
    }

    [Fact]
    public async Task A_truncated_error_body_keeps_what_it_could_read()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(500, "{\"RequestId\":\"R-500\",\"Code\":\"InternalError\",\"Mess"));

        ServiceException e = await Assert.ThrowsAsync<ServerErrorException>(() => Send(server));

        Assert.Equal(("R-500", "InternalError"), (e.RequestId, e.Code));
    }

    [Fact]
    public async Task A_malformed_200_body_gives_a_ResponseFormatException_with_the_body_request_id()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Reply(200, "{\"RequestId\":\"R-200\",\"Count\":", "application/json", ("x-acs-request-id", "R-header")));

        ResponseFormatException e = await Assert.ThrowsAsync<ResponseFormatException>(() => Send(server));

        Assert.Equal(200, e.StatusCode);
        Assert.Equal("R-200", e.RequestId);
        Assert.Contains("not valid JSON", e.Message);
        Assert.Contains("R-200", e.Message);
        Assert.StartsWith("{\"RequestId\":\"R-200\"", e.BodyExcerpt);
        Assert.IsAssignableFrom<JsonException>(e.InnerException);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task A_non_JSON_200_body_takes_the_request_id_from_the_header()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(
            LoopbackServer.Reply(200, "<html>maintenance</html>", "text/html", ("x-acs-request-id", "R-header")));

        ResponseFormatException e = await Assert.ThrowsAsync<ResponseFormatException>(() => Send(server));

        Assert.Equal("R-header", e.RequestId);
        Assert.Equal("<html>maintenance</html>", e.BodyExcerpt);
    }

    [Fact]
    public async Task An_empty_200_body_is_a_format_error()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, string.Empty));

        ResponseFormatException e = await Assert.ThrowsAsync<ResponseFormatException>(() => Send(server));

        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public async Task Valid_JSON_of_the_wrong_shape_is_reported_as_not_matching_the_docs()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, "{\"RequestId\":\"R-shape\",\"Count\":\"many\"}"));

        ResponseFormatException e = await Assert.ThrowsAsync<ResponseFormatException>(() => Send(server));

        Assert.Equal("R-shape", e.RequestId);
        Assert.Contains("does not match the documented response", e.Message);
    }

    [Fact]
    public async Task A_byte_order_mark_before_the_JSON_is_accepted()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, "\uFEFF" + SuccessJson));

        Result result = await Send(server);

        Assert.Equal("req-ok", result.RequestId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_the_limit_is_refused(bool declareLength)
    {
        string big = "{\"RequestId\":\"R-big\",\"Pad\":\"" + new string('x', 8000) + "\"}";
        await using LoopbackServer server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.Headers.Append("x-acs-request-id", "R-big");
            if (declareLength)
            {
                context.Response.ContentLength = big.Length;
            }

            // Several writes, so an undeclared length arrives chunked.
            for (int i = 0; i < big.Length; i += 1000)
            {
                await context.Response.WriteAsync(big.Substring(i, Math.Min(1000, big.Length - i)));
                await context.Response.Body.FlushAsync();
            }
        });
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        options.MaxResponseBytes = 1024;

        ResponseFormatException e = await Assert.ThrowsAsync<ResponseFormatException>(
            () => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Contains("MaxResponseBytes", e.Message);
        Assert.Equal("R-big", e.RequestId);

        // Exactly at the limit is fine.
        options.MaxResponseBytes = big.Length;
        Result result = await new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None);
        Assert.Equal("R-big", result.RequestId);
    }

    [Fact]
    public async Task Caller_cancellation_while_the_server_stalls_is_an_OperationCanceledException_promptly()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Stall);
        var transport = new ApiTransport(Options(server, SignatureVersion.V3), "x");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var stopwatch = Stopwatch.StartNew();

        OperationCanceledException e = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => transport.SendAsync(Request(), ReadResult, cancellation.Token));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), "took " + stopwatch.Elapsed);
        Assert.Equal(cancellation.Token, e.CancellationToken);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task An_already_canceled_token_throws_OperationCanceledException()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, SuccessJson));
        var transport = new ApiTransport(Options(server, SignatureVersion.V1), "x");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => transport.SendAsync(Request(), ReadResult, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task The_options_timeout_gives_a_SpecClientTimeoutException()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Stall);
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        options.Timeout = TimeSpan.FromMilliseconds(300);
        var stopwatch = Stopwatch.StartNew();

        SpecClientTimeoutException e = await Assert.ThrowsAsync<SpecClientTimeoutException>(
            () => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), "took " + stopwatch.Elapsed);
        Assert.Equal(TimeSpan.FromMilliseconds(300), e.Timeout);
        Assert.IsType<TimeoutException>(e.InnerException);
        Assert.Contains("ResendEmailVerification", e.Message);
        Assert.Contains("SpecClientOptions.Timeout", e.Message);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task The_injected_HttpClient_timeout_is_reported_as_a_timeout_too()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Stall);
        using var httpClient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };

        SpecClientTimeoutException e = await Assert.ThrowsAsync<SpecClientTimeoutException>(
            () => new ApiTransport(httpClient, Options(server, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Contains("HttpClient", e.Message);
    }

    [Theory]
    [InlineData(SignatureVersion.V1)]
    [InlineData(SignatureVersion.V3)]
    public async Task Secrets_echoed_by_the_service_are_redacted(SignatureVersion version)
    {
        // SignatureDoesNotMatch quotes the server's string to sign, which holds the doubly-encoded token.
        string encodedTwice = PercentEncoding.Encode(PercentEncoding.Encode(Token));
        string body = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["RequestId"] = "R-sig",
            ["Code"] = "SignatureDoesNotMatch",
            ["Message"] = "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&SecurityToken%3D" + encodedTwice + " key " + Secret + " raw " + Token,
            ["Recommend"] = "see " + PercentEncoding.Encode(Token),
        });
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(400, body));

        ServiceException e = await Assert.ThrowsAsync<ClientErrorException>(() => Send(server, version));

        Assert.Equal("SignatureDoesNotMatch", e.Code);
        Assert.Contains("***", e.ErrorMessage);
        AssertNoSecret(e);
        Assert.DoesNotContain(Secret, e.ErrorMessage);
        Assert.DoesNotContain(PercentEncoding.Encode(Token), e.Recommend);
    }

    [Fact]
    public async Task Secrets_in_a_malformed_success_body_are_redacted_from_the_excerpt()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, "oops " + Secret + " " + Token));

        ResponseFormatException e = await Assert.ThrowsAsync<ResponseFormatException>(() => Send(server));

        AssertNoSecret(e);
    }

    [Fact]
    public async Task A_secret_quoted_by_the_reader_s_own_error_is_redacted_too()
    {
        // JsonRead quotes the string it could not read as an integer.
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, "{\"Count\":\"" + Secret + "\"}"));

        ResponseFormatException e = await Assert.ThrowsAsync<ResponseFormatException>(() => Send(server));

        Assert.Contains("does not match", e.Message);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task Missing_environment_credentials_fail_before_sending()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, SuccessJson));
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        options.Credentials = new EnvironmentCredentialProvider(_ => null);

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(
            () => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", e.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Every_failure_is_a_SpecClientException()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(404, "{}"));

        SpecClientException e = await Assert.ThrowsAnyAsync<SpecClientException>(() => Send(server));

        Assert.IsType<ClientErrorException>(e);
    }

    private static Task<Result> Send(LoopbackServer server, SignatureVersion version = SignatureVersion.V3) =>
        new ApiTransport(Options(server, version), "unused.example").SendAsync(Request(), ReadResult, CancellationToken.None);
}

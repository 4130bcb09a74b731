using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SpecClient.Signing;
using SpecClient.Tests.Retries;
using SpecClient.Tests.Transport;
using static SpecClient.Tests.Transport.TransportTestKit;

namespace SpecClient.Tests.Diagnostics;

/// <summary>
/// Logs, spans and metrics of real calls. Listeners are process-wide and tests run in parallel, so each test
/// calls a product of its own and looks only at what carries that product.
/// </summary>
public sealed class ObservabilityTests
{
    [Fact]
    public async Task Log_lines_carry_product_action_attempt_status_and_request_id()
    {
        using var provider = new ListLoggerProvider();
        await using LoopbackServer server = await LoopbackServer.StartAsync(RetryTests.Script(
            RetryTests.Error(400, "Throttling.User", ("x-acs-request-id", "R-throttled")),
            LoopbackServer.Reply(200, SuccessJson, "application/json", ("x-acs-request-id", "R-ok"))));
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        using ILoggerFactory factory = provider.CreateFactory();
        options.LoggerFactory = factory;

        await new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None);

        LogLine[] lines = provider.Lines.ToArray();
        Assert.All(lines, line => Assert.Equal("SpecClient", line.Category));

        LogLine[] sending = lines.Where(l => l.EventId.Name == "Sending").ToArray();
        Assert.Equal(2, sending.Length);
        Assert.Equal(new object?[] { 1, 2 }, sending.Select(l => l["Attempt"]));
        Assert.All(sending, l => Assert.Equal((LogLevel.Debug, "Domain", "ResendEmailVerification", AccessKeyId), (l.Level, l["Product"], l["Action"], l["AccessKeyId"])));
        Assert.Equal(server.BaseUri.Authority, sending[0]["Host"]);

        LogLine retrying = Assert.Single(lines, l => l.EventId.Name == "Retrying");
        Assert.Equal(LogLevel.Information, retrying.Level);
        Assert.Equal((1, 400, "Throttling.User", "R-400", "throttling"), (retrying["Attempt"], retrying["Status"], retrying["ErrorCode"], retrying["RequestId"], retrying["Reason"]));

        LogLine succeeded = Assert.Single(lines, l => l.EventId.Name == "Succeeded");
        Assert.Equal((2, 200, "R-ok"), (succeeded["Attempt"], succeeded["Status"], succeeded["RequestId"]));
        AssertNoSecretIn(lines);
    }

    [Theory]
    [InlineData(SignatureVersion.V1)]
    [InlineData(SignatureVersion.V3)]
    public async Task A_failed_call_is_one_warning_and_no_line_ever_holds_a_secret(SignatureVersion version)
    {
        using var provider = new ListLoggerProvider();
        string body = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["RequestId"] = "R-sig",
            ["Code"] = "SignatureDoesNotMatch",
            ["Message"] = "string to sign: " + PercentEncoding.Encode(PercentEncoding.Encode(Token)) + " key " + Secret + " raw " + Token,
        });
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(400, body));
        SpecClientOptions options = Options(server, version);
        using ILoggerFactory factory = provider.CreateFactory();
        options.LoggerFactory = factory;

        ClientErrorException e = await Assert.ThrowsAsync<ClientErrorException>(() => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        LogLine failed = Assert.Single(provider.Lines, l => l.Level >= LogLevel.Warning);
        Assert.Equal("Failed", failed.EventId.Name);
        Assert.Equal((1, 400, "SignatureDoesNotMatch", "R-sig"), (failed["Attempt"], failed["Status"], failed["ErrorCode"], failed["RequestId"]));
        AssertNoSecretIn(provider.Lines);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task A_network_failure_is_logged_with_its_exception_and_without_secrets()
    {
        using var provider = new ListLoggerProvider();
        using ILoggerFactory factory = provider.CreateFactory();
        var options = new SpecClientOptions
        {
            Endpoint = "http://127.0.0.1:" + RetryTests.ClosedPort() + "/",
            AllowInsecureHttp = true,
            Credentials = new StaticCredentialProvider(AccessKeyId, Secret, Token),
            LoggerFactory = factory,
            Retry = NoWait(),
        };

        await Assert.ThrowsAsync<HttpRequestException>(() => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal(2, provider.Lines.Count(l => l.EventId.Name == "Retrying" && (string?)l["Reason"] == "connect_failure"));
        LogLine failed = Assert.Single(provider.Lines, l => l.EventId.Name == "Failed");
        Assert.IsType<HttpRequestException>(failed.Exception);
        Assert.Equal(3, failed["Attempt"]);
        AssertNoSecretIn(provider.Lines);
    }

    [Fact]
    public async Task Without_a_logger_factory_nothing_is_logged_and_calls_work()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, SuccessJson));
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        Assert.Null(options.LoggerFactory);

        Result result = await new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None);

        Assert.Equal("req-ok", result.RequestId);
    }

    [Fact]
    public async Task Each_call_is_one_client_span_with_the_rpc_tags_and_a_retry_event()
    {
        string product = "Obs" + Guid.NewGuid().ToString("N");
        var operation = new OperationDescriptor(product, "2018-01-29", "DescribeThings", ApiStyle.Rpc, "POST", "/", Array.Empty<string>(), null, null, isReadOnly: true);
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SpecClientTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if ((string?)activity.GetTagItem("rpc.service") == product)
                {
                    activities.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await using LoopbackServer server = await LoopbackServer.StartAsync(RetryTests.Script(
            RetryTests.Error(500, "InternalError"),
            LoopbackServer.Reply(200, SuccessJson, "application/json", ("x-acs-request-id", "R-ok")),
            RetryTests.Error(403, "Forbidden.RAM")));
        var transport = new ApiTransport(Options(server, SignatureVersion.V3), "x");

        await transport.SendAsync(new ApiRequest(operation), ReadResult, CancellationToken.None);
        await Assert.ThrowsAsync<ClientErrorException>(() => transport.SendAsync(new ApiRequest(operation), ReadResult, CancellationToken.None));

        Activity[] spans = activities.ToArray();
        Assert.Equal(2, spans.Length);
        Activity ok = spans[0];
        Assert.Equal(product + "/DescribeThings", ok.DisplayName);
        Assert.Equal(ActivityKind.Client, ok.Kind);
        Assert.Equal("alibaba_cloud", ok.GetTagItem("rpc.system"));
        Assert.Equal("DescribeThings", ok.GetTagItem("rpc.method"));
        Assert.Equal("127.0.0.1", ok.GetTagItem("server.address"));
        Assert.Equal(server.BaseUri.Port, ok.GetTagItem("server.port"));
        Assert.Equal(200, ok.GetTagItem("http.response.status_code"));
        Assert.Equal(2, ok.GetTagItem("specclient.attempts"));
        Assert.Equal("R-ok", ok.GetTagItem("alibaba_cloud.request_id"));
        Assert.Null(ok.GetTagItem("error.type"));
        Assert.NotEqual(ActivityStatusCode.Error, ok.Status);
        ActivityEvent retry = Assert.Single(ok.Events);
        Assert.Equal("specclient.retry", retry.Name);
        Assert.Contains(retry.Tags, t => t.Key == "specclient.retry.reason" && (string?)t.Value == "server_error");

        Activity failed = spans[1];
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal("Forbidden.RAM", failed.GetTagItem("error.type"));
        Assert.Equal("Forbidden.RAM", failed.GetTagItem("alibaba_cloud.error_code"));
        Assert.Equal(403, failed.GetTagItem("http.response.status_code"));
        Assert.Equal("R-403", failed.GetTagItem("alibaba_cloud.request_id"));
        Assert.Equal(1, failed.GetTagItem("specclient.attempts"));
        foreach (Activity span in spans)
        {
            string all = span.DisplayName + string.Join(";", span.TagObjects.Select(t => t.Key + "=" + t.Value)) + span.StatusDescription;
            Assert.DoesNotContain(Secret, all);
            Assert.DoesNotContain(Token, all);
        }
    }

    [Fact]
    public async Task The_meter_records_call_durations_and_counts_retries_by_reason()
    {
        string product = "Obs" + Guid.NewGuid().ToString("N");
        var operation = new OperationDescriptor(product, "2018-01-29", "ListThings", ApiStyle.Rpc, "POST", "/", Array.Empty<string>(), null, null, isReadOnly: true);
        var durations = new ConcurrentQueue<(double Value, Dictionary<string, object?> Tags)>();
        var retries = new ConcurrentQueue<(long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SpecClientTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            Dictionary<string, object?> map = Map(tags);
            if (instrument.Name == SpecClientTelemetry.CallDurationInstrument && (string?)map["rpc.service"] == product)
            {
                durations.Enqueue((value, map));
            }
        });
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            Dictionary<string, object?> map = Map(tags);
            if (instrument.Name == SpecClientTelemetry.RetriesInstrument && (string?)map["rpc.service"] == product)
            {
                retries.Enqueue((value, map));
            }
        });
        listener.Start();
        await using LoopbackServer server = await LoopbackServer.StartAsync(RetryTests.Script(
            RetryTests.Error(503, "ServiceUnavailable"),
            RetryTests.Error(500, "InternalError"),
            RetryTests.Ok,
            RetryTests.Error(400, "InvalidParameter")));
        var transport = new ApiTransport(Options(server, SignatureVersion.V3), "x");

        await transport.SendAsync(new ApiRequest(operation), ReadResult, CancellationToken.None);
        await Assert.ThrowsAsync<ClientErrorException>(() => transport.SendAsync(new ApiRequest(operation), ReadResult, CancellationToken.None));

        Assert.Equal(2, durations.Count);
        Assert.All(durations, d => Assert.InRange(d.Value, 0, 30));
        Assert.All(durations, d => Assert.Equal(("alibaba_cloud", "ListThings", "127.0.0.1"), (d.Tags["rpc.system"], d.Tags["rpc.method"], d.Tags["server.address"])));
        Assert.False(durations.First().Tags.ContainsKey("error.type"));
        Assert.Equal("InvalidParameter", durations.Last().Tags["error.type"]);

        Assert.Equal(2, retries.Sum(r => r.Value));
        Assert.Equal(new[] { "throttling", "server_error" }, retries.Select(r => (string?)r.Tags["specclient.retry.reason"]));
    }

    private static Dictionary<string, object?> Map(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            map[tag.Key] = tag.Value;
        }

        return map;
    }

    private static void AssertNoSecretIn(IEnumerable<LogLine> lines)
    {
        string encodedToken = PercentEncoding.Encode(Token);
        foreach (LogLine line in lines)
        {
            foreach (string secret in new[] { Secret, Token, encodedToken, PercentEncoding.Encode(encodedToken), "Signature=" })
            {
                Assert.DoesNotContain(secret, line.AllText, StringComparison.Ordinal);
            }
        }
    }
}

using System.Diagnostics;
using static SpecClient.Faults.Tests.Faults;

namespace SpecClient.Faults.Tests;

/// <summary>Bodies that are cut short, malformed, huge, or labelled with the wrong content type.</summary>
[Trait("Category", "Faults")]
public sealed class BodyFaultTests : FaultTest
{
    [Theory(Timeout = TestTimeout)]
    [InlineData("{\"RequestId\":\"R-cut\",\"Count\":\"2\",\"Ite", "not valid JSON")]
    [InlineData("{\"RequestId\":\"R-cut\",\"Count\":[}", "not valid JSON")]
    [InlineData("{\"RequestId\":\"R-cut\"}{\"again\":1}", "not valid JSON")]
    [InlineData("{\"RequestId\":\"R-cut\",\"Count\":{\"a\":1}}", "does not match")]
    [InlineData("\"just a string\"", "")]
    public async Task Truncated_or_malformed_JSON_is_a_ResponseFormatException_and_not_sent_again(string body, string problem)
    {
        await using FaultServer server = await FaultServer.StartAsync(Reply(200, body), Ok);

        Exception? error = await Record.ExceptionAsync(() => Send(new ApiTransport(Options(server), "x"), ReadOperation));

        Assert.Equal(1, server.Count);
        if (problem.Length == 0)
        {
            // A string where an object was expected reads as an empty response: readers skip what they cannot use.
            Assert.Null(error);
            return;
        }

        ResponseFormatException e = Assert.IsType<ResponseFormatException>(error);
        Assert.Contains(problem, e.Message);
        Assert.Equal(200, e.StatusCode);
        Assert.NotNull(e.BodyExcerpt);
        Assert.False(string.IsNullOrEmpty(e.RequestId));
        AssertNoSecret(e);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_body_shorter_than_its_declared_length_is_a_broken_connection()
    {
        await using FaultServer server = await FaultServer.StartAsync(ShortBody, ShortBody, Ok);
        var transport = new ApiTransport(Options(server), "x");

        await Fails<HttpRequestException>(() => Send(transport, WriteOperation));
        Assert.Equal(1, server.Count);

        Result result = await Send(transport, ReadOperation);
        Assert.Equal("req-ok", result.RequestId);
        Assert.Equal(3, server.Count);
    }

    [Theory(Timeout = TestTimeout)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_huge_body_is_cut_at_MaxResponseBytes_without_reading_it_all(bool declareLength)
    {
        const long total = 256L * 1024 * 1024;
        await using FaultServer server = await FaultServer.StartAsync(Huge(total, declareLength));
        SpecClientOptions options = Options(server);
        options.MaxResponseBytes = 1024 * 1024;
        long memoryBefore = GC.GetTotalAllocatedBytes(precise: false);
        var stopwatch = Stopwatch.StartNew();

        (ResponseFormatException e, _) = await Fails<ResponseFormatException>(() => Send(new ApiTransport(options, "x"), ReadOperation));

        Assert.Contains("MaxResponseBytes", e.Message);
        Assert.Equal(1, server.Count);
        AssertWithin(stopwatch.Elapsed, TimeSpan.FromSeconds(10));
        Assert.True(Interlocked.Read(ref server.BytesWritten) < total, "the whole body was sent");
        Assert.True(GC.GetTotalAllocatedBytes(precise: false) - memoryBefore < 64L * 1024 * 1024, "allocated far more than the limit");
    }

    [Theory(Timeout = TestTimeout)]
    [InlineData("text/plain")]
    [InlineData("text/html")]
    [InlineData("application/octet-stream")]
    [InlineData("")]
    public async Task A_JSON_answer_under_a_wrong_content_type_is_read(string contentType)
    {
        await using FaultServer server = await FaultServer.StartAsync(Reply(200, SuccessJson, contentType));

        Result result = await Send(new ApiTransport(Options(server), "x"), ReadOperation);

        Assert.Equal(("req-ok", 2), (result.RequestId, result.Count));
        Assert.Equal(new[] { "a", "b" }, result.Items);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task An_XML_answer_labelled_as_JSON_is_read()
    {
        await using FaultServer server = await FaultServer.StartAsync(Reply(200, "<R><RequestId>req-x</RequestId><Count>3</Count><Items><Item>a</Item></Items></R>", "application/json"));

        Result result = await Send(new ApiTransport(Options(server), "x"), ReadOperation);

        Assert.Equal(("req-x", 3), (result.RequestId, result.Count));
        Assert.Equal(new[] { "a" }, result.Items);
    }

    [Theory(Timeout = TestTimeout)]
    [InlineData("application/json")]
    [InlineData("text/html; charset=utf-8")]
    public async Task An_HTML_page_with_status_200_is_never_taken_for_an_answer(string contentType)
    {
        await using FaultServer server = await FaultServer.StartAsync(Reply(200, "<html><head><title>Login</title></head><body>portal</body></html>", contentType));

        (ResponseFormatException e, _) = await Fails<ResponseFormatException>(() => Send(new ApiTransport(Options(server), "x"), ReadOperation));

        Assert.Contains("HTML", e.Message);
        Assert.StartsWith("<html>", e.BodyExcerpt);
        Assert.Equal("R-0", e.RequestId);
        Assert.Equal(1, server.Count);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task An_error_answer_under_a_wrong_content_type_keeps_its_fields()
    {
        await using FaultServer server = await FaultServer.StartAsync(Reply(400, "{\"RequestId\":\"E-1\",\"Code\":\"InvalidDomainName\",\"Message\":\"bad\"}", "text/html"));

        (ClientErrorException e, _) = await Fails<ClientErrorException>(() => Send(new ApiTransport(Options(server), "x"), ReadOperation));

        Assert.Equal(("E-1", "InvalidDomainName", "bad"), (e.RequestId, e.Code, e.ErrorMessage));
    }
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using SpecClient.Serialization;
using SpecClient.Signing;
using static SpecClient.Tests.Transport.TransportTestKit;

namespace SpecClient.Tests.Transport;

/// <summary>
/// An SLS operation that answers bytes (PullLogs' protobuf), through <see cref="ApiTransport"/> against a
/// loopback Kestrel server: what is asked for (Accept, Accept-Encoding), and the body inflated with the size
/// x-log-bodyrawsize announces, or a typed <see cref="ResponseFormatException"/> carrying the request id.
/// </summary>
public sealed class SlsBytesOverHttpTests
{
    private const string Protobuf = "application/x-protobuf";
    private const string RequestId = "5B0A7465AAEA20CA70DE3064";

    private static readonly OperationDescriptor PullLogs = new(
        "Sls", "2020-12-30", "PullLogs", ApiStyle.Sls, "GET", "/logstores/{logstore}/shards/{shard}", new[] { "project", "logstore", "shard" }, null, null, isReadOnly: true);

    private static readonly byte[] Raw = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("level=info message=订单已支付 ", 300)));

    [Fact]
    public async Task A_deflate_answer_is_inflated_and_handed_over_with_the_headers()
    {
        byte[] compressed = ZlibFrame(Raw);
        await using LoopbackServer server = await LoopbackServer.StartAsync(Answer(compressed, "deflate", Raw.Length.ToString(CultureInfo.InvariantCulture)));

        (byte[] Body, string? Cursor) result = await Send(server);

        Assert.Equal(Raw, result.Body);
        Assert.Equal("MTQ0NzMyOTQwMTEwMjEzMDkwNA==", result.Cursor);
        ReceivedRequest received = server.Single();
        Assert.Equal(Protobuf, received.Header("Accept"));
        // The shared handler adds the HTTP encodings it decodes itself; deflate, which SLS compresses with, is asked first.
        Assert.StartsWith("deflate", received.Header("Accept-Encoding"));
        Assert.StartsWith("LOG testid:", received.Header("Authorization"));
    }

    [Fact]
    public async Task An_lz4_answer_as_SLS_SDKs_default_to_is_read_too()
    {
        byte[] block = new byte[K4os.Compression.LZ4.LZ4Codec.MaximumOutputSize(Raw.Length)];
        int written = K4os.Compression.LZ4.LZ4Codec.Encode(Raw, block);
        await using LoopbackServer server = await LoopbackServer.StartAsync(Answer(block[..written], "lz4", Raw.Length.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(Raw, (await Send(server)).Body);
    }

    [Fact]
    public async Task An_uncompressed_answer_is_taken_as_it_is_when_its_size_matches()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(Answer(Raw, null, Raw.Length.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(Raw, (await Send(server)).Body);
    }

    [Theory]
    [InlineData("deflate", -1, "not the")]
    [InlineData("deflate", +1, "more than the")]
    [InlineData("deflate", null, "does not give its size")]
    [InlineData(null, +1, "not the")]
    [InlineData("snappy", 0, "snappy, which SpecClient does not read")]
    [InlineData("lz4", 0, "not a valid LZ4 block")]
    public async Task A_raw_size_that_is_not_the_bodys_or_an_unknown_compression_is_a_format_error_with_the_request_id(string? compression, int? sizeShift, string problem)
    {
        byte[] body = compression == "deflate" ? ZlibFrame(Raw) : Raw;
        string? rawSize = sizeShift is { } shift ? (Raw.Length - shift).ToString(CultureInfo.InvariantCulture) : null;
        await using LoopbackServer server = await LoopbackServer.StartAsync(Answer(body, compression, rawSize));

        var error = await Assert.ThrowsAsync<ResponseFormatException>(() => Send(server));

        Assert.Equal((RequestId, 200), (error.RequestId, error.StatusCode));
        Assert.Contains(problem, error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Broken_zlib_data_is_a_format_error_not_an_io_exception()
    {
        byte[] broken = ZlibFrame(Raw);
        broken[^6] ^= 0xFF;
        await using LoopbackServer server = await LoopbackServer.StartAsync(Answer(broken, "deflate", Raw.Length.ToString(CultureInfo.InvariantCulture)));

        var error = await Assert.ThrowsAsync<ResponseFormatException>(() => Send(server));

        Assert.Equal(RequestId, error.RequestId);
        Assert.IsType<InvalidDataException>(error.InnerException);
    }

    [Fact]
    public async Task A_raw_size_over_MaxResponseBytes_is_refused_before_inflating()
    {
        byte[] compressed = ZlibFrame(Raw);
        await using LoopbackServer server = await LoopbackServer.StartAsync(Answer(compressed, "deflate", Raw.Length.ToString(CultureInfo.InvariantCulture)));
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        options.MaxResponseBytes = Raw.Length - 1;

        var error = await Assert.ThrowsAsync<ResponseFormatException>(() => Send(server, options));

        Assert.Contains("MaxResponseBytes", error.Message);
    }

    private static async Task<(byte[] Body, string? Cursor)> Send(LoopbackServer server, SpecClientOptions? options = null)
    {
        var request = new ApiRequest(PullLogs);
        request.Add("project", "my-project", ParameterLocation.Host);
        request.Add("logstore", "app-log", ParameterLocation.Path);
        request.Add("shard", 0, ParameterLocation.Path);
        request.Add("type", "logs");
        var transport = new ApiTransport(options ?? Options(server, SignatureVersion.V3), "unused.example");
        Pulled pulled = await transport.SendAsync(request, Protobuf, body => new Pulled(body), (p, headers) => p.Cursor = headers["x-log-cursor"], CancellationToken.None);
        return (pulled.Body, pulled.Cursor);
    }

    private static Func<HttpContext, LoopbackServer, Task> Answer(byte[] body, string? compression, string? rawSize) => async (context, _) =>
    {
        context.Response.Headers["x-log-requestid"] = RequestId;
        context.Response.Headers["x-log-cursor"] = "MTQ0NzMyOTQwMTEwMjEzMDkwNA==";
        if (compression is not null)
        {
            context.Response.Headers["x-log-compresstype"] = compression;
        }

        if (rawSize is not null)
        {
            context.Response.Headers["x-log-bodyrawsize"] = rawSize;
        }

        context.Response.ContentType = Protobuf;
        await context.Response.Body.WriteAsync(body);
    };

    private static byte[] ZlibFrame(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private sealed class Pulled
    {
        public Pulled(byte[] body) => Body = body;

        public byte[] Body { get; }

        public string? Cursor { get; set; }
    }
}

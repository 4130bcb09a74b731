using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SpecClient.Serialization;

namespace SpecClient.Testing.Tests;

/// <summary>
/// The emulator's SLS logs: PutLogs stores log groups per project, logstore and shard, GetCursor gives positions
/// (Base64 of the position's decimal text) and PullLogs answers the groups from a cursor as a protobuf
/// LogGroupList, zlib-compressed when Accept-Encoding allows deflate. Requests go through the runtime's transport
/// (which signs them as SLS's SDKs do); a handler in front of the socket sets Accept-Encoding where a test needs
/// another and keeps the answer's headers. The answers are checked byte for byte and inflated with ZLibStream.
/// </summary>
public sealed class SlsLogStoreTests : IAsyncLifetime
{
    private static readonly OperationDescriptor PutLogs = new(
        "Sls", "2020-12-30", "PutLogs", ApiStyle.Sls, "POST", "/logstores/{logstore}/shards/lb", new[] { "project", "logstore", "body" }, null, null, isReadOnly: false, hostParameter: "project");

    private static readonly OperationDescriptor GetCursor = new(
        "Sls", "2020-12-30", "GetCursor", ApiStyle.Sls, "GET", "/logstores/{logstore}/shards/{shard}?type=cursor", new[] { "project", "logstore", "shard", "from" }, null, null, isReadOnly: true, hostParameter: "project");

    private static readonly OperationDescriptor PullLogs = new(
        "Sls", "2020-12-30", "PullLogs", ApiStyle.Sls, "GET", "/logstores/{logstore}/shards/{shard}", new[] { "project", "logstore", "shard", "type", "cursor" }, null, null, isReadOnly: true, hostParameter: "project");

    private readonly Wire _wire = new() { InnerHandler = new SocketsHttpHandler() };
    private ApiEmulator _emulator = null!;
    private HttpClient _http = null!;
    private ApiTransport _transport = null!;

    public async Task InitializeAsync()
    {
        _emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = new[] { PutLogs, GetCursor, PullLogs } });
        _http = new HttpClient(_wire);
        _transport = new ApiTransport(_http, _emulator.CreateClientOptions(), "unused.example");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Logs_put_come_back_from_the_begin_cursor_deflated_byte_for_byte()
    {
        byte[] first = Group("first"), second = Group("第二");
        await Put("app-log", first);
        await Put("app-log", second);

        string begin = await Cursor("app-log", 0, "begin");
        Pulled pulled = await Pull("app-log", 0, begin);

        Assert.Equal("MA==", begin);
        Assert.Equal(List(first, second), pulled.Body);
        Assert.Equal(("deflate", "application/x-protobuf"), (_wire.CompressType, _wire.ContentType));
        Assert.Equal(pulled.Body, Inflate(_wire.RawBody!));
        Assert.Equal((Cursor(2), "2", pulled.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), (pulled.Cursor, pulled.Count, _wire.RawSize));
        Assert.Equal(pulled.Cursor, await Cursor("app-log", 0, "end"));
    }

    [Fact]
    public async Task Count_pages_through_the_shard_and_the_end_cursor_gives_an_empty_list()
    {
        byte[][] groups = { Group("a"), Group("b"), Group("c") };
        foreach (byte[] group in groups)
        {
            await Put("paged", group);
        }

        Pulled one = await Pull("paged", 0, await Cursor("paged", 0, "begin"), count: 2);
        Pulled two = await Pull("paged", 0, one.Cursor!, count: 2);
        Pulled none = await Pull("paged", 0, two.Cursor!, count: 2);

        Assert.Equal((List(groups[0], groups[1]), List(groups[2]), Array.Empty<byte>()), (one.Body, two.Body, none.Body), BodiesEqual);
        Assert.Equal(("2", "1", "0"), (one.Count, two.Count, none.Count));
        Assert.Equal(two.Cursor, none.Cursor);
    }

    [Fact]
    public async Task A_time_cursor_points_at_the_first_group_received_at_or_after_it()
    {
        await Put("timed", Group("x"));
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        Assert.Equal("MA==", await Cursor("timed", 0, (now - 3600).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Cursor(1), await Cursor("timed", 0, (now + 3600).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Projects_logstores_and_shards_keep_their_own_logs()
    {
        await Put("app-log", Group("mine"));
        await Put("app-log", Group("theirs"), project: "other-project");

        Assert.Empty((await Pull("app-log", 1, "MA==")).Body);
        Assert.Empty((await Pull("other-log", 0, "MA==")).Body);
        Assert.Equal(List(Group("mine")), (await Pull("app-log", 0, "MA==")).Body);
    }

    [Fact]
    public async Task Lz4_alone_is_answered_with_an_lz4_block_the_reference_decoder_and_the_runtime_read()
    {
        byte[][] groups = Enumerable.Range(0, 40).Select(i => Group("log line " + i % 4)).ToArray();
        foreach (byte[] group in groups)
        {
            await Put("app-log", group);
        }

        _wire.AcceptEncoding = "lz4";
        Pulled pulled = await Pull("app-log", 0, "MA==");

        Assert.Equal(List(groups), pulled.Body);
        Assert.Equal("lz4", _wire.CompressType);
        byte[] decoded = new byte[pulled.Body.Length];
        Assert.Equal(decoded.Length, K4os.Compression.LZ4.LZ4Codec.Decode(_wire.RawBody!, decoded));
        Assert.Equal(pulled.Body, decoded);
        Assert.True(_wire.RawBody!.Length < pulled.Body.Length / 3, _wire.RawBody.Length + " of " + pulled.Body.Length);
    }

    [Fact]
    public async Task Accept_encoding_with_nothing_the_emulator_writes_is_a_400_and_quotes_ask_for_no_compression()
    {
        await Put("app-log", Group("plain"));

        _wire.AcceptEncoding = "gzip, br";
        var refused = await Assert.ThrowsAsync<ClientErrorException>(() => Pull("app-log", 0, "MA=="));
        _wire.AcceptEncoding = "\"\"";
        Pulled plain = await Pull("app-log", 0, "MA==");

        Assert.Equal((400, "ParameterInvalid"), (refused.StatusCode, refused.Code));
        Assert.Equal(List(Group("plain")), plain.Body);
        Assert.Null(_wire.CompressType);
        Assert.Equal(plain.Body, _wire.RawBody);
    }

    [Fact]
    public async Task A_pull_whose_type_is_not_logs_is_refused()
    {
        var error = await Assert.ThrowsAsync<ClientErrorException>(() => Pull("app-log", 0, "MA==", type: "log"));

        Assert.Equal((400, "ParameterInvalid"), (error.StatusCode, error.Code));
        Assert.Contains("type=logs", error.ErrorMessage);
    }

    [Theory]
    [InlineData("not-base64!", 0, "ParameterInvalid")]
    [InlineData("OTk=", 0, "ParameterInvalid")]   // position 99 of an empty shard
    [InlineData("MA==", 2, "ShardNotExist")]      // shards 0 and 1 only
    public async Task A_bad_cursor_or_shard_is_refused_as_sls_refuses_it(string cursor, int shard, string code)
    {
        var error = await Assert.ThrowsAsync<ClientErrorException>(() => Pull("app-log", shard, cursor));

        Assert.Equal((400, code), (error.StatusCode, error.Code));
    }

    [Theory]
    [InlineData("00000000000000000000000000000000", 0)]
    [InlineData("7fffffffffffffffffffffffffffffff", 0)]
    [InlineData("80000000000000000000000000000000", 1)]
    [InlineData("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", 1)]
    public async Task A_hashed_write_goes_to_the_shard_whose_half_of_the_key_space_holds_the_key(string key, int shard)
    {
        var request = PutRequest(PutLogs, "hashed", Group("keyed"), "my-project");
        request.Add("key", key);

        await _transport.SendAsync(request, Ignore, CancellationToken.None);

        Assert.Equal(("PutLogs", 200, key), (_emulator.Requests.Single().Action, _emulator.Requests.Single().StatusCode, _emulator.Requests.Single().GetParameter("key")));
        Assert.Equal(List(Group("keyed")), (await Pull("hashed", shard, "MA==")).Body);
        Assert.Empty((await Pull("hashed", 1 - shard, "MA==")).Body);
    }

    [Theory]
    [InlineData(new byte[] { 0x0A, 0x05, 0x08 })]                    // a log longer than the body
    [InlineData(new byte[] { 0x0A, 0x03, 0x12, 0x05, 0x0A })]        // a content longer than its log
    [InlineData(new byte[] { 0x0B, 0x00 })]                          // a deprecated group
    [InlineData(new byte[] { (byte)'{', (byte)'}' })]                // JSON
    public async Task A_body_that_is_not_a_protobuf_log_group_is_PostBodyInvalid_and_not_stored(byte[] body)
    {
        var error = await Assert.ThrowsAsync<ClientErrorException>(() => Put("app-log", body));

        Assert.Equal((400, "PostBodyInvalid"), (error.StatusCode, error.Code));
        Assert.Empty((await Pull("app-log", 0, "MA==")).Body);
    }

    [Fact]
    public async Task A_hash_key_that_is_not_an_md5_is_refused()
    {
        var request = PutRequest(PutLogs, "hashed", Group("keyed"), "my-project");
        request.Add("key", "user-42");

        var error = await Assert.ThrowsAsync<ClientErrorException>(() => _transport.SendAsync(request, Ignore, CancellationToken.None));

        Assert.Equal("ParameterInvalid", error.Code);
    }

    [Fact]
    public async Task An_override_still_wins_over_the_stored_logs()
    {
        _emulator.SetError("PullLogs", 500, "InternalServerError", "Specified Server Error Message.");

        var error = await Assert.ThrowsAsync<ServerErrorException>(() => Pull("app-log", 0, "MA=="));

        Assert.Equal("InternalServerError", error.Code);
    }

    private static readonly IEqualityComparer<(byte[], byte[], byte[])> BodiesEqual = EqualityComparer<(byte[], byte[], byte[])>.Create(
        (a, b) => a.Item1.SequenceEqual(b.Item1) && a.Item2.SequenceEqual(b.Item2) && a.Item3.SequenceEqual(b.Item3));

    private static string Cursor(int position) => Convert.ToBase64String(Encoding.ASCII.GetBytes(position.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    // A LogGroup message with one log: time 1700000000, content msg=<text>. The emulator keeps it as bytes.
    private static byte[] Group(string text)
    {
        byte[] value = Encoding.UTF8.GetBytes(text);
        byte[] content = [0x0A, 0x03, (byte)'m', (byte)'s', (byte)'g', 0x12, (byte)value.Length, .. value];
        byte[] log = [0x08, 0x80, 0xE2, 0xCF, 0xAA, 0x06, 0x12, (byte)content.Length, .. content];
        return [0x0A, (byte)log.Length, .. log];
    }

    // LogGroupList { repeated LogGroup logGroupList = 1; } of small groups (one-byte lengths).
    private static byte[] List(params byte[][] groups) => groups.SelectMany(g => new byte[] { 0x0A, (byte)g.Length }.Concat(g)).ToArray();

    private static byte[] Inflate(byte[] frame)
    {
        using var zlib = new ZLibStream(new MemoryStream(frame), CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private Task Put(string logstore, byte[] group, string project = "my-project") =>
        _transport.SendAsync(PutRequest(PutLogs, logstore, group, project), Ignore, CancellationToken.None);

    private static ApiRequest PutRequest(OperationDescriptor operation, string logstore, byte[] group, string project)
    {
        var request = new ApiRequest(operation);
        request.Add("project", project, ParameterLocation.Host);
        request.Add("logstore", logstore, ParameterLocation.Path);
        request.SetBody(group, "application/x-protobuf");
        return request;
    }

    private async Task<string> Cursor(string logstore, int shard, string from)
    {
        var request = new ApiRequest(GetCursor);
        request.Add("project", "my-project", ParameterLocation.Host);
        request.Add("logstore", logstore, ParameterLocation.Path);
        request.Add("shard", shard, ParameterLocation.Path);
        request.Add("from", from);
        return await _transport.SendAsync(request, (ref Utf8JsonReader reader) => JsonDocument.ParseValue(ref reader).RootElement.GetProperty("cursor").GetString()!, CancellationToken.None);
    }

    private Task<Pulled> Pull(string logstore, int shard, string cursor, int? count = null, string type = "logs")
    {
        var request = new ApiRequest(PullLogs);
        request.Add("project", "my-project", ParameterLocation.Host);
        request.Add("logstore", logstore, ParameterLocation.Path);
        request.Add("shard", shard, ParameterLocation.Path);
        request.Add("type", type);
        request.Add("cursor", cursor);
        request.Add("count", count);
        return _transport.SendAsync(request, "application/x-protobuf", body => new Pulled(body), (p, headers) => (p.Cursor, p.Count) = (headers["x-log-cursor"], headers["x-log-count"]), CancellationToken.None);
    }

    private static bool Ignore(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return true;
    }

    private sealed class Pulled(byte[] body)
    {
        public byte[] Body { get; } = body;

        public string? Cursor { get; set; }

        public string? Count { get; set; }
    }

    // Sets Accept-Encoding when a test asks, and keeps what arrived before the transport decompressed it.
    private sealed class Wire : DelegatingHandler
    {
        public string? AcceptEncoding { get; set; }

        public string? CompressType { get; private set; }

        public string? RawSize { get; private set; }

        public string? ContentType { get; private set; }

        public byte[]? RawBody { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (AcceptEncoding is not null)
            {
                request.Headers.Remove("Accept-Encoding");
                request.Headers.TryAddWithoutValidation("Accept-Encoding", AcceptEncoding);
            }

            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            CompressType = response.Headers.TryGetValues("x-log-compresstype", out var compress) ? compress.Single() : null;
            RawSize = response.Headers.TryGetValues("x-log-bodyrawsize", out var size) ? size.Single() : null;
            ContentType = response.Content.Headers.ContentType?.MediaType;
            RawBody = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var copy = new ByteArrayContent(RawBody);
            foreach (var header in response.Content.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = copy;
            return response;
        }
    }
}

using Microsoft.AspNetCore.Http;
using SpecClient.EndToEnd.Tests.Sls;
using SpecClient.Signing;
using SpecClient.Testing;

namespace SpecClient.EndToEnd.Tests;

/// <summary>
/// The Simple Log Service client generated at build time from real SLS pages (specs/sls) merged with SLS's
/// metadata, calling the emulator over loopback: the project travels as the host's first label, every request
/// is signed with SLS's own LOG signature (whatever the options' signature version), and the emulator checks
/// that signature with its own code.
/// </summary>
public sealed class SlsClientTests : IAsyncLifetime
{
    private ApiEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = SlsOperations.All });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task A_get_names_the_project_in_the_host_and_reads_the_sample(SignatureVersion version)
    {
        var client = new SlsClient(_emulator.CreateClientOptions(version));

        GetLogStoreResponse response = await client.GetLogStoreAsync(new GetLogStoreRequest { Project = "ali-test-project", Logstore = "test-logstore" });

        // The sample the emulator answers with, read back through the generated reader.
        Assert.NotNull(response.LogstoreName);
        Assert.Contains("\"" + response.LogstoreName + "\"", SlsOperations.GetLogStore.SampleResponseJson);
        EmulatedRequest received = Assert.Single(_emulator.Requests);
        Assert.Equal((200, "GET", "GetLogStore"), (received.StatusCode, received.HttpMethod, received.Action));
        Assert.Equal("ali-test-project", received.GetParameter("project"));
        Assert.Equal("test-logstore", received.GetParameter("logstore"));
    }

    [Fact]
    public async Task A_write_sends_its_json_body_with_the_md5_sls_checks_and_reads_the_empty_answer()
    {
        var client = new SlsClient(_emulator.CreateClientOptions());

        await client.CreateLogStoreAsync(new CreateLogStoreRequest { Project = "ali-test-project", Body = "{\"logstoreName\":\"app-log\",\"ttl\":30,\"shardCount\":2}" });
        await client.DeleteLogStoreAsync(new DeleteLogStoreRequest { Project = "ali-test-project", Logstore = "app-log" });

        EmulatedRequest[] received = _emulator.Requests.ToArray();
        Assert.Equal(("POST", "CreateLogStore", 200), (received[0].HttpMethod, received[0].Action, received[0].StatusCode));
        Assert.Equal(("app-log", "30"), (received[0].GetParameter("logstoreName"), received[0].GetParameter("ttl")));
        Assert.Equal(("DELETE", "DeleteLogStore", 200, "app-log"), (received[1].HttpMethod, received[1].Action, received[1].StatusCode, received[1].GetParameter("logstore")));
    }

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task PutLogs_sends_the_log_group_as_protobuf_bytes_under_the_signed_md5(SignatureVersion version)
    {
        var client = new SlsClient(_emulator.CreateClientOptions(version));
        var group = new SpecClient.Sls.LogGroup { Topic = "orders", Source = "10.0.0.1" };
        group.Logs.Add(new SpecClient.Sls.LogItem(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)) { { "level", "info" }, { "message", "订单已支付" } });
        byte[] bytes = group.ToProtobuf();

        PutLogsResponse response = await client.PutLogsAsync(new PutLogsRequest { ProjectName = "ali-test-project", LogstoreName = "app-log", Body = bytes });

        EmulatedRequest received = Assert.Single(_emulator.Requests);
        Assert.Equal(("POST", "PutLogs", 200, "app-log"), (received.HttpMethod, received.Action, received.StatusCode, received.GetParameter("logstoreName")));
        Assert.Equal("application/x-protobuf", received.ContentType);
        Assert.Equal(bytes, received.Body.ToArray());
        Assert.Equal(received.RequestId, response.RequestId);
    }

    [Fact]
    public async Task A_bare_json_array_answer_is_read_into_Items_typed_from_the_metadata()
    {
        var client = new SlsClient(_emulator.CreateClientOptions());
        _emulator.SetResponse("ListShards", "[{\"shardID\":0,\"status\":\"readwrite\",\"createTime\":1524222931},{\"shardID\":1,\"status\":\"readonly\",\"createTime\":1524222932}]");

        ListShardsResponse response = await client.ListShardsAsync(new ListShardsRequest { Project = "p1", Logstore = "app-log" });

        Assert.Equal(new (int?, string?)[] { (0, "readwrite"), (1, "readonly") }, response.Items.Select(s => (s.ShardID, s.Status)));
        Assert.Equal(1524222932, response.Items[1].CreateTime);
    }

    [Fact]
    public async Task Logs_of_a_query_come_back_as_one_json_text_per_log()
    {
        var client = new SlsClient(_emulator.CreateClientOptions());
        _emulator.SetResponse("GetLogs", "[{\"__time__\":1409529660,\"__source__\":\"192.168.1.100\",\"status\":\"500\"}]");

        GetLogsResponse response = await client.GetLogsAsync(new GetLogsRequest { Project = "p1", Logstore = "app-log", From = 1409529600, To = 1409529700 });

        using var log = System.Text.Json.JsonDocument.Parse(Assert.Single(response.Items));
        Assert.Equal(("192.168.1.100", "500"), (log.RootElement.GetProperty("__source__").GetString(), log.RootElement.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task What_sls_answers_in_headers_is_read_into_the_response_the_query_status_and_the_request_id()
    {
        await using var server = await SpecClient.Tests.Transport.LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.Headers["x-log-progress"] = "Incomplete";
            context.Response.Headers["x-log-count"] = "2";
            context.Response.Headers["x-log-processed-rows"] = "many";
            context.Response.Headers["x-log-requestid"] = "5B0A7465AAEA20CA70DE3064";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("[{\"status\":\"500\"},{\"status\":\"404\"}]");
        });
        var client = new SlsClient(new SpecClientOptions
        {
            Endpoint = server.BaseUri.GetLeftPart(UriPartial.Authority),
            AllowInsecureHttp = true,
            Credentials = new StaticCredentialProvider("sls-key-id", "sls-key-secret"),
        });

        GetLogsResponse response = await client.GetLogsAsync(new GetLogsRequest { Project = "p1", Logstore = "app-log", From = 1409529600, To = 1409529700 });

        Assert.Equal(("Incomplete", (long?)2, "5B0A7465AAEA20CA70DE3064", 2), (response.XLogProgress, response.XLogCount, response.RequestId, response.Items.Count));
        // A header that does not parse, or is absent, reads as null rather than failing the call.
        Assert.Equal(((long?)null, (long?)null), (response.XLogProcessedRows, response.XLogElapsedMillisecond));
    }

    [Fact]
    public async Task A_fixed_query_of_the_path_is_sent_and_routed()
    {
        var client = new SlsClient(_emulator.CreateClientOptions());

        await client.GetLogsAsync(new GetLogsRequest { Project = "p1", Logstore = "app-log", From = 1700000000, To = 1700000600, Query = "status: 500" });

        EmulatedRequest received = Assert.Single(_emulator.Requests);
        Assert.Equal(("GetLogs", 200), (received.Action, received.StatusCode));
        Assert.Equal(("log", "status: 500", "1700000000"), (received.GetParameter("type"), received.GetParameter("query"), received.GetParameter("from")));
    }

    [Fact]
    public async Task A_project_that_would_change_the_host_is_refused_before_sending()
    {
        var client = new SlsClient(_emulator.CreateClientOptions());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.GetLogStoreAsync(new GetLogStoreRequest { Project = "evil.example.com", Logstore = "x" }));

        Assert.Equal("project", error.ParamName);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task An_sls_error_comes_back_typed_with_its_code_and_request_id()
    {
        _emulator.SetError("GetLogStore", 404, "LogStoreNotExist", "logstore test-logstore does not exist");
        var client = new SlsClient(_emulator.CreateClientOptions());

        var error = await Assert.ThrowsAsync<ClientErrorException>(() => client.GetLogStoreAsync(new GetLogStoreRequest { Project = "p1", Logstore = "test-logstore" }));

        Assert.Equal(("LogStoreNotExist", 404), (error.Code, error.StatusCode));
        Assert.Equal(Assert.Single(_emulator.Requests).RequestId, error.RequestId);
    }
}

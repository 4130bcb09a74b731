using SpecClient.EndToEnd.Tests.Sls;
using SpecClient.Sls;
using SpecClient.Testing;

namespace SpecClient.EndToEnd.Tests;

/// <summary>
/// Logs written and read back through the Simple Log Service client generated from the real PutLogs, GetCursor
/// (merged with SLS's metadata) and PullLogs pages, against the emulator: PutLogs sends the protobuf log group
/// zlib-compressed, GetCursor finds the shard's start, PullLogs answers the groups deflate-compressed with the
/// next cursor, and <see cref="LogGroupList.Parse"/> gives back the same logs.
/// </summary>
public sealed class SlsPullLogsTests : IAsyncLifetime
{
    private ApiEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = SlsOperations.All });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Logs_put_are_pulled_back_the_same_from_the_begin_cursor()
    {
        var client = new SlsClient(_emulator.CreateClientOptions());
        var orders = new LogGroup { Topic = "orders", Source = "10.0.0.1" };
        orders.Tags.Add(new("env", "prod"));
        var paid = new LogItem(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)) { { "level", "info" }, { "message", "订单已支付" } };
        paid.TimeNanoseconds = 123_456_789;
        orders.Logs.Add(paid);
        orders.Logs.Add(new LogItem(DateTimeOffset.FromUnixTimeSeconds(1_700_000_001)) { { "level", "warn" }, { "message", new string('x', 5000) } });
        var audit = new LogGroup { Topic = "audit" };
        audit.Logs.Add(new LogItem(DateTimeOffset.FromUnixTimeSeconds(1_700_000_002)) { { "user", "alice" } });

        await client.PutLogsAsync(new PutLogsRequest { ProjectName = "my-project", LogstoreName = "app-log", Body = orders.ToProtobuf() });
        await client.PutLogsAsync(new PutLogsRequest { ProjectName = "my-project", LogstoreName = "app-log", Body = audit.ToProtobuf() });
        GetCursorResponse begin = await client.GetCursorAsync(new GetCursorRequest { Project = "my-project", Logstore = "app-log", ShardId = 0, From = "begin" });
        PullLogsResponse pulled = await client.PullLogsAsync(new PullLogsRequest
        {
            ProjectName = "my-project", LogstoreName = "app-log", ShardID = 0, Type = "logs", Cursor = begin.Cursor!, Count = 1000,
        });

        IReadOnlyList<LogGroup> groups = LogGroupList.Parse(pulled.Body);
        Assert.Equal(new[] { Describe(orders), Describe(audit) }, groups.Select(Describe));
        Assert.Equal(123_456_789, groups[0].Logs[0].TimeNanoseconds);
        Assert.Equal(2, pulled.XLogCount);
        GetCursorResponse end = await client.GetCursorAsync(new GetCursorRequest { Project = "my-project", Logstore = "app-log", ShardId = 0, From = "end" });
        Assert.Equal(end.Cursor, pulled.XLogCursor);
        Assert.Equal(_emulator.Requests.Single(r => r.Action == "PullLogs").RequestId, pulled.RequestId);
    }

    [Fact]
    public async Task Pulling_from_the_end_cursor_gives_no_groups_and_the_same_cursor()
    {
        var client = new SlsClient(_emulator.CreateClientOptions());
        var group = new LogGroup();
        group.Logs.Add(new LogItem(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)) { { "k", "v" } });
        await client.PutLogsAsync(new PutLogsRequest { ProjectName = "my-project", LogstoreName = "app-log", Body = group.ToProtobuf() });

        GetCursorResponse end = await client.GetCursorAsync(new GetCursorRequest { Project = "my-project", Logstore = "app-log", ShardId = 0, From = "end" });
        PullLogsResponse pulled = await client.PullLogsAsync(new PullLogsRequest { ProjectName = "my-project", LogstoreName = "app-log", ShardID = 0, Type = "logs", Cursor = end.Cursor! });

        Assert.Empty(LogGroupList.Parse(pulled.Body));
        Assert.Equal((0L, end.Cursor), (pulled.XLogCount, pulled.XLogCursor));
    }

    [Fact]
    public async Task A_pull_error_comes_back_typed_with_the_sls_request_id()
    {
        var client = new SlsClient(_emulator.CreateClientOptions());

        var error = await Assert.ThrowsAsync<ClientErrorException>(() => client.PullLogsAsync(new PullLogsRequest
        {
            ProjectName = "my-project", LogstoreName = "app-log", ShardID = 7, Type = "logs", Cursor = "MA==",
        }));

        Assert.Equal(("ShardNotExist", 400), (error.Code, error.StatusCode));
        Assert.Equal(Assert.Single(_emulator.Requests).RequestId, error.RequestId);
    }

    [Theory]
    [InlineData("user-3", 0)]    // MD5 134a...: the lower half of the key space, shard 0 of 2
    [InlineData("user-1", 1)]    // MD5 d6d7...: the upper half, shard 1
    public async Task A_hashed_write_lands_on_the_shard_that_owns_its_key(string user, int shard)
    {
        var client = new SlsClient(_emulator.CreateClientOptions());
        var group = new LogGroup { Topic = user };
        group.Logs.Add(new LogItem(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)) { { "user", user } });
        string hashKey = ShardKey.Md5Hex(user);

        await client.PutLogsAsync(new PutLogsRequest { ProjectName = "my-project", LogstoreName = "app-log", Body = group.ToProtobuf(), HashKey = hashKey });

        Assert.Equal(hashKey, Assert.Single(_emulator.Requests).GetParameter("key"));
        Assert.Equal(shard, hashKey[0] >= '8' ? 1 : 0);
        PullLogsResponse owner = await client.PullLogsAsync(new PullLogsRequest { ProjectName = "my-project", LogstoreName = "app-log", ShardID = shard, Type = "logs", Cursor = "MA==" });
        PullLogsResponse other = await client.PullLogsAsync(new PullLogsRequest { ProjectName = "my-project", LogstoreName = "app-log", ShardID = 1 - shard, Type = "logs", Cursor = "MA==" });
        Assert.Equal(user, Assert.Single(LogGroupList.Parse(owner.Body)).Topic);
        Assert.Empty(LogGroupList.Parse(other.Body));
    }

    private static string Describe(LogGroup group) =>
        $"{group.Topic}|{group.Source}|{string.Join(",", group.Tags)}|{string.Join(";", group.Logs.Select(l => l.Time.ToUnixTimeSeconds() + "." + l.TimeNanoseconds + ":" + string.Join(",", l.Contents)))}";
}

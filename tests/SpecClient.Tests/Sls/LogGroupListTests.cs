using Google.Protobuf;
using SpecClient.Sls;

namespace SpecClient.Tests.Sls;

/// <summary>
/// Reading SLS's <c>LogGroupList</c> (what PullLogs answers) with SpecClient's own protobuf reader: messages
/// written with Google's protobuf library (its <see cref="CodedOutputStream"/>, field by field against SLS's schema,
/// unknown fields included) parse to the same logs, and what <see cref="LogGroup.ToProtobuf"/> writes parses back.
/// </summary>
public sealed class LogGroupListTests
{
    [Fact]
    public void A_list_written_by_google_protobuf_reads_back_field_by_field()
    {
        byte[] bytes = List(
            Group(
                new[] { Log(1_700_000_000, 123_456_789, ("level", "info"), ("message", "订单已支付")), Log(1_700_000_001, null, ("level", "warn"), ("level", "again")) },
                topic: "orders",
                source: "10.0.0.1",
                tags: new[] { ("__tag__:__receive_time__", "1700000002"), ("env", "prod") }),
            Group(new[] { Log(5, null, ("k", "v")) }, topic: null, source: null, tags: Array.Empty<(string, string)>()));

        IReadOnlyList<LogGroup> groups = LogGroupList.Parse(bytes);

        Assert.Equal(2, groups.Count);
        Assert.Equal(("orders", "10.0.0.1"), (groups[0].Topic, groups[0].Source));
        Assert.Equal(new KeyValuePair<string, string>[] { new("__tag__:__receive_time__", "1700000002"), new("env", "prod") }, groups[0].Tags);
        LogItem first = groups[0].Logs[0];
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).AddTicks(1_234_567), first.Time);
        Assert.Equal(123_456_789, first.TimeNanoseconds);
        Assert.Equal(new KeyValuePair<string, string>[] { new("level", "info"), new("message", "订单已支付") }, first.Contents);
        Assert.Equal((DateTimeOffset.FromUnixTimeSeconds(1_700_000_001), 0), (groups[0].Logs[1].Time, groups[0].Logs[1].TimeNanoseconds));
        Assert.Equal(new KeyValuePair<string, string>[] { new("level", "warn"), new("level", "again") }, groups[0].Logs[1].Contents);
        Assert.Equal((null, null, DateTimeOffset.FromUnixTimeSeconds(5)), (groups[1].Topic, groups[1].Source, Assert.Single(groups[1].Logs).Time));
    }

    [Fact]
    public void Fields_the_schema_does_not_name_are_skipped_whatever_their_wire_type()
    {
        var log = new MemoryStream();
        using (var output = new CodedOutputStream(log, leaveOpen: true))
        {
            output.WriteTag(1, WireFormat.WireType.Varint);
            output.WriteUInt32(42);
            output.WriteTag(3, WireFormat.WireType.Fixed64);
            output.WriteFixed64(ulong.MaxValue);
            output.WriteTag(2, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(Pair("k", "v", extra: true));
            output.WriteTag(9, WireFormat.WireType.Fixed32);
            output.WriteFixed32(7);
            output.WriteTag(200, WireFormat.WireType.Varint);
            output.WriteUInt64(ulong.MaxValue);
        }

        var group = new MemoryStream();
        using (var output = new CodedOutputStream(group, leaveOpen: true))
        {
            output.WriteTag(2, WireFormat.WireType.LengthDelimited);
            output.WriteString("reserved");
            output.WriteTag(5, WireFormat.WireType.LengthDelimited);
            output.WriteString("machine-uuid");
            output.WriteTag(1, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(ByteString.CopyFrom(log.ToArray()));
        }

        LogItem read = Assert.Single(Assert.Single(LogGroupList.Parse(List(group.ToArray()))).Logs);

        Assert.Equal((DateTimeOffset.FromUnixTimeSeconds(42), new KeyValuePair<string, string>("k", "v")), (read.Time, Assert.Single(read.Contents)));
    }

    [Fact]
    public void An_empty_list_is_no_groups()
    {
        Assert.Empty(LogGroupList.Parse(ReadOnlySpan<byte>.Empty));
    }

    [Theory]
    [InlineData(new byte[] { 0x0A }, "varint cut off")]                       // a tag, then no length
    [InlineData(new byte[] { 0x0A, 0x05, 0x08 }, "past the end")]               // a length longer than what follows
    [InlineData(new byte[] { 0x0A, 0x04, 0x0A, 0x02, 0x08, 0x80 }, "varint cut off")]       // a log whose time varint does not end
    [InlineData(new byte[] { 0x0A, 0x04, 0x0A, 0x02, 0x0D, 0x00 }, "wire type 5 where the schema has 0")]  // a log time sent as fixed32
    [InlineData(new byte[] { 0x08, 0x01 }, "wire type 0 where the schema has 2")]  // groups sent as a number
    [InlineData(new byte[] { 0x0B }, "wire type 3")]                            // a deprecated group
    [InlineData(new byte[] { 0x00 }, "field number 0")]
    [InlineData(new byte[] { 0x10, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, "longer than ten bytes")]
    public void Malformed_bytes_throw_a_format_exception_naming_the_problem(byte[] bytes, string problem)
    {
        FormatException error = Assert.Throws<FormatException>(() => LogGroupList.Parse(bytes));

        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Random_groups_written_by_LogGroup_and_by_google_protobuf_read_back_equal()
    {
        var random = new Random(20261126);
        for (int round = 0; round < 300; round++)
        {
            var groups = new List<LogGroup>();
            var list = new MemoryStream();
            using (var listOutput = new CodedOutputStream(list, leaveOpen: true))
            {
                for (int g = random.Next(0, 4); g > 0; g--)
                {
                    LogGroup group = RandomGroup(random);
                    groups.Add(group);
                    listOutput.WriteTag(1, WireFormat.WireType.LengthDelimited);
                    listOutput.WriteBytes(ByteString.CopyFrom(group.ToProtobuf()));
                }
            }

            IReadOnlyList<LogGroup> read = LogGroupList.Parse(list.ToArray());

            Assert.Equal(groups.Select(Describe), read.Select(Describe));

            // The same groups written by Google's library read back equal too (Decode is the PutLogs tests' decoder).
            foreach (LogGroup group in groups)
            {
                LogGroupTests.DecodedGroup decoded = LogGroupTests.Decode(group.ToProtobuf());
                byte[] viaGoogle = Group(
                    decoded.Logs.Select(l => Log(l.Time, l.Nanoseconds, l.Contents.ToArray())).ToArray(), decoded.Topic, decoded.Source, decoded.Tags.ToArray());
                Assert.Equal(Describe(group), Describe(LogGroup.Parse(viaGoogle)));
            }
        }
    }

    [Fact]
    public void Cut_or_flipped_bytes_either_parse_or_throw_a_format_exception_never_anything_else()
    {
        var random = new Random(7);
        byte[] valid = LogGroupList_Of(RandomGroup(random), RandomGroup(random));
        for (int i = 0; i < 2000; i++)
        {
            byte[] damaged = random.Next(2) == 0 ? valid[..random.Next(valid.Length)] : Flip(valid, random);
            try
            {
                LogGroupList.Parse(damaged);
            }
            catch (FormatException)
            {
                // The one failure a damaged message may cause.
            }
        }
    }

    [Fact]
    public void Nanoseconds_below_a_tick_are_kept_and_written_back_exactly()
    {
        var log = new LogItem(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)) { { "k", "v" } };
        log.TimeNanoseconds = 999_999_999;
        var group = new LogGroup();
        group.Logs.Add(log);

        LogItem read = LogGroup.Parse(group.ToProtobuf()).Logs.Single();

        Assert.Equal((999_999_999, (uint?)999_999_999), (read.TimeNanoseconds, LogGroupTests.Decode(group.ToProtobuf()).Logs.Single().Nanoseconds));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).AddTicks(9_999_999), read.Time);
        Assert.Throws<ArgumentOutOfRangeException>(() => log.TimeNanoseconds = 1_000_000_000);
        read.Time = read.Time;
        Assert.Equal(999_999_900, read.TimeNanoseconds);
    }

    private static byte[] LogGroupList_Of(params LogGroup[] groups) =>
        List(groups.Select(g => g.ToProtobuf()).ToArray());

    private static byte[] Flip(byte[] bytes, Random random)
    {
        byte[] copy = bytes.ToArray();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static string Describe(LogGroup group) =>
        $"topic={group.Topic ?? "(null)"} source={group.Source ?? "(null)"} tags=[{string.Join(",", group.Tags)}] logs=[{string.Join(";", group.Logs.Select(l => l.Time.ToUnixTimeSeconds() + "." + l.TimeNanoseconds + ":" + string.Join(",", l.Contents)))}]";

    private static LogGroup RandomGroup(Random random)
    {
        var group = new LogGroup { Topic = random.Next(3) == 0 ? null : Text(random), Source = random.Next(3) == 0 ? null : Text(random) };
        for (int t = random.Next(0, 3); t > 0; t--)
        {
            group.Tags.Add(new(Text(random), Text(random)));
        }

        for (int l = random.Next(0, 5); l > 0; l--)
        {
            var log = new LogItem(DateTimeOffset.FromUnixTimeSeconds(random.Next(0, 2) == 0 ? random.Next() : uint.MaxValue - (uint)random.Next(1000)));
            log.TimeNanoseconds = random.Next(3) == 0 ? 0 : random.Next(1_000_000_000);
            for (int c = random.Next(1, 6); c > 0; c--)
            {
                log.Add(Text(random), Text(random));
            }

            group.Logs.Add(log);
        }

        return group;
    }

    // Empty, ASCII, CJK and text long enough for multi-byte lengths.
    private static string Text(Random random) => random.Next(6) switch
    {
        0 => string.Empty,
        1 => "日志" + random.Next(),
        2 => new string('x', random.Next(100, 400)),
        _ => "v" + random.Next(),
    };

    private static byte[] List(params byte[][] groups)
    {
        var stream = new MemoryStream();
        using (var output = new CodedOutputStream(stream, leaveOpen: true))
        {
            foreach (byte[] group in groups)
            {
                output.WriteTag(1, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(ByteString.CopyFrom(group));
            }
        }

        return stream.ToArray();
    }

    private static byte[] Group(byte[][] logs, string? topic, string? source, (string, string)[] tags)
    {
        var stream = new MemoryStream();
        using (var output = new CodedOutputStream(stream, leaveOpen: true))
        {
            foreach (byte[] log in logs)
            {
                output.WriteTag(1, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(ByteString.CopyFrom(log));
            }

            if (topic is not null)
            {
                output.WriteTag(3, WireFormat.WireType.LengthDelimited);
                output.WriteString(topic);
            }

            if (source is not null)
            {
                output.WriteTag(4, WireFormat.WireType.LengthDelimited);
                output.WriteString(source);
            }

            foreach ((string key, string value) in tags)
            {
                output.WriteTag(6, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(Pair(key, value));
            }
        }

        return stream.ToArray();
    }

    private static byte[] Log(uint time, uint? nanoseconds, params (string Key, string Value)[] contents)
    {
        var stream = new MemoryStream();
        using (var output = new CodedOutputStream(stream, leaveOpen: true))
        {
            output.WriteTag(1, WireFormat.WireType.Varint);
            output.WriteUInt32(time);
            foreach ((string key, string value) in contents)
            {
                output.WriteTag(2, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(Pair(key, value));
            }

            if (nanoseconds is { } ns)
            {
                output.WriteTag(4, WireFormat.WireType.Fixed32);
                output.WriteFixed32(ns);
            }
        }

        return stream.ToArray();
    }

    private static ByteString Pair(string key, string value, bool extra = false)
    {
        var stream = new MemoryStream();
        using (var output = new CodedOutputStream(stream, leaveOpen: true))
        {
            output.WriteTag(1, WireFormat.WireType.LengthDelimited);
            output.WriteString(key);
            if (extra)
            {
                output.WriteTag(3, WireFormat.WireType.LengthDelimited);
                output.WriteString("not in the schema");
            }

            output.WriteTag(2, WireFormat.WireType.LengthDelimited);
            output.WriteString(value);
        }

        return ByteString.CopyFrom(stream.ToArray());
    }
}

using System.Text;
using Google.Protobuf;
using SpecClient.Sls;

namespace SpecClient.Tests.Sls;

/// <summary>
/// SLS's log group in protocol buffers form, decoded with Google's own protobuf library (not with SpecClient's
/// writer), field by field against SLS's schema: LogGroup {Logs = 1, Topic = 3, Source = 4, LogTags = 6},
/// Log {Time = 1, Contents = 2, Time_ns = 4}, Content and LogTag {Key = 1, Value = 2}.
/// </summary>
public sealed class LogGroupTests
{
    [Fact]
    public void Logs_topic_source_and_tags_decode_with_googles_protobuf_reader()
    {
        var group = new LogGroup { Topic = "orders", Source = "10.0.0.1" };
        group.Tags.Add(new("env", "prod"));
        group.Logs.Add(new LogItem(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)) { { "level", "info" }, { "message", "paid" } });
        group.Logs.Add(new LogItem(DateTimeOffset.FromUnixTimeSeconds(1_700_000_001)) { { "level", "warn" }, { "level", "again" } });

        DecodedGroup decoded = Decode(group.ToProtobuf());

        Assert.Equal(("orders", "10.0.0.1"), (decoded.Topic, decoded.Source));
        Assert.Equal(new[] { ("env", "prod") }, decoded.Tags);
        Assert.Equal(2, decoded.Logs.Count);
        Assert.Equal((1_700_000_000u, (uint?)null), (decoded.Logs[0].Time, decoded.Logs[0].Nanoseconds));
        Assert.Equal(new[] { ("level", "info"), ("message", "paid") }, decoded.Logs[0].Contents);
        Assert.Equal(new[] { ("level", "warn"), ("level", "again") }, decoded.Logs[1].Contents);
    }

    [Fact]
    public void A_time_with_a_fraction_of_a_second_sends_its_nanoseconds()
    {
        var group = new LogGroup();
        group.Logs.Add(new LogItem(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).AddTicks(1_234_567)) { { "k", "v" } });

        DecodedLog log = Decode(group.ToProtobuf()).Logs.Single();

        Assert.Equal((1_700_000_000u, (uint?)123_456_700), (log.Time, log.Nanoseconds));
    }

    [Fact]
    public void Multi_byte_text_and_values_longer_than_one_length_byte_keep_their_exact_bytes()
    {
        string chinese = "订单已支付";
        string large = new string('x', 20_000);
        var group = new LogGroup { Topic = chinese };
        group.Logs.Add(new LogItem(DateTimeOffset.FromUnixTimeSeconds(1)) { { chinese, large } });

        DecodedGroup decoded = Decode(group.ToProtobuf());

        Assert.Equal(chinese, decoded.Topic);
        Assert.Equal((chinese, large), decoded.Logs.Single().Contents.Single());
    }

    [Fact]
    public void An_empty_group_is_an_empty_message()
    {
        Assert.Empty(new LogGroup().ToProtobuf());
    }

    [Fact]
    public void A_time_before_1970_or_a_null_key_is_refused_with_the_reason()
    {
        var early = new LogGroup();
        early.Logs.Add(new LogItem(new DateTimeOffset(1969, 12, 31, 23, 59, 59, TimeSpan.Zero)) { { "k", "v" } });
        var nullKey = new LogGroup();
        nullKey.Tags.Add(new(null!, "v"));

        Assert.Contains("1970", Assert.Throws<ArgumentException>(() => early.ToProtobuf()).Message);
        Assert.Contains("Tags", Assert.Throws<ArgumentException>(() => nullKey.ToProtobuf()).Message);
    }

    internal sealed record DecodedLog(uint Time, uint? Nanoseconds, List<(string, string)> Contents);

    internal sealed record DecodedGroup(List<DecodedLog> Logs, string? Topic, string? Source, List<(string, string)> Tags);

    internal static DecodedGroup Decode(byte[] bytes)
    {
        var input = new CodedInputStream(bytes);
        var logs = new List<DecodedLog>();
        var tags = new List<(string, string)>();
        string? topic = null, source = null;
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case (1 << 3) | 2:
                    logs.Add(DecodeLog(input.ReadBytes()));
                    break;
                case (3 << 3) | 2:
                    topic = input.ReadString();
                    break;
                case (4 << 3) | 2:
                    source = input.ReadString();
                    break;
                case (6 << 3) | 2:
                    tags.Add(DecodePair(input.ReadBytes()));
                    break;
                default:
                    throw new InvalidDataException("unexpected LogGroup tag " + tag);
            }
        }

        return new DecodedGroup(logs, topic, source, tags);
    }

    private static DecodedLog DecodeLog(ByteString bytes)
    {
        var input = new CodedInputStream(bytes.ToByteArray());
        uint time = 0;
        uint? nanoseconds = null;
        var contents = new List<(string, string)>();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag)
            {
                case (1 << 3) | 0:
                    time = input.ReadUInt32();
                    break;
                case (2 << 3) | 2:
                    contents.Add(DecodePair(input.ReadBytes()));
                    break;
                case (4 << 3) | 5:
                    nanoseconds = input.ReadFixed32();
                    break;
                default:
                    throw new InvalidDataException("unexpected Log tag " + tag);
            }
        }

        return new DecodedLog(time, nanoseconds, contents);
    }

    private static (string, string) DecodePair(ByteString bytes)
    {
        var input = new CodedInputStream(bytes.ToByteArray());
        string key = string.Empty, value = string.Empty;
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (tag == ((1 << 3) | 2))
            {
                key = input.ReadString();
            }
            else if (tag == ((2 << 3) | 2))
            {
                value = input.ReadString();
            }
            else
            {
                throw new InvalidDataException("unexpected Content tag " + tag);
            }
        }

        return (key, value);
    }
}

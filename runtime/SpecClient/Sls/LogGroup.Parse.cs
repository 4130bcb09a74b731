using System;
using System.Collections.Generic;
using SpecClient.Serialization;

namespace SpecClient.Sls;

/// <summary>Reading a log group back from its protocol buffers form (what <c>PullLogs</c> answers, inside a <see cref="LogGroupList"/>).</summary>
public sealed partial class LogGroup
{
    private const int ReservedField = 2;
    private const uint NanosecondsPerSecond = 1_000_000_000;

    private static readonly DateTimeOffset UnixEpoch = DateTimeOffset.FromUnixTimeSeconds(0);

    /// <summary>
    /// Reads one log group in SLS's protocol buffers form (the schema in the class remarks): its logs with their
    /// time (seconds and <c>Time_ns</c>) and fields in order, topic, source and tags. Fields the schema does not
    /// name (SLS adds some over time) are skipped; a missing key or value reads as empty text, a missing time as
    /// 1970-01-01.
    /// </summary>
    /// <param name="protobuf">The uncompressed bytes of one <c>LogGroup</c> message.</param>
    /// <returns>The group.</returns>
    /// <exception cref="FormatException">The bytes are not a well-formed protocol buffers message of this schema.</exception>
    public static LogGroup Parse(ReadOnlySpan<byte> protobuf) => Read(new ProtobufReader(protobuf));

    internal static LogGroup Read(ProtobufReader reader)
    {
        var group = new LogGroup();
        int field;
        while ((field = reader.NextField()) != 0)
        {
            switch (field)
            {
                case LogsField:
                    group.Logs.Add(ReadLog(reader.Message()));
                    break;
                case ReservedField:
                    reader.Skip();
                    break;
                case TopicField:
                    group.Topic = reader.String();
                    break;
                case SourceField:
                    group.Source = reader.String();
                    break;
                case TagsField:
                    group.Tags.Add(ReadPair(reader.Message()));
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return group;
    }

    private static LogItem ReadLog(ProtobufReader reader)
    {
        uint seconds = 0;
        uint nanoseconds = 0;
        var log = new LogItem(UnixEpoch);
        int field;
        while ((field = reader.NextField()) != 0)
        {
            switch (field)
            {
                case TimeField:
                    // A uint32 field: protobuf readers keep the low 32 bits of a longer varint.
                    seconds = unchecked((uint)reader.Varint());
                    break;
                case ContentsField:
                    log.Contents.Add(ReadPair(reader.Message()));
                    break;
                case TimeNanosecondsField:
                    nanoseconds = reader.Fixed32();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // SLS's schema allows any fixed32; a value of a second or more is not a fraction of one: carried into the seconds.
        log.Time = UnixEpoch.AddTicks((seconds + (long)(nanoseconds / NanosecondsPerSecond)) * TimeSpan.TicksPerSecond);
        if (nanoseconds != 0)
        {
            log.TimeNanoseconds = (int)(nanoseconds % NanosecondsPerSecond);
        }

        return log;
    }

    private static KeyValuePair<string, string> ReadPair(ProtobufReader reader)
    {
        string key = string.Empty, value = string.Empty;
        int field;
        while ((field = reader.NextField()) != 0)
        {
            if (field == KeyField)
            {
                key = reader.String();
            }
            else if (field == ValueField)
            {
                value = reader.String();
            }
            else
            {
                reader.Skip();
            }
        }

        return new KeyValuePair<string, string>(key, value);
    }
}

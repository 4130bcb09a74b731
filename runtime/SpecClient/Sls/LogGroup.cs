using System;
using System.Collections.Generic;
using SpecClient.Serialization;

namespace SpecClient.Sls;

/// <summary>
/// What Simple Log Service's <c>PutLogs</c> writes: log entries with a topic, a source and tags. Its doc page
/// describes the fields, and its data-encoding page the protocol buffers schema the body uses, which
/// <see cref="ToProtobuf"/> writes:
/// <code>
/// message Log { required uint32 Time = 1; message Content { required string Key = 1; required string Value = 2; }
///               repeated Content Contents = 2; optional fixed32 Time_ns = 4; }
/// message LogTag { required string Key = 1; required string Value = 2; }
/// message LogGroup { repeated Log Logs = 1; optional string Reserved = 2; optional string Topic = 3;
///                    optional string Source = 4; repeated LogTag LogTags = 6; }
/// </code>
/// </summary>
public sealed partial class LogGroup
{
    private const int LogsField = 1;
    private const int TopicField = 3;
    private const int SourceField = 4;
    private const int TagsField = 6;
    private const int TimeField = 1;
    private const int ContentsField = 2;
    private const int TimeNanosecondsField = 4;
    private const int KeyField = 1;
    private const int ValueField = 2;

    /// <summary>The entries (<c>Logs</c>); the service takes up to 4,096 per call and 3 MB in all.</summary>
    public IList<LogItem> Logs { get; } = new List<LogItem>();

    /// <summary>The topic (<c>Topic</c>), a user-defined label that tells entries apart, or null.</summary>
    public string? Topic { get; set; }

    /// <summary>Where the entries come from (<c>Source</c>), for example the machine's IP address, or null.</summary>
    public string? Source { get; set; }

    /// <summary>Tags that apply to every entry (<c>LogTags</c>: key and value).</summary>
    public IList<KeyValuePair<string, string>> Tags { get; } = new List<KeyValuePair<string, string>>();

    /// <summary>
    /// The group in protocol buffers form, the body <c>PutLogs</c> sends (<c>Content-Type: application/x-protobuf</c>),
    /// uncompressed: the service reads a body without <c>x-log-compresstype</c> as it is.
    /// </summary>
    /// <exception cref="ArgumentException">An entry's time is outside the Unix seconds a <c>uint32</c> holds, or a key or value is null.</exception>
    public byte[] ToProtobuf()
    {
        // Sized first (a nested message's length precedes it), each entry once: its size is kept for the write.
        int size = 0;
        var logSizes = new int[Logs.Count];
        for (int i = 0; i < logSizes.Length; i++)
        {
            logSizes[i] = LogSize(Logs[i] ?? throw new ArgumentException("The log group holds a null entry.", nameof(Logs)));
            size += ProtobufWriter.LengthDelimitedSize(logSizes[i]);
        }

        size += (Topic is null ? 0 : ProtobufWriter.StringSize(Topic)) + (Source is null ? 0 : ProtobufWriter.StringSize(Source));
        foreach (KeyValuePair<string, string> tag in Tags)
        {
            size += ProtobufWriter.LengthDelimitedSize(PairSize(tag, nameof(Tags)));
        }

        var writer = new ProtobufWriter(size);
        for (int i = 0; i < logSizes.Length; i++)
        {
            LogItem log = Logs[i];
            writer.Message(LogsField, logSizes[i]);
            (uint seconds, uint nanoseconds) = UnixTime(log);
            writer.Varint(TimeField, seconds);
            foreach (KeyValuePair<string, string> content in log.Contents)
            {
                WritePair(writer, ContentsField, content);
            }

            if (nanoseconds != 0)
            {
                writer.Fixed32(TimeNanosecondsField, nanoseconds);
            }
        }

        if (Topic is not null)
        {
            writer.String(TopicField, Topic);
        }

        if (Source is not null)
        {
            writer.String(SourceField, Source);
        }

        foreach (KeyValuePair<string, string> tag in Tags)
        {
            WritePair(writer, TagsField, tag);
        }

        return writer.ToArray();
    }

    private static int LogSize(LogItem log)
    {
        (uint seconds, uint nanoseconds) = UnixTime(log);
        int size = 1 + ProtobufWriter.VarintSize(seconds) + (nanoseconds == 0 ? 0 : 5);
        foreach (KeyValuePair<string, string> content in log.Contents)
        {
            size += ProtobufWriter.LengthDelimitedSize(PairSize(content, nameof(LogItem.Contents)));
        }

        return size;
    }

    private static int PairSize(KeyValuePair<string, string> pair, string owner) =>
        ProtobufWriter.StringSize(pair.Key ?? throw new ArgumentException("A key in " + owner + " is null.", owner))
        + ProtobufWriter.StringSize(pair.Value ?? throw new ArgumentException("The value of '" + pair.Key + "' in " + owner + " is null.", owner));

    private static void WritePair(ProtobufWriter writer, int field, KeyValuePair<string, string> pair)
    {
        writer.Message(field, PairSize(pair, string.Empty));
        writer.String(KeyField, pair.Key);
        writer.String(ValueField, pair.Value);
    }

    private static (uint Seconds, uint Nanoseconds) UnixTime(LogItem log)
    {
        DateTimeOffset time = log.Time;
        long ticks = time.UtcTicks - DateTimeOffset.FromUnixTimeSeconds(0).UtcTicks;
        long seconds = ticks / TimeSpan.TicksPerSecond;
        if (ticks < 0 || seconds > uint.MaxValue)
        {
            throw new ArgumentException("A log entry's time must be between 1970 and 2106 (Unix seconds in a uint32); " + time.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + " is not.", nameof(LogItem.Time));
        }

        return ((uint)seconds, (uint)log.TimeNanoseconds);
    }
}

using System;
using System.Collections.Generic;
using SpecClient.Serialization;

namespace SpecClient.Sls;

/// <summary>
/// What Simple Log Service's <c>PullLogs</c> answers, uncompressed (the generated <c>PullLogsResponse.Body</c>):
/// the log groups of a shard from the cursor on, in protocol buffers form,
/// <c>message LogGroupList { repeated LogGroup logGroupList = 1; }</c>.
/// </summary>
/// <example>
/// <code>
/// PullLogsResponse pulled = await sls.PullLogsAsync(new PullLogsRequest { ..., Cursor = cursor });
/// foreach (LogGroup group in LogGroupList.Parse(pulled.Body))
///     foreach (LogItem log in group.Logs) Console.WriteLine(log.Time + " " + string.Join(" ", log.Contents));
/// cursor = pulled.XLogCursor;   // where the next pull starts
/// </code>
/// </example>
public static class LogGroupList
{
    private const int GroupsField = 1;

    /// <summary>Reads the log groups of a <c>LogGroupList</c> message, in order (see <see cref="LogGroup.Parse"/> for each).</summary>
    /// <param name="protobuf">The uncompressed bytes (the transport has already decompressed what SLS sent).</param>
    /// <returns>The groups; empty for an empty message (no logs past the cursor).</returns>
    /// <exception cref="FormatException">The bytes are not a well-formed protocol buffers message of this schema.</exception>
    public static IReadOnlyList<LogGroup> Parse(ReadOnlySpan<byte> protobuf)
    {
        var groups = new List<LogGroup>();
        var reader = new ProtobufReader(protobuf);
        int field;
        while ((field = reader.NextField()) != 0)
        {
            if (field == GroupsField)
            {
                groups.Add(LogGroup.Read(reader.Message()));
            }
            else
            {
                reader.Skip();
            }
        }

        return groups;
    }
}

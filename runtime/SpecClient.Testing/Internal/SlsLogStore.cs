using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace SpecClient.Testing.Internal;

/// <summary>
/// The logs SLS's <c>PutLogs</c> wrote, per project, logstore and shard, so that <c>GetCursor</c> and
/// <c>PullLogs</c> read them back as the service does: a cursor is a position in the shard (Base64 of its
/// decimal text, as SLS's cursors are), and PullLogs answers the log groups from there as a protocol buffers
/// <c>LogGroupList</c>, compressed as the request's <c>Accept-Encoding</c> allows (zlib for <c>deflate</c>, else
/// an LZ4 block for <c>lz4</c>, nothing for <c>""</c>), with <c>x-log-cursor</c>, <c>x-log-count</c> and <c>x-log-bodyrawsize</c>.
/// Writes go to shard 0 (<c>/shards/lb</c>) or, hashed (<c>/shards/route?key=</c>, the MD5 hex of the user's key),
/// to the shard whose range of the 128-bit key space holds the key; a logstore's shards split that space evenly.
/// The log groups are kept as the bytes received: the emulator does not decode them.
/// </summary>
internal sealed class SlsLogStore
{
    private const string Protobuf = "application/x-protobuf";
    private const string Deflate = "deflate";
    private const string Lz4 = "lz4";
    private const int MaxPullCount = 1000;
    private const int GroupListField = (1 << 3) | 2;

    private readonly ConcurrentDictionary<(string Project, string Logstore), Shard[]> _logstores = new();
    private readonly int _shardCount;
    private readonly TimeProvider _clock;

    public SlsLogStore(int shardCount, TimeProvider clock)
    {
        _shardCount = shardCount;
        _clock = clock;
    }

    /// <summary>
    /// The path of the operation a request path is routed to: a KeyHash write (<c>/shards/route</c>) is PutLogs,
    /// whose page's first syntax (the one its descriptor has) is the LoadBalance <c>/shards/lb</c>.
    /// </summary>
    public static string OperationPath(string path) =>
        path.EndsWith("/shards/route", StringComparison.Ordinal) ? path.Substring(0, path.Length - "route".Length) + "lb" : path;

    /// <summary>An <see cref="SlsAnswer"/> or <see cref="EmulatorError"/> for the store's operations, null for any other.</summary>
    public object? Answer(string action, ReceivedRequest request, string? project, byte[]? body) => action switch
    {
        "PutLogs" => Put(request, project, body),
        "GetCursor" => Cursor(request, project),
        "PullLogs" => Pull(request, project),
        _ => null,
    };

    private object Put(ReceivedRequest request, string? project, byte[]? body)
    {
        // /logstores/{logstore}/shards/lb or /logstores/{logstore}/shards/route?key=...
        string[] path = Segments(request.Path);
        if (project is null || path.Length != 4 || body is null)
        {
            return new EmulatorError(400, "ParameterInvalid", "PutLogs takes a project host, /logstores/{logstore}/shards/lb or /shards/route, and a body.");
        }

        Shard[] shards = Logstore(project, path[1]);
        int shard = 0;
        if (path[3] == "route")
        {
            string? key = request.Parameter("key");
            if (key is null || !TryShardOf(key, shards.Length, out shard))
            {
                return new EmulatorError(400, "ParameterInvalid", "The hash key '" + key + "' is not 32 hexadecimal digits (the MD5 of the key).");
            }
        }
        else if (path[3] != "lb")
        {
            return new EmulatorError(404, "InvalidAction.NotFound", "PutLogs writes to /shards/lb or /shards/route.");
        }

        if (!IsMessage(body, depth: 0))
        {
            return new EmulatorError(400, "PostBodyInvalid", "Protobuffer content cannot be parsed.");
        }

        lock (shards[shard].Groups)
        {
            shards[shard].Groups.Add((body, _clock.GetUtcNow()));
        }

        return SlsAnswer.Empty;
    }

    private object Cursor(ReceivedRequest request, string? project)
    {
        if (!TryShard(request, project, out Shard? shard, out EmulatorError? error))
        {
            return error!;
        }

        string? from = request.Parameter("from");
        int position;
        lock (shard!.Groups)
        {
            if (from == "begin")
            {
                position = 0;
            }
            else if (from == "end")
            {
                position = shard.Groups.Count;
            }
            else if (long.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
            {
                position = shard.Groups.FindIndex(g => g.ReceivedAt.ToUnixTimeSeconds() >= seconds);
                position = position < 0 ? shard.Groups.Count : position;
            }
            else
            {
                return new EmulatorError(400, "ParameterInvalid", "Parameter From is not valid.");
            }
        }

        return new SlsAnswer(Encoding.UTF8.GetBytes("{\"cursor\":\"" + CursorOf(position) + "\"}"), "application/json", Array.Empty<KeyValuePair<string, string>>());
    }

    private object Pull(ReceivedRequest request, string? project)
    {
        if (!TryShard(request, project, out Shard? shard, out EmulatorError? error))
        {
            return error!;
        }

        if (request.Parameter("type") != "logs")
        {
            return new EmulatorError(400, "ParameterInvalid", "PullLogs takes type=logs, not " + (request.Parameter("type") ?? "none") + ".");
        }

        if (!(request.Header("Accept") ?? string.Empty).Contains(Protobuf, StringComparison.OrdinalIgnoreCase))
        {
            return new EmulatorError(400, "ParameterInvalid", "PullLogs answers application/x-protobuf only; the request's Accept does not take it.");
        }

        string? compression = Compression(request.Header("Accept-Encoding"));
        if (compression is null)
        {
            return new EmulatorError(400, "ParameterInvalid", "Accept-Encoding must contain lz4, deflate or \"\" (no compression).");
        }

        string? cursorText = request.Parameter("cursor");
        int count = MaxPullCount;
        if (request.Parameter("count") is { } countText && (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > MaxPullCount))
        {
            return new EmulatorError(400, "ParameterInvalid", "ParameterCount should be in [1-1000].");
        }

        var list = new MemoryStream();
        int start, end;
        lock (shard!.Groups)
        {
            if (cursorText is null || !TryPosition(cursorText, out start) || start > shard.Groups.Count)
            {
                return new EmulatorError(400, "ParameterInvalid", "Invalid cursor " + cursorText + ".");
            }

            end = Math.Min(shard.Groups.Count, start + count);
            for (int i = start; i < end; i++)
            {
                byte[] group = shard.Groups[i].Bytes;
                list.WriteByte(GroupListField);
                WriteVarint(list, (uint)group.Length);
                list.Write(group, 0, group.Length);
            }
        }

        byte[] raw = list.ToArray();
        var headers = new List<KeyValuePair<string, string>>
        {
            new("x-log-cursor", CursorOf(end)),
            new("x-log-count", (end - start).ToString(CultureInfo.InvariantCulture)),
            new("x-log-bodyrawsize", raw.Length.ToString(CultureInfo.InvariantCulture)),
        };
        if (compression.Length == 0)
        {
            return new SlsAnswer(raw, Protobuf, headers);
        }

        headers.Add(new("x-log-compresstype", compression));
        return new SlsAnswer(compression == Deflate ? Zlib(raw) : Lz4Block.Compress(raw), Protobuf, headers);
    }

    // deflate if accepted, else lz4; "" for no compression (the literal "" SLS takes); null: nothing the emulator can write.
    private static string? Compression(string? acceptEncoding)
    {
        bool lz4 = false, none = false;
        foreach (string part in (acceptEncoding ?? string.Empty).Split(','))
        {
            string coding = part.Split(';')[0].Trim();
            if (string.Equals(coding, Deflate, StringComparison.OrdinalIgnoreCase))
            {
                return Deflate;
            }

            lz4 |= string.Equals(coding, Lz4, StringComparison.OrdinalIgnoreCase);
            none |= coding == "\"\"";
        }

        return lz4 ? Lz4 : none ? string.Empty : null;
    }

    private bool TryShard(ReceivedRequest request, string? project, out Shard? shard, out EmulatorError? error)
    {
        // /logstores/{logstore}/shards/{shard}
        shard = null;
        error = null;
        string[] path = Segments(request.Path);
        if (project is null || path.Length != 4)
        {
            error = new EmulatorError(400, "ParameterInvalid", "The request names no project host or no /logstores/{logstore}/shards/{shard}.");
            return false;
        }

        Shard[] shards = Logstore(project, path[1]);
        if (!int.TryParse(path[3], NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index >= shards.Length)
        {
            error = new EmulatorError(400, "ShardNotExist", "Shard " + path[3] + " does not exist.");
            return false;
        }

        shard = shards[index];
        return true;
    }

    private Shard[] Logstore(string project, string logstore) =>
        _logstores.GetOrAdd((project, logstore), _ =>
        {
            var shards = new Shard[_shardCount];
            for (int i = 0; i < shards.Length; i++)
            {
                shards[i] = new Shard();
            }

            return shards;
        });

    // Shard i of n holds the keys in [i * 2^128 / n, (i + 1) * 2^128 / n), as SLS splits a new logstore's key space.
    private static bool TryShardOf(string key, int shardCount, out int shard)
    {
        shard = 0;
        if (key.Length != 32 || !UInt128.TryParse(key, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out UInt128 hash))
        {
            return false;
        }

        // The key's top 64 bits place it: floor(top * n / 2^64).
        shard = (int)(((UInt128)(ulong)(hash >> 64) * (UInt128)(uint)shardCount) >> 64);
        return true;
    }

    private static string CursorOf(int position) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(position.ToString(CultureInfo.InvariantCulture)));

    private static bool TryPosition(string cursor, out int position)
    {
        position = 0;
        try
        {
            return int.TryParse(Encoding.ASCII.GetString(Convert.FromBase64String(cursor)), NumberStyles.None, CultureInfo.InvariantCulture, out position);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // A well-formed protocol buffers message, as far as the wire format goes: every field's tag, varint and length
    // within the bytes; a LogGroup's logs (field 1) and a log's contents (field 2) checked the same way inside.
    // Deliberately the emulator's own few lines, not the client's reader.
    private static bool IsMessage(ReadOnlySpan<byte> bytes, int depth)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            if (!TryVarint(bytes, ref i, out ulong tag) || tag >> 3 == 0)
            {
                return false;
            }

            switch ((int)(tag & 7))
            {
                case 0:
                    if (!TryVarint(bytes, ref i, out _))
                    {
                        return false;
                    }

                    break;
                case 1:
                case 5:
                    i += (tag & 7) == 1 ? 8 : 4;
                    if (i > bytes.Length)
                    {
                        return false;
                    }

                    break;
                case 2:
                    if (!TryVarint(bytes, ref i, out ulong length) || length > (ulong)(bytes.Length - i))
                    {
                        return false;
                    }

                    bool nested = (depth == 0 && tag >> 3 == 1) || (depth == 1 && tag >> 3 == 2);
                    if (nested && !IsMessage(bytes.Slice(i, (int)length), depth + 1))
                    {
                        return false;
                    }

                    i += (int)length;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool TryVarint(ReadOnlySpan<byte> bytes, ref int i, out ulong value)
    {
        value = 0;
        for (int shift = 0; shift < 64 && i < bytes.Length; shift += 7)
        {
            byte b = bytes[i++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Segments(string path) => path.Trim('/').Split('/');

    private static void WriteVarint(Stream stream, uint value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    private static byte[] Zlib(byte[] raw)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw, 0, raw.Length);
        }

        return output.ToArray();
    }

    private sealed class Shard
    {
        public List<(byte[] Bytes, DateTimeOffset ReceivedAt)> Groups { get; } = new();
    }
}

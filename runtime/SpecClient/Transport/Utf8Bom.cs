using System;

namespace SpecClient;

/// <summary>Utf8JsonReader rejects a byte-order mark, which some gateways put before a JSON body.</summary>
internal static class Utf8Bom
{
    public static ReadOnlySpan<byte> Skip(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes.Slice(3) : bytes;
}

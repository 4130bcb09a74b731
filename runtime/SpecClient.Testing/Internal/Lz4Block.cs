using System;
using System.Buffers.Binary;
using System.IO;

namespace SpecClient.Testing.Internal;

/// <summary>
/// A small LZ4 block compressor, the emulator's own, for PullLogs answers to a client that accepts only
/// <c>lz4</c> (SLS's SDKs' default): greedy matching through a hash of each 4-byte sequence, within LZ4's rules
/// (offsets under 64 KB, no match starting in the last 12 bytes, the last 5 bytes literals). It favours being
/// short and clearly right over ratio; any LZ4 decoder reads what it writes.
/// </summary>
internal static class Lz4Block
{
    private const int MinMatch = 4;
    private const int HashBits = 12;
    private const int LastLiterals = 5;
    private const int MatchStartMargin = 12;
    private const int MaxOffset = 65535;

    public static byte[] Compress(ReadOnlySpan<byte> source)
    {
        if (source.IsEmpty)
        {
            // No block for no data, as K4os writes it (its decoder refuses the C library's one empty token for 0 bytes).
            return Array.Empty<byte>();
        }

        var output = new MemoryStream(source.Length / 2 + 16);
        var table = new int[1 << HashBits];
        Array.Fill(table, -1);
        int anchor = 0, i = 0;
        int matchLimit = source.Length - MatchStartMargin;
        while (i < matchLimit)
        {
            uint sequence = BinaryPrimitives.ReadUInt32LittleEndian(source.Slice(i));
            int hash = (int)((sequence * 2654435761u) >> (32 - HashBits));
            int candidate = table[hash];
            table[hash] = i;
            if (candidate < 0 || i - candidate > MaxOffset || BinaryPrimitives.ReadUInt32LittleEndian(source.Slice(candidate)) != sequence)
            {
                i++;
                continue;
            }

            int length = MinMatch;
            while (i + length < source.Length - LastLiterals && source[candidate + length] == source[i + length])
            {
                length++;
            }

            Sequence(output, source.Slice(anchor, i - anchor), i - candidate, length);
            i += length;
            anchor = i;
        }

        Sequence(output, source.Slice(anchor), 0, 0);
        return output.ToArray();
    }

    // One sequence: token, literals, and (unless it is the last, offset 0) the offset and the match length.
    private static void Sequence(MemoryStream output, ReadOnlySpan<byte> literals, int offset, int match)
    {
        int matchCode = offset == 0 ? 0 : match - MinMatch;
        output.WriteByte((byte)((Math.Min(literals.Length, 15) << 4) | Math.Min(matchCode, 15)));
        Extra(output, literals.Length);
        output.Write(literals);
        if (offset != 0)
        {
            output.WriteByte((byte)offset);
            output.WriteByte((byte)(offset >> 8));
            Extra(output, matchCode);
        }
    }

    // The bytes that extend a length of 15 or more: 255s, then the rest.
    private static void Extra(MemoryStream output, int length)
    {
        if (length < 15)
        {
            return;
        }

        for (length -= 15; length >= 255; length -= 255)
        {
            output.WriteByte(255);
        }

        output.WriteByte((byte)length);
    }
}

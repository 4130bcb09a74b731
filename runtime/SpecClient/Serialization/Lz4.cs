using System;
using System.Globalization;
using System.IO;

namespace SpecClient.Serialization;

/// <summary>
/// LZ4's block format, decompressed: what SLS calls <c>lz4</c> (<c>x-log-compresstype: lz4</c>, its SDKs'
/// default), a block with no frame around it, whose size the sender gives apart (<c>x-log-bodyrawsize</c>).
/// A block is a run of sequences: a token (literal length in the high four bits, match length minus 4 in the
/// low four, 15 meaning "add the bytes that follow, while they are 255"), the literals, then a two-byte
/// little-endian offset back into the output and the match copied from there; the last sequence has literals only.
/// </summary>
internal static class Lz4
{
    private const int MinMatch = 4;

    /// <summary>The <paramref name="rawSize"/> bytes the block holds.</summary>
    /// <exception cref="InvalidDataException">The block is cut short, points before its output, or holds more or fewer bytes than <paramref name="rawSize"/>.</exception>
    public static byte[] Decompress(ReadOnlySpan<byte> block, int rawSize)
    {
        if (block.IsEmpty && rawSize == 0)
        {
            // No data, no block: what K4os' encoder writes for it (the C library writes one empty token, read below).
            return Array.Empty<byte>();
        }

        var output = new byte[rawSize];
        int input = 0, written = 0;
        while (true)
        {
            if (input >= block.Length)
            {
                throw Broken("it ends before its last sequence", input);
            }

            int token = block[input++];
            int literals = Length(block, ref input, token >> 4);
            if (literals > block.Length - input || literals > rawSize - written)
            {
                throw Broken(literals > block.Length - input ? "its literals run past its end" : "it holds more than the " + rawSize.ToString(CultureInfo.InvariantCulture) + " bytes of x-log-bodyrawsize", input);
            }

            block.Slice(input, literals).CopyTo(output.AsSpan(written));
            input += literals;
            written += literals;
            if (input == block.Length)
            {
                // The last sequence: literals only.
                break;
            }

            if (block.Length - input < 2)
            {
                throw Broken("a match offset is cut off", input);
            }

            int offset = block[input] | (block[input + 1] << 8);
            input += 2;
            if (offset == 0 || offset > written)
            {
                throw Broken("a match points " + offset.ToString(CultureInfo.InvariantCulture) + " bytes back from byte " + written.ToString(CultureInfo.InvariantCulture) + " of its output", input - 2);
            }

            int match = Length(block, ref input, token & 0x0F) + MinMatch;
            if (match > rawSize - written)
            {
                throw Broken("it holds more than the " + rawSize.ToString(CultureInfo.InvariantCulture) + " bytes of x-log-bodyrawsize", input);
            }

            // Byte by byte where the match overlaps what it writes (an offset under its length repeats a pattern).
            int from = written - offset;
            if (offset >= match)
            {
                output.AsSpan(from, match).CopyTo(output.AsSpan(written));
            }
            else
            {
                for (int i = 0; i < match; i++)
                {
                    output[written + i] = output[from + i];
                }
            }

            written += match;
        }

        if (written != rawSize)
        {
            throw new InvalidDataException("the body is an LZ4 block of " + written.ToString(CultureInfo.InvariantCulture) + " bytes, not the " + rawSize.ToString(CultureInfo.InvariantCulture) + " of x-log-bodyrawsize.");
        }

        return output;
    }

    // A length of the token (literals or match), extended by the bytes that follow a 15.
    private static int Length(ReadOnlySpan<byte> block, ref int input, int nibble)
    {
        int length = nibble;
        if (nibble != 15)
        {
            return length;
        }

        byte more;
        do
        {
            if (input >= block.Length)
            {
                throw Broken("a length is cut off", input);
            }

            more = block[input++];
            length += more;
            if (length < 0 || length > int.MaxValue - 255)
            {
                throw Broken("a length is too large", input);
            }
        }
        while (more == 255);

        return length;
    }

    private static InvalidDataException Broken(string what, int offset) =>
        new("the body is not a valid LZ4 block: " + what + " (at byte " + offset.ToString(CultureInfo.InvariantCulture) + ").");
}

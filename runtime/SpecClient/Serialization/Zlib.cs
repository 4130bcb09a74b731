using System.Globalization;
using System.IO;
using System.IO.Compression;

namespace SpecClient.Serialization;

/// <summary>
/// The zlib format (RFC 1950): a two-byte header, DEFLATE data, then the Adler-32 of the input. What SLS calls
/// <c>deflate</c> (<c>x-log-compresstype: deflate</c>, as its SDKs write it with zlib). netstandard2.0 has only
/// the raw <see cref="DeflateStream"/>, so the frame is written and checked here.
/// </summary>
internal static class Zlib
{
    private const uint AdlerModulus = 65521;

    // CMF 0x78: deflate with a 32 KB window; FLG 0x9C: default level, and (CMF * 256 + FLG) % 31 == 0.
    private static readonly byte[] Header = { 0x78, 0x9C };

    public static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream(data.Length / 4 + 64);
        output.Write(Header, 0, Header.Length);
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data, 0, data.Length);
        }

        uint adler = Adler32(data);
        output.WriteByte((byte)(adler >> 24));
        output.WriteByte((byte)(adler >> 16));
        output.WriteByte((byte)(adler >> 8));
        output.WriteByte((byte)adler);
        return output.ToArray();
    }

    /// <summary>
    /// Inflates a zlib frame that must hold exactly <paramref name="rawSize"/> bytes (SLS's <c>x-log-bodyrawsize</c>):
    /// the output is never larger than announced, so a small body cannot expand without bound.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// The header is not zlib's, the DEFLATE data is broken, it holds more or fewer bytes than <paramref name="rawSize"/>,
    /// or the Adler-32 trailer does not match.
    /// </exception>
    public static byte[] Decompress(byte[] buffer, int offset, int count, int rawSize)
    {
        if (count == 0 && rawSize == 0)
        {
            // Nothing to inflate: .NET's ZLibStream writes no frame at all for no data.
            return System.Array.Empty<byte>();
        }

        // Header (2), trailer (4): CM 8 (deflate), a window of at most 32 KB, the check bits, no preset dictionary.
        if (count < 6 || (buffer[offset] & 0x0F) != 8 || buffer[offset] >> 4 > 7
            || (buffer[offset] * 256 + buffer[offset + 1]) % 31 != 0 || (buffer[offset + 1] & 0x20) != 0)
        {
            throw new InvalidDataException("the body is not a zlib stream (RFC 1950 header).");
        }

        var output = new byte[rawSize];
        int length = 0;
        using (var deflate = new DeflateStream(new MemoryStream(buffer, offset + 2, count - 6, writable: false), CompressionMode.Decompress))
        {
            int read;
            while (length < rawSize && (read = deflate.Read(output, length, rawSize - length)) > 0)
            {
                length += read;
            }

            if (length < rawSize)
            {
                throw new InvalidDataException("the body inflates to " + length.ToString(CultureInfo.InvariantCulture) + " bytes, not the " + rawSize.ToString(CultureInfo.InvariantCulture) + " of x-log-bodyrawsize.");
            }

            if (deflate.ReadByte() >= 0)
            {
                throw new InvalidDataException("the body inflates to more than the " + rawSize.ToString(CultureInfo.InvariantCulture) + " bytes of x-log-bodyrawsize.");
            }
        }

        int trailer = offset + count - 4;
        uint expected = (uint)(buffer[trailer] << 24 | buffer[trailer + 1] << 16 | buffer[trailer + 2] << 8 | buffer[trailer + 3]);
        if (Adler32(output) != expected)
        {
            throw new InvalidDataException("the body's Adler-32 checksum does not match its data.");
        }

        return output;
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        int i = 0;
        while (i < data.Length)
        {
            // 5552 bytes is the most that can be summed before b overflows 32 bits (zlib's NMAX).
            int end = System.Math.Min(i + 5552, data.Length);
            for (; i < end; i++)
            {
                a += data[i];
                b += a;
            }

            a %= AdlerModulus;
            b %= AdlerModulus;
        }

        return (b << 16) | a;
    }
}

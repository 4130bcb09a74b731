using System.IO;
using System.IO.Compression;

namespace SpecClient.Serialization;

/// <summary>
/// The zlib format (RFC 1950): a two-byte header, DEFLATE data, then the Adler-32 of the input. What SLS calls
/// <c>deflate</c> (<c>x-log-compresstype: deflate</c>, as its SDKs write it with zlib). netstandard2.0 has only
/// the raw <see cref="DeflateStream"/>, so the frame is written here.
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

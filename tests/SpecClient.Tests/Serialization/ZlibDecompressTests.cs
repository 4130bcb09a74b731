using System.IO.Compression;
using System.Text;
using SpecClient.Serialization;

namespace SpecClient.Tests.Serialization;

/// <summary>Inflating what SLS answers (<c>x-log-compresstype: deflate</c>): frames written by .NET's own ZLibStream, held to the announced size and checksum.</summary>
public sealed class ZlibDecompressTests
{
    [Theory]
    [InlineData(0, CompressionLevel.Optimal)]
    [InlineData(1, CompressionLevel.Fastest)]
    [InlineData(70_000, CompressionLevel.NoCompression)]
    [InlineData(200_000, CompressionLevel.SmallestSize)]
    public void A_frame_from_ZLibStream_inflates_to_its_input(int length, CompressionLevel level)
    {
        byte[] data = Data(length);
        byte[] frame = Deflate(data, level);

        Assert.Equal(data, Zlib.Decompress(frame, 0, frame.Length, data.Length));
    }

    [Fact]
    public void A_frame_at_an_offset_of_a_larger_buffer_is_read_in_place()
    {
        byte[] data = Data(1000);
        byte[] frame = Deflate(data, CompressionLevel.Optimal);
        byte[] buffer = new byte[frame.Length + 20];
        frame.CopyTo(buffer, 7);

        Assert.Equal(data, Zlib.Decompress(buffer, 7, frame.Length, data.Length));
    }

    [Theory]
    [InlineData(-1, "inflates to 999 bytes, not the 1000")]
    [InlineData(+1, "more than the 998 bytes")]
    public void A_size_other_than_the_data_is_refused(int shorter, string problem)
    {
        byte[] data = Data(999);
        byte[] frame = Deflate(data, CompressionLevel.Optimal);

        var error = Assert.Throws<InvalidDataException>(() => Zlib.Decompress(frame, 0, frame.Length, data.Length - shorter));

        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_wrong_checksum_or_header_is_refused()
    {
        byte[] frame = Deflate(Encoding.ASCII.GetBytes("Wikipedia"), CompressionLevel.Optimal);
        byte[] badSum = frame.ToArray();
        badSum[^1] ^= 1;
        byte[] rawDeflate = frame[2..^4];

        Assert.Contains("Adler-32", Assert.Throws<InvalidDataException>(() => Zlib.Decompress(badSum, 0, badSum.Length, 9)).Message);
        Assert.Contains("not a zlib stream", Assert.Throws<InvalidDataException>(() => Zlib.Decompress(rawDeflate, 0, rawDeflate.Length, 9)).Message);
    }

    [Fact]
    public void What_Compress_writes_Decompress_reads()
    {
        byte[] data = Data(12_345);
        byte[] frame = Zlib.Compress(data);

        Assert.Equal(data, Zlib.Decompress(frame, 0, frame.Length, data.Length));
    }

    private static byte[] Data(int length)
    {
        var random = new Random(length);
        byte[] data = new byte[length];
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = i % 5 == 0 ? (byte)random.Next(256) : (byte)('a' + i % 7);
        }

        return data;
    }

    private static byte[] Deflate(byte[] data, CompressionLevel level)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}

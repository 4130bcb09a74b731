using System.IO.Compression;
using System.Text;
using SpecClient.Serialization;

namespace SpecClient.Tests.Serialization;

/// <summary>The zlib frame SLS bodies are sent in, checked against .NET's own ZLibStream and a published Adler-32.</summary>
public sealed class ZlibTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5552)]
    [InlineData(5553)]
    [InlineData(200_000)]
    public void What_it_writes_inflates_with_ZLibStream_to_the_input(int length)
    {
        var random = new Random(length);
        byte[] data = new byte[length];
        for (int i = 0; i < data.Length; i++)
        {
            // Bytes near 255 make the Adler sums grow fastest: the per-5552-byte reduction is exercised.
            data[i] = (byte)(i % 3 == 0 ? 255 : random.Next(256));
        }

        Assert.Equal(data, Inflate(Zlib.Compress(data)));
    }

    [Fact]
    public void The_trailer_is_the_adler32_of_the_input_big_endian()
    {
        // Adler-32 of "Wikipedia" is 0x11E60398 (the worked example of the checksum's definition).
        byte[] frame = Zlib.Compress(Encoding.ASCII.GetBytes("Wikipedia"));

        Assert.Equal(new byte[] { 0x11, 0xE6, 0x03, 0x98 }, frame[^4..]);
        Assert.Equal(new byte[] { 0x78, 0x9C }, frame[..2]);
    }

    [Fact]
    public void A_wrong_trailer_is_refused_by_ZLibStream_so_the_check_above_means_something()
    {
        byte[] frame = Zlib.Compress(Encoding.ASCII.GetBytes("Wikipedia"));
        frame[^1] ^= 1;

        Assert.ThrowsAny<InvalidDataException>(() => Inflate(frame));
    }

    private static byte[] Inflate(byte[] frame)
    {
        using var input = new ZLibStream(new MemoryStream(frame), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}

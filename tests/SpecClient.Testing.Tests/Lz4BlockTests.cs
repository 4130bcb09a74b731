using K4os.Compression.LZ4;
using SpecClient.Testing.Internal;

namespace SpecClient.Testing.Tests;

/// <summary>The emulator's LZ4 block compressor, read back by the reference decoder (K4os.Compression.LZ4) at sizes around the format's end-of-block rules.</summary>
public sealed class Lz4BlockTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(17)]
    [InlineData(70_000)]
    [InlineData(300_000)]
    public void What_it_writes_the_reference_decoder_reads_back(int length)
    {
        var random = new Random(length);
        foreach (Func<int, byte> fill in new Func<int, byte>[] { _ => (byte)'a', i => (byte)"level=info msg=paid "[i % 20], _ => (byte)random.Next(256), i => random.Next(8) == 0 ? (byte)random.Next(256) : (byte)(i / 100) })
        {
            byte[] data = Enumerable.Range(0, length).Select(fill).ToArray();
            byte[] block = Lz4Block.Compress(data);
            byte[] decoded = new byte[length];

            Assert.Equal(length, LZ4Codec.Decode(block, decoded));
            Assert.Equal(data, decoded);
        }
    }

    [Fact]
    public void Repeats_shrink_and_a_run_longer_than_64_KB_is_written_with_extended_lengths()
    {
        byte[] data = Enumerable.Repeat((byte)'x', 200_000).ToArray();

        byte[] block = Lz4Block.Compress(data);

        Assert.True(block.Length < 1_000, block.Length.ToString());
        byte[] decoded = new byte[data.Length];
        Assert.Equal(data.Length, LZ4Codec.Decode(block, decoded));
        Assert.Equal(data, decoded);
    }
}

using System.Text;
using K4os.Compression.LZ4;
using SpecClient.Serialization;

namespace SpecClient.Tests.Serialization;

/// <summary>
/// The runtime's LZ4 block decompressor (SLS's <c>x-log-compresstype: lz4</c>) against blocks written by
/// K4os.Compression.LZ4 (the reference .NET port, fast and high-compression levels) and hand-made blocks of the
/// format's own description: literals only, overlapping matches, lengths extended past 15, and damaged blocks.
/// </summary>
public sealed class Lz4Tests
{
    [Theory]
    [InlineData(new byte[] { 0x00 }, "")]                                                        // the empty block
    [InlineData(new byte[] { 0x50, (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o' }, "hello")]  // literals only
    [InlineData(new byte[] { 0x1A, (byte)'a', 0x01, 0x00, 0x50, (byte)'a', (byte)'a', (byte)'a', (byte)'a', (byte)'a' }, "aaaaaaaaaaaaaaaaaaaa")]  // offset 1: a run
    [InlineData(new byte[] { 0x34, (byte)'a', (byte)'b', (byte)'c', 0x03, 0x00, 0x10, (byte)'!' }, "abcabcabcab!")]   // offset 3 under the match length 8
    public void Blocks_of_the_formats_description_decompress(byte[] block, string expected)
    {
        Assert.Equal(expected, Encoding.ASCII.GetString(Lz4.Decompress(block, expected.Length)));
    }

    [Fact]
    public void Lengths_past_15_take_the_bytes_that_follow_while_they_are_255()
    {
        // 15 + 255 + 10 = 280 literals, then a match of 4 + 15 + 255 + 1 = 275 at offset 280, then 5 literals.
        byte[] literals = Enumerable.Range(0, 280).Select(i => (byte)i).ToArray();
        byte[] block = [0xFF, 255, 10, .. literals, 0x18, 0x01, 255, 1, 0x50, 1, 2, 3, 4, 5];

        byte[] output = Lz4.Decompress(block, 280 + 275 + 5);

        Assert.Equal(literals, output[..280]);
        Assert.Equal(literals[..275], output[280..555]);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, output[555..]);
    }

    [Theory]
    [InlineData(0, LZ4Level.L00_FAST)]
    [InlineData(1, LZ4Level.L00_FAST)]
    [InlineData(100_000, LZ4Level.L00_FAST)]
    [InlineData(100_000, LZ4Level.L09_HC)]
    [InlineData(300_000, LZ4Level.L12_MAX)]
    public void Blocks_written_by_K4os_decompress_to_their_input(int length, LZ4Level level)
    {
        var random = new Random(length + (int)level);
        for (int round = 0; round < 5; round++)
        {
            byte[] data = Data(random, length);
            byte[] block = Encode(data, level);

            Assert.Equal(data, Lz4.Decompress(block, data.Length));
        }
    }

    [Fact]
    public void Log_group_bytes_as_SLS_compresses_them_read_back()
    {
        var group = new SpecClient.Sls.LogGroup { Topic = "orders" };
        for (int i = 0; i < 500; i++)
        {
            group.Logs.Add(new SpecClient.Sls.LogItem(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 + i)) { { "level", i % 7 == 0 ? "warn" : "info" }, { "message", "订单 " + i + " 已支付" } });
        }

        byte[] raw = group.ToProtobuf();
        byte[] block = Encode(raw, LZ4Level.L00_FAST);

        Assert.True(block.Length < raw.Length / 3, block.Length + " of " + raw.Length);
        Assert.Equal(500, SpecClient.Sls.LogGroup.Parse(Lz4.Decompress(block, raw.Length)).Logs.Count);
    }

    [Theory]
    [InlineData(new byte[0], 5, "ends before its last sequence")]
    [InlineData(new byte[] { 0x50, (byte)'h', (byte)'i' }, 5, "literals run past its end")]
    [InlineData(new byte[] { 0x10, (byte)'a', 0x00, 0x00, 0x00 }, 6, "points 0 bytes back")]
    [InlineData(new byte[] { 0x10, (byte)'a', 0x02, 0x00, 0x00 }, 6, "points 2 bytes back from byte 1")]
    [InlineData(new byte[] { 0x10, (byte)'a', 0x01 }, 6, "offset is cut off")]
    [InlineData(new byte[] { 0xF0, 255 }, 300, "length is cut off")]
    [InlineData(new byte[] { 0x50, (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o' }, 4, "more than the 4 bytes")]
    [InlineData(new byte[] { 0x50, (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o' }, 6, "of 5 bytes, not the 6")]
    [InlineData(new byte[] { 0x1A, (byte)'a', 0x01, 0x00, 0x00 }, 10, "more than the 10 bytes")]
    public void A_damaged_block_or_a_wrong_size_is_refused_naming_the_problem(byte[] block, int rawSize, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => Lz4.Decompress(block, rawSize));

        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Damaged_blocks_never_fail_with_anything_but_InvalidDataException()
    {
        var random = new Random(11);
        byte[] data = Data(random, 20_000);
        byte[] block = Encode(data, LZ4Level.L00_FAST);
        for (int i = 0; i < 3000; i++)
        {
            byte[] damaged = block.ToArray();
            damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            int size = random.Next(3) == 0 ? random.Next(data.Length * 2) : data.Length;
            try
            {
                Lz4.Decompress(random.Next(4) == 0 ? damaged[..random.Next(damaged.Length)] : damaged, size);
            }
            catch (InvalidDataException)
            {
                // The one failure a damaged block may cause.
            }
        }
    }

    // Text-like data with repeats near and far, and some noise.
    private static byte[] Data(Random random, int length)
    {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++)
        {
            data[i] = random.Next(10) == 0 ? (byte)random.Next(256)
                : i > 1000 && random.Next(3) == 0 ? data[i - 1000 + random.Next(3)]
                : (byte)"level=info message=paid "[i % 24];
        }

        return data;
    }

    private static byte[] Encode(byte[] data, LZ4Level level)
    {
        byte[] target = new byte[LZ4Codec.MaximumOutputSize(data.Length)];
        int written = LZ4Codec.Encode(data, 0, data.Length, target, 0, target.Length, level);
        return target[..written];
    }
}

using System.Text;
using SpecClient.Signing;

namespace SpecClient.Tests.Signing;

public sealed class PercentEncodingTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData(" ", "%20")]
    [InlineData("*", "%2A")]
    [InlineData("~", "~")]
    [InlineData("+", "%2B")]
    [InlineData("/", "%2F")]
    [InlineData("%", "%25")]
    [InlineData("a b", "a%20b")]
    [InlineData("\u0000", "%00")]
    [InlineData("\u007F", "%7F")]
    [InlineData("\u0080", "%C2%80")]
    [InlineData("\u07FF", "%DF%BF")]
    [InlineData("\u0800", "%E0%A0%80")]
    [InlineData("\uFFFF", "%EF%BF%BF")]
    [InlineData("é", "%C3%A9")]
    [InlineData("e\u0301", "e%CC%81")]
    [InlineData("中文", "%E4%B8%AD%E6%96%87")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("2016-02-23T12:46:24Z", "2016-02-23T12%3A46%3A24Z")]
    public void Encodes_as_documented(string raw, string expected)
    {
        Assert.Equal(expected, PercentEncoding.Encode(raw));
    }

    [Fact]
    public void Composed_and_decomposed_e_acute_stay_different()
    {
        Assert.NotEqual(PercentEncoding.Encode("\u00E9"), PercentEncoding.Encode("e\u0301"));
    }

    [Fact]
    public void Lone_surrogates_become_the_replacement_character_like_UTF8()
    {
        // Built in code: xunit's InlineData cannot carry a lone surrogate through test discovery.
        var cases = new[]
        {
            ("\uD800", "%EF%BF%BD"),
            ("\uDC00", "%EF%BF%BD"),
            ("a\uD83Db", "a%EF%BF%BDb"),
            ("\uDE00\uD83D", "%EF%BF%BD%EF%BF%BD"),
        };
        foreach ((string raw, string expected) in cases)
        {
            Assert.Equal(expected, PercentEncoding.Encode(raw));
            Assert.Equal(Reference(raw), PercentEncoding.Encode(raw));
        }
    }

    [Fact]
    public void Unreserved_text_is_returned_as_is()
    {
        const string unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
        Assert.Same(unreserved, PercentEncoding.Encode(unreserved));
    }

    [Fact]
    public void Every_ASCII_character_outside_the_unreserved_set_is_encoded_with_upper_case_hex()
    {
        for (int c = 0; c < 128; c++)
        {
            string raw = ((char)c).ToString();
            bool unreserved = char.IsAsciiLetterOrDigit((char)c) || "-_.~".Contains((char)c);
            string expected = unreserved ? raw : "%" + c.ToString("X2");
            Assert.Equal(expected, PercentEncoding.Encode(raw));
        }
    }

    [Fact]
    public void The_ASCII_byte_encoder_writes_what_Encode_gives_and_refuses_text_outside_ASCII()
    {
        // V1's string to sign goes through it: every ASCII character alone, then encoded text encoded once more.
        var cases = new List<string> { "", PercentEncoding.Encode("Email=a@b.c,d&Timestamp=2016-02-23T12:46:24Z") };
        for (int c = 0; c < 128; c++)
        {
            cases.Add("a" + (char)c + "~");
        }

        foreach (string raw in cases)
        {
            byte[] bytes = new byte[2 + (3 * raw.Length)];
            bytes[0] = (byte)'X';
            int end = PercentEncoding.EncodeAsciiTo(raw, bytes, 1);
            Assert.Equal("X" + PercentEncoding.Encode(raw), Encoding.ASCII.GetString(bytes, 0, end));
        }

        Assert.Equal(-1, PercentEncoding.EncodeAsciiTo("abé", new byte[9], 0));
        Assert.Equal(-1, PercentEncoding.EncodeAsciiTo("中", new byte[3], 0));
    }

    [Fact]
    public void Agrees_with_a_reference_built_on_Encoding_UTF8_for_random_text()
    {
        var random = new Random(20240102);
        char[] alphabet = "aZ09-_.~ !*'()+&=/?%#中é\u0301😀\t\n".ToCharArray();
        for (int i = 0; i < 2000; i++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 40);
            for (int j = 0; j < length; j++)
            {
                builder.Append(random.Next(4) == 0 ? (char)random.Next(0, 0x3000) : alphabet[random.Next(alphabet.Length)]);
            }

            string raw = builder.ToString();
            Assert.Equal(Reference(raw), PercentEncoding.Encode(raw));
        }
    }

    [Fact]
    public void Long_values_are_encoded_whole()
    {
        string raw = new string('é', 10_000) + new string(' ', 10_000);
        string encoded = PercentEncoding.Encode(raw);
        Assert.Equal(Reference(raw), encoded);
        Assert.Equal(90_000, encoded.Length);
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => PercentEncoding.Encode(null!));
    }

    // An independent encoder: UTF-8 bytes from the framework, then the rule byte by byte.
    private static string Reference(string raw)
    {
        var builder = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(raw))
        {
            char c = (char)b;
            if (b < 128 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~'))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2"));
            }
        }

        return builder.ToString();
    }
}

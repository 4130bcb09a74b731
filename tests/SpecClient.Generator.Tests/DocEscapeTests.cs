using SpecClient.Generator.Emit;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Doc comment text finds the characters it escapes or drops a vector of characters at a time (<c>SourceWriter.AppendXml</c>):
/// each is found wherever it sits against the vector boundaries, next to the characters the quick test lets through.
/// </summary>
public sealed class DocEscapeTests
{
    public static TheoryData<char, string> Specials() => new()
    {
        { '&', "&amp;" },
        { '<', "&lt;" },
        { '>', "&gt;" },
        { '\n', " " },
        { '\r', "" },
    };

    [Theory]
    [MemberData(nameof(Specials))]
    public void A_special_character_is_found_at_every_position_of_a_long_text(char special, string written)
    {
        // Fillers: plain ASCII, '=' and '?' (one bit from '<' and '>'), a control character just above the line
        // breaks, Chinese.
        foreach (char filler in new[] { 'a', '=', '?', '\u000e', '中' })
        {
            for (int length = 1; length <= 70; length += 23)
            {
                for (int at = 0; at < length; at++)
                {
                    string text = new string(filler, at) + special + new string(filler, length - at - 1);

                    Assert.Equal(new string(filler, at) + written + new string(filler, length - at - 1), Xml(text));
                }
            }
        }
    }

    [Fact]
    public void Special_characters_in_a_row_and_at_both_ends_are_all_written()
    {
        string text = "<&>\r\n" + new string('x', 40) + "a<b && c>d\n" + new string('中', 17) + ">";

        Assert.Equal("&lt;&amp;&gt; " + new string('x', 40) + "a&lt;b &amp;&amp; c&gt;d " + new string('中', 17) + "&gt;", Xml(text));
        Assert.Equal(SourceWriter.Xml(text), Xml(text));
    }

    private static string Xml(string text)
    {
        var w = new SourceWriter();
        w.Begin(null).WriteXml(text).End();
        return w.Complete().TrimEnd('\n');
    }
}

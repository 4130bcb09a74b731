using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The OpenAPI Explorer link is found by an ordinal search for "/#" and a case-insensitive check of the host before
/// it; these cases pin what the former case-insensitive search of the whole text found.
/// </summary>
public sealed class ExplorerLinkTests
{
    [Fact]
    public void The_host_in_any_letter_case_after_other_anchors_is_the_link()
    {
        ExplorerLink? link = Find(
            "# DescribeInstances\n\nSee [the guide](https://help.example.com/#top) and [here](/#anchor).\n\n"
            + "[OpenAPI Explorer](https://API.Aliyun.COM/#product=Ecs&amp;api=Wrong&amp;type=RPC&amp;version=2014-05-26)\n");

        Assert.Equal(new ExplorerLink("Ecs", "RPC", "2014-05-26"), link);
    }

    [Fact]
    public void The_first_of_two_links_wins()
    {
        ExplorerLink? link = Find(
            "[a](https://api.aliyun.com/#product=Domain&type=RPC&version=2018-01-29)\n"
            + "[b](https://api.aliyun.com/#product=Ecs&type=ROA&version=2014-05-26)\n");

        Assert.Equal(new ExplorerLink("Domain", "RPC", "2018-01-29"), link);
    }

    [Theory]
    [InlineData("[x](https://api.aliyun.com/#Product=Ecs&amp;amp;TYPE=RPC&&VERSION=2014-05-26)\r\nnext line", "Ecs", null, "2014-05-26")]
    [InlineData("see https://api.aliyun.com/#product=Ecs&version=&version=v2&type=ROA \"quoted\"", "Ecs", "ROA", "v2")]
    [InlineData("https://api.aliyun.com/#product=Cdn&amp;type=RPC\r\n&version=nextline", "Cdn", "RPC", null)]
    [InlineData("https://api.aliyun.com/#=x&product&amp;=&api=Wrong", null, null, null)]
    public void The_query_is_read_in_place_as_its_pairs_split_at_amp(string text, string? product, string? style, string? version)
    {
        // The query ends at ')', a space, '"' or the line's end; "&amp;" splits like '&' (once: "&amp;amp;" leaves
        // "amp;" on the key); keys in any case; empty values and pairs without a key are skipped; a later pair wins.
        Assert.Equal(new ExplorerLink(product, style, version), Find(text));
    }

    [Theory]
    [InlineData("# Page\n\nNo link at all.\n")]
    [InlineData("/#product=Ecs at the very start, and aliyun.com/#product=Ecs without the api host\n")]
    [InlineData("api.aliyun.com#product=Ecs has no slash before the hash\n")]
    public void Text_without_the_host_before_slash_hash_has_no_link(string text)
    {
        Assert.Null(Find(text));
    }

    [Fact]
    public void Line_starts_of_a_long_page_are_every_line_feed()
    {
        // More lines than the per-thread buffer's first size (1,024), with CRLF and LF mixed.
        var text = new System.Text.StringBuilder();
        var expected = new List<int> { 0 };
        for (int i = 0; i < 3000; i++)
        {
            text.Append("line ").Append(i).Append(i % 3 == 0 ? "\r\n" : "\n");
            expected.Add(text.Length);
        }

        var index = new LineIndex("t.md", text.ToString());

        Assert.Equal(expected.Count, index.LineCount);
        Assert.Equal(expected, Enumerable.Range(0, index.LineCount).Select(index.LineStart));
        Assert.Equal(new[] { 0, 4 }, Enumerable.Range(0, 2).Select(new LineIndex("s.md", "one\ntwo").LineStart));
    }

    private static ExplorerLink? Find(string text) => ExplorerLink.Find(PageOutline.Parse(text, new LineIndex("t.md", text)));
}

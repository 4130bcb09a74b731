using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>SLS PutLogs' KeyHash syntax (<c>POST /logstores/logstoreName/shards/route? key=...</c>), read from its real page into an optional HashKey.</summary>
public sealed class SlsHashKeyTests
{
    private static readonly string Sls = Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", "md", "sls"));

    [Fact]
    public void The_route_syntax_gives_an_optional_hash_key_in_the_query_with_the_pages_example()
    {
        Operation putLogs = Read("PutLogs.md");

        RequestParameter key = putLogs.Parameters.Single(p => p.WireName == "key");
        Assert.Equal(("HashKey", ParameterPosition.Query, ScalarKind.String, false, "14d2f850ad6ea48e46e4547edbbb27e0"), (key.PropertyName, key.Position, key.Kind, key.IsRequired, key.Doc.Example));
        Assert.Contains("ShardKey.Md5Hex", key.Doc.Summary);
        Assert.Equal("/logstores/{logstoreName}/shards/lb", putLogs.Path);
        Assert.Equal((70, 4), (key.Location.Line, key.Location.Column));
    }

    [Theory]
    [InlineData("PullLogs.md")]
    [InlineData("GetCursor.md")]
    [InlineData("SplitShard.md")]
    public void Pages_without_a_route_syntax_get_no_hash_key(string page)
    {
        Assert.DoesNotContain(Read(page).Parameters, p => p.PropertyName == "HashKey");
    }

    private static Operation Read(string page)
    {
        string path = Path.Combine(Sls, page);
        return MarkdownSpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default).Operations.Single();
    }
}

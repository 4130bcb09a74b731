using SpecClient.Cli;
using Xunit.Abstractions;

namespace SpecClient.Cli.Tests;

/// <summary>
/// <c>specclient compare</c> over the English pages and the metadata in ../shared/corpus: how faithfully the
/// markdown reader reads the pages, measured against the metadata of the same operations.
/// </summary>
public sealed class CorpusCompareTests(ITestOutputHelper output)
{
    // The target is 95% of both. What the reader reaches today (605 and 498 of 725) is the floor a change must not
    // fall below; most of the rest are pages older than the metadata (parameters and fields added since).
    private const int MinimumOperations = 720;
    private const double MinimumSameResponseShape = 0.834;
    private const double MinimumSameRequestParameters = 0.686;

    private static readonly string Corpus = CorpusFolder.Root;

    [Fact]
    public void The_pages_read_without_metadata_match_the_metadata_at_least_as_well_as_measured()
    {
        var text = new StringWriter();

        CompareResult result = CompareCommand.Execute(new[] { Path.Combine(Corpus, "md") }, new[] { Path.Combine(Corpus, "meta") }, text);

        string[] lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        output.WriteLine(lines[^1]);
        Assert.Equal(
            "compare: " + result.Operations + " operations, " + result.SameResponseShape + " same response shape, " + result.SameRequestParameters + " same request parameters",
            lines[^1].TrimEnd());
        Assert.True(result.Operations >= MinimumOperations, "operations: " + result.Operations);
        Assert.True(result.SameResponseShape >= MinimumSameResponseShape * result.Operations, lines[^1]);
        Assert.True(result.SameRequestParameters >= MinimumSameRequestParameters * result.Operations, lines[^1]);
        Assert.All(lines.Where(l => l.Contains("): difference: ", StringComparison.Ordinal)), l => Assert.Matches(@"\.md\(\d+,\d+\): difference: (response field|request parameter) '", l));
    }

    [Fact]
    public void Compare_of_the_seed_page_finds_no_difference_and_exits_zero()
    {
        var text = new StringWriter();

        int exit = CommandLine.Run(
            new[] { "compare", Path.Combine(Corpus, "md", "domain", "ResendEmailVerification.md"), "--metadata", Path.Combine(Corpus, "meta", "domain_2018-01-29.api-docs.json") },
            text,
            TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.EndsWith("compare: 1 operations, 1 same response shape, 1 same request parameters", text.ToString().TrimEnd());
    }

    [Fact]
    public void Compare_prints_each_difference_at_the_row_and_exits_one()
    {
        string folder = Directory.CreateTempSubdirectory("specclient-compare").FullName;
        try
        {
            // The seed page with a response row's type changed and a request row added.
            string seed = File.ReadAllText(Path.Combine(Corpus, "md", "domain", "ResendEmailVerification.md"));
            string page = Path.Combine(folder, "ResendEmailVerification.md");
            string edited = seed.Replace("|Lang|String|", "|Colour|String|No|x|y|\n|Lang|String|", StringComparison.Ordinal);
            Assert.NotEqual(seed, edited);
            File.WriteAllText(page, edited);
            var text = new StringWriter();

            int exit = CommandLine.Run(new[] { "compare", folder, "--metadata", Path.Combine(Corpus, "meta", "domain_2018-01-29.api-docs.json") }, text, TextWriter.Null);

            Assert.Equal(1, exit);
            int line = Array.FindIndex(edited.Split('\n'), l => l.StartsWith("|Colour|", StringComparison.Ordinal)) + 1;
            Assert.Contains(page + "(" + line + ",2): difference: request parameter 'Colour' is not in the metadata", text.ToString());
            Assert.EndsWith("compare: 1 operations, 1 same response shape, 0 same request parameters", text.ToString().TrimEnd());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Compare_without_metadata_is_a_usage_error()
    {
        Assert.Equal(2, CommandLine.Run(new[] { "compare", Path.Combine(Corpus, "md", "domain") }, TextWriter.Null, TextWriter.Null));
    }
}

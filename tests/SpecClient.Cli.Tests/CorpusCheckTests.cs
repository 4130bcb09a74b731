using SpecClient.Cli;
using Xunit.Abstractions;

namespace SpecClient.Cli.Tests;

/// <summary>
/// <c>specclient check</c> over every real page and metadata file in ../shared/corpus: the generated code must
/// compile, nothing may crash, and every page must give an operation.
/// </summary>
public sealed class CorpusCheckTests(ITestOutputHelper output)
{
    private static readonly string Corpus = CorpusFolder.Root;

    [Fact]
    public void The_whole_corpus_compiles_without_crashes_and_every_page_gives_an_operation()
    {
        var text = new StringWriter();

        CheckResult result = CheckCommand.Execute(new[] { Path.Combine(Corpus, "md"), Path.Combine(Corpus, "md-zh"), Path.Combine(Corpus, "meta") }, text);

        string report = text.ToString();
        string[] lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        output.WriteLine(string.Join('\n', lines.TakeLast(2)));
        Assert.True(result.Pages >= 1150, "pages: " + result.Pages);
        Assert.Equal(0, result.Crashes);
        Assert.Equal(0, result.CompileErrors);
        Assert.DoesNotContain(result.FilesWithoutOperation, p => p.EndsWith(".md", StringComparison.Ordinal));
        Assert.StartsWith("corpus: " + result.Pages + " pages, ", lines[^1].TrimEnd());
    }

    [Fact]
    public void Check_prints_diagnostics_in_the_compiler_format_and_exits_zero_on_a_clean_page()
    {
        var text = new StringWriter();
        string seed = Path.Combine(Corpus, "md", "domain", "ResendEmailVerification.md");

        int exit = CommandLine.Run(new[] { "check", seed }, text, TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.EndsWith("corpus: 1 pages, 1 operations, 0 compile errors, 0 generator crashes", text.ToString().TrimEnd());
    }

    [Fact]
    public void Check_reports_a_broken_row_with_path_line_and_column()
    {
        string folder = Directory.CreateTempSubdirectory("specclient-check").FullName;
        try
        {
            string page = Path.Combine(folder, "DescribeThings.md");
            File.WriteAllText(page, "# DescribeThings\n\n[x](https://api.aliyun.com/#product=Things&api=DescribeThings&type=RPC&version=2020-01-01)\n\n## Request parameters\n\n|Parameter|Type|Required|Example|Description|\n|-|-|-|-|-|\n|Name|String|Yes|a|b|c|d|\n");
            var text = new StringWriter();

            int exit = CommandLine.Run(new[] { "check", folder }, text, TextWriter.Null);

            Assert.Equal(0, exit);
            Assert.Contains(page + "(9,2): warning SPEC005: The row 'Name' has 7 cells", text.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Generate_writes_the_sources_for_review()
    {
        string folder = Directory.CreateTempSubdirectory("specclient-generate").FullName;
        try
        {
            int exit = CommandLine.Run(new[] { "generate", Path.Combine(Corpus, "md", "domain", "ResendEmailVerification.md"), "-o", folder }, TextWriter.Null, TextWriter.Null);

            Assert.Equal(0, exit);
            string source = File.ReadAllText(Path.Combine(folder, "Generated.Domain.ResendEmailVerification.g.cs"));
            Assert.Contains("public sealed partial class ResendEmailVerificationRequest", source);
            Assert.True(File.Exists(Path.Combine(folder, "Generated.Domain.DomainClient.g.cs")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Usage_errors_exit_with_two()
    {
        Assert.Equal(2, CommandLine.Run(Array.Empty<string>(), TextWriter.Null, TextWriter.Null));
        Assert.Equal(2, CommandLine.Run(new[] { "frobnicate", "x" }, TextWriter.Null, TextWriter.Null));
        Assert.Equal(2, CommandLine.Run(new[] { "check", "/no/such/folder" }, TextWriter.Null, TextWriter.Null));
    }
}

namespace SpecClient.Generator.Tests;

/// <summary>
/// The generated source for the seed page, compared with the files under Baselines/. Set
/// SPECCLIENT_UPDATE_BASELINES=1 to rewrite them, then review the diff like any code change.
/// </summary>
public sealed class GoldenFileTests
{
    [Fact]
    public void Seed_page_generates_the_reviewed_source() =>
        AssertBaselines("ResendEmailVerification", TestSpecs.SeedPage);

    [Fact]
    public void Paging_page_generates_the_reviewed_paginators() =>
        AssertBaselines("QueryDomainList", Path.Combine(TestSpecs.DomainFolder, "QueryDomainList.md"));

    /// <summary>ROA pages: a [X] path, a Position column with a Body row, a RequestBody section holding a whole JSON body.</summary>
    [Fact]
    public void Elasticsearch_roa_pages_generate_the_reviewed_source() =>
        AssertBaselines("ElasticsearchRoa", Path.Combine(TestSpecs.ElasticsearchFolder, "ActivateZones.md"), Path.Combine(TestSpecs.ElasticsearchFolder, "UpdateDescription.md"));

    [Fact]
    public void Elasticsearch_roa_pages_compile_without_errors_or_warnings()
    {
        GeneratorRun run = GeneratorHarness.Run(Directory.GetFiles(TestSpecs.ElasticsearchFolder, "*.md").Select(GeneratorHarness.Spec));

        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(run.SpecDiagnostics, d => d.Id is "SPEC001" or "SPEC009");
    }

    private static void AssertBaselines(string name, params string[] pages)
    {
        GeneratorRun run = GeneratorHarness.Run(pages.Select(GeneratorHarness.Spec));
        string folder = Path.Combine(TestSpecs.BaselineFolder, name);
        bool update = Environment.GetEnvironmentVariable("SPECCLIENT_UPDATE_BASELINES") == "1";
        if (update)
        {
            Directory.CreateDirectory(folder);
            foreach (string stale in Directory.GetFiles(folder, "*.cs.txt"))
            {
                File.Delete(stale);
            }
        }

        Assert.NotEmpty(run.Sources);
        foreach ((string hint, string source) in run.Sources)
        {
            string path = Path.Combine(folder, hint + ".txt");
            if (update)
            {
                File.WriteAllText(path, source);
                continue;
            }

            Assert.True(File.Exists(path), "No baseline for " + hint + "; run with SPECCLIENT_UPDATE_BASELINES=1 and review it.");
            Assert.Equal(File.ReadAllText(path), source);
        }

        Assert.Equal(
            Directory.GetFiles(folder, "*.cs.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            run.Sources.Keys.Select(k => k + ".txt").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Seed_page_source_compiles_without_errors_or_warnings()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(TestSpecs.SeedPage) });

        Assert.Empty(run.SpecDiagnostics);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void All_domain_pages_compile_without_errors_or_warnings()
    {
        GeneratorRun run = GeneratorHarness.Run(TestSpecs.DomainPages.Select(GeneratorHarness.Spec));

        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(run.SpecDiagnostics, d => d.Id == "SPEC001");
        Assert.Equal(71, run.Sources.Keys.Count(k => k.EndsWith("Client.g.cs", StringComparison.Ordinal)) + run.Sources.Keys.Count(k => !k.EndsWith("Client.g.cs", StringComparison.Ordinal)) - 1);
    }
}

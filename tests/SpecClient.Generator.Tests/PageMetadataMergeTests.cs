using Microsoft.CodeAnalysis;

namespace SpecClient.Generator.Tests;

/// <summary>
/// A doc page and the product's api-docs.json given together make one operation: the metadata's shape with
/// the page's English words, and nothing reported as a duplicate.
/// </summary>
public sealed class PageMetadataMergeTests
{
    private static readonly string Page = Path.Combine(TestSpecs.DomainFolder, "SaveSingleTaskForCreatingOrderActivate.md");

    private static string ChinesePage => Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", "md-zh", "domain", "SaveSingleTaskForCreatingOrderActivate.md"));

    [Fact]
    public void Page_and_metadata_make_one_operation_with_the_metadata_shape_and_the_page_words()
    {
        GeneratorRun run = GeneratorHarness.Run([GeneratorHarness.Spec(Page), GeneratorHarness.Spec(MetadataSpecs.File("domain"))]);

        Assert.Empty(run.CompileDiagnostics);
        Assert.DoesNotContain(run.SpecDiagnostics, d => d.Id == "SPEC013");
        string source = run.Sources.Single(s => s.Key.EndsWith(".SaveSingleTaskForCreatingOrderActivate.g.cs", StringComparison.Ordinal)).Value;

        // From the page: the English description of DomainName (the metadata's is Chinese).
        Assert.Contains("The domain name that you want to register.", source, StringComparison.Ordinal);
        Assert.DoesNotContain("想要注册的域名", source, StringComparison.Ordinal);

        // From the metadata: ResourceGroupId, which the page (older than the service) does not list.
        Assert.Contains("public string? ResourceGroupId", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_of_a_merged_page_is_still_reported_as_a_duplicate()
    {
        GeneratorRun run = GeneratorHarness.Run([GeneratorHarness.Spec(Page), GeneratorHarness.Spec(ChinesePage), GeneratorHarness.Spec(MetadataSpecs.File("domain"))]);

        Diagnostic duplicate = Assert.Single(run.SpecDiagnostics, d => d.Id == "SPEC013");
        Assert.Equal(ChinesePage, duplicate.Location.GetLineSpan().Path);
        string source = run.Sources.Single(s => s.Key.EndsWith(".SaveSingleTaskForCreatingOrderActivate.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("The domain name that you want to register.", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_domain_page_merges_with_the_metadata_into_code_that_compiles_without_warnings()
    {
        GeneratorRun run = GeneratorHarness.Run(TestSpecs.DomainPages.Select(GeneratorHarness.Spec).Append(GeneratorHarness.Spec(MetadataSpecs.File("domain"))));

        Assert.Empty(run.CompileDiagnostics);
        Assert.DoesNotContain(run.SpecDiagnostics, d => d.Id == "SPEC013");
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}

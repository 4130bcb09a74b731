using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests;

/// <summary>
/// A doc page and the product's api-docs.json given together make one operation: the metadata's shape with
/// the page's English words, and nothing reported as a duplicate.
/// </summary>
public sealed class PageMetadataMergeTests(ITestOutputHelper output)
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
    public void A_parameter_only_the_metadata_knows_is_reported_at_the_page_and_at_the_metadata()
    {
        GeneratorRun run = GeneratorHarness.Run([GeneratorHarness.Spec(Page), GeneratorHarness.Spec(MetadataSpecs.File("domain"))]);

        List<Diagnostic> disagreements = run.SpecDiagnostics.Where(d => d.Id == "SPEC019" && d.GetMessage().Contains("'ResourceGroupId'", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, disagreements.Count);
        Assert.All(disagreements, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(disagreements, d => Assert.Contains("request parameter 'ResourceGroupId' (optional) is missing from the page", d.GetMessage(), StringComparison.Ordinal));

        Diagnostic atPage = Assert.Single(disagreements, d => d.Location.GetLineSpan().Path == Page);
        Diagnostic atMetadata = Assert.Single(disagreements, d => d.Location.GetLineSpan().Path == MetadataSpecs.File("domain"));

        // Each names the other place, and the metadata one points at the parameter's own entry.
        Assert.Contains("(metadata: " + MetadataSpecs.File("domain") + "(", atPage.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("(page: " + Page + "(", atMetadata.GetMessage(), StringComparison.Ordinal);
        string json = File.ReadAllText(MetadataSpecs.File("domain"));
        Assert.StartsWith("\"ResourceGroupId\"", json.Substring(atMetadata.Location.SourceSpan.Start), StringComparison.Ordinal);
    }

    [Fact]
    public void Requiredness_and_kind_disagreements_are_reported_with_the_page_row()
    {
        // A page edited to disagree with the metadata in two ways: DomainName optional, SubscriptionDuration a string.
        string text = File.ReadAllText(Page)
            .Replace("|DomainName|String|Yes|", "|DomainName|String|No|", StringComparison.Ordinal);
        int row = text.IndexOf("|SubscriptionDuration|Integer|", StringComparison.Ordinal);
        Assert.True(row > 0, "the page documents SubscriptionDuration as an Integer");
        text = text.Replace("|SubscriptionDuration|Integer|", "|SubscriptionDuration|String|", StringComparison.Ordinal);
        GeneratorRun run = GeneratorHarness.Run([GeneratorHarness.Spec(Page, text), GeneratorHarness.Spec(MetadataSpecs.File("domain"))]);

        List<Diagnostic> atPage = run.SpecDiagnostics.Where(d => d.Id == "SPEC019" && d.Location.GetLineSpan().Path == Page).ToList();
        Diagnostic required = Assert.Single(atPage, d => d.GetMessage().Contains("request parameter 'DomainName' is optional on the page, required in the metadata", StringComparison.Ordinal));
        Diagnostic kind = Assert.Single(atPage, d => d.GetMessage().Contains("request parameter 'SubscriptionDuration' is a string on the page, an integer in the metadata", StringComparison.Ordinal));
        Assert.Equal(text.Substring(0, text.IndexOf("|DomainName|", StringComparison.Ordinal)).Count(c => c == '\n'), required.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(text.Substring(0, row).Count(c => c == '\n'), kind.Location.GetLineSpan().StartLinePosition.Line);

        // The metadata decides what is generated.
        string source = run.Sources.Single(s => s.Key.EndsWith(".SaveSingleTaskForCreatingOrderActivate.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("int? SubscriptionDuration", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_page_compares_only_its_own_pair_again()
    {
        List<AdditionalText> specs = TestSpecs.DomainPages.Select(GeneratorHarness.Spec).Append(GeneratorHarness.Spec(MetadataSpecs.File("domain"))).ToList();
        CSharpCompilation compilation = GeneratorHarness.Compilation("namespace Tests { internal static class Anchor { } }");
        GeneratorDriver driver = GeneratorHarness.Driver(specs).RunGenerators(compilation);
        AdditionalText page = specs.Single(s => s.Path == Page);
        string text = page.GetText()!.ToString();
        Assert.Contains("The domain name that you want to register.", text, StringComparison.Ordinal);

        driver = driver.ReplaceAdditionalText(page, GeneratorHarness.Spec(Page, text.Replace("The domain name that you want to register.", "The domain name that you want to buy.", StringComparison.Ordinal)));
        GeneratorRunResult run = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        List<IncrementalStepRunReason> pairs = run.TrackedSteps["Disagreements"].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(71, pairs.Count);
        // The edited pair is compared again (a description changes no disagreement, so its output is Unchanged); the
        // other 70 are not compared at all.
        Assert.Equal(1, pairs.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.Equal(70, pairs.Count(r => r == IncrementalStepRunReason.Cached));
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
        output.WriteLine("Domain pages + metadata: " + run.SpecDiagnostics.Count(d => d.Id == "SPEC019") / 2 + " disagreements");
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}

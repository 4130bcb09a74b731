using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SpecClient.Generator.Tests;

/// <summary>
/// A whole product in one api-docs.json caches like doc pages do: an unchanged run is all cached, and an
/// edit to one api that moves no other text changes that operation's output only.
/// </summary>
public sealed class MetadataIncrementalityTests
{
    private static readonly string[] SpecSteps = { "SpecFiles", "ReadPages", "Layout", "Resolve", "Operations", "Clients" };

    [Fact]
    public void A_second_run_with_nothing_changed_is_all_cached()
    {
        (GeneratorDriver driver, CSharpCompilation compilation, _) = FirstRun();

        GeneratorRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        foreach (string step in SpecSteps)
        {
            Assert.All(Outputs(second, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                step + " output was " + reason));
        }
    }

    // Same length on purpose: operations hold their places in the file (for diagnostics), so an edit that
    // moves the text after it also changes the operations that follow, which are then emitted again.
    [Fact]
    public void Editing_one_api_in_place_regenerates_that_operation_only()
    {
        (GeneratorDriver driver, CSharpCompilation compilation, AdditionalText spec) = FirstRun();
        string text = spec.GetText()!.ToString();
        const string summary = "\"summary\":\"调用ResendEmailVerification接口重新发送验证邮件。\"";
        // Still Chinese: ProductResolver ranks operations by their summary's language, and a new rank would move it.
        string edited = summary.Replace("重新发送", "再次发送");
        Assert.Equal(summary.Length, edited.Length);
        Assert.Contains(summary, text);

        driver = driver.ReplaceAdditionalText(spec, GeneratorHarness.Spec(spec.Path, text.Replace(summary, edited)));
        GeneratorRunResult run = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(run, "ReadPages")));
        List<IncrementalStepRunReason> operations = Outputs(run, "Operations");
        Assert.Equal(120, operations.Count);
        Assert.Equal(1, operations.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(119, operations.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.Contains("调用ResendEmailVerification接口再次发送验证邮件。", run.GeneratedSources.Single(s => s.HintName == "Tests.Domain.ResendEmailVerification.g.cs").SourceText.ToString());
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText Spec) FirstRun()
    {
        AdditionalText spec = GeneratorHarness.Spec(MetadataSpecs.File("domain"));
        CSharpCompilation compilation = GeneratorHarness.Compilation("namespace Tests { internal static class Anchor { } }");
        GeneratorDriver driver = GeneratorHarness.Driver(new[] { spec }).RunGenerators(compilation);
        return (driver, compilation, spec);
    }

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
}

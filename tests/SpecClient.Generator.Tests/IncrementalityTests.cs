using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The pipeline caches what it should: an unchanged run is all Cached, a one-page edit re-reads that page
/// only, a C# edit re-runs no spec work, and no compiler object ever sits in a step's output.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly string[] SpecSteps = { "SpecFiles", "ReadPages", "Layout", "Resolve", "Operations", "Clients" };

    [Fact]
    public void A_second_run_with_nothing_changed_is_all_cached()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun(out _);

        GeneratorRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        foreach (string step in SpecSteps)
        {
            Assert.All(Outputs(second, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                step + " output was " + reason));
        }
    }

    [Fact]
    public void Editing_one_spec_rereads_that_page_only()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun(out List<AdditionalText> specs);
        AdditionalText seed = specs.Single(s => s.Path.EndsWith("ResendEmailVerification.md", StringComparison.Ordinal));
        string edited = seed.GetText()!.ToString().Replace("Sends a new verification email", "Sends another verification email");

        driver = driver.ReplaceAdditionalText(seed, GeneratorHarness.Spec(seed.Path, edited));
        GeneratorRunResult run = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        List<IncrementalStepRunReason> reads = Outputs(run, "ReadPages");
        Assert.Equal(specs.Count, reads.Count);
        Assert.Equal(1, reads.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(specs.Count - 1, reads.Count(r => r == IncrementalStepRunReason.Cached));
        List<IncrementalStepRunReason> operations = Outputs(run, "Operations");
        Assert.Equal(1, operations.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(specs.Count - 1, operations.Count(r => r == IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_one_product_leaves_the_other_products_client_untouched()
    {
        List<AdditionalText> specs = TestSpecs.DomainPages.Take(12).Append(TestSpecs.SeedPage).Distinct()
            .Concat(Directory.GetFiles(TestSpecs.ElasticsearchFolder, "*.md").OrderBy(p => p, StringComparer.Ordinal))
            .Select(GeneratorHarness.Spec)
            .ToList();
        CSharpCompilation compilation = GeneratorHarness.Compilation("namespace Tests { internal static class Anchor { } }");
        GeneratorDriver driver = GeneratorHarness.Driver(specs).RunGenerators(compilation);
        AdditionalText seed = specs.Single(s => s.Path.EndsWith("ResendEmailVerification.md", StringComparison.Ordinal));
        string edited = seed.GetText()!.ToString().Replace("Sends a new verification email", "Sends another verification email");

        driver = driver.ReplaceAdditionalText(seed, GeneratorHarness.Spec(seed.Path, edited));
        GeneratorRunResult run = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        // Only the edited product's client is merged again; the other is not even compared (Cached, not Unchanged).
        var resolved = run.TrackedSteps["Resolve"].SelectMany(s => s.Outputs).ToDictionary(o => ((Model.ResolvedClient)o.Value).Client.Product, o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, resolved["Domain"]);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(resolved, r => r.Key != "Domain").Value);
        var operations = run.TrackedSteps["Operations"].SelectMany(s => s.Outputs)
            .Select(o => (((Model.Operation Operation, string, Emit.EmitOptions))o.Value).Operation)
            .Zip(run.TrackedSteps["Operations"].SelectMany(s => s.Outputs).Select(o => o.Reason))
            .ToList();
        Assert.All(operations.Where(o => o.First.Product != "Domain"), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Second));
        Assert.Equal(6, operations.Count(o => o.First.Product != "Domain"));
        Assert.Equal(1, operations.Count(o => o.Second == IncrementalStepRunReason.Modified));
        Assert.Contains("Sends another verification email", run.GeneratedSources.Single(s => s.HintName == "Tests.Domain.ResendEmailVerification.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_csharp_code_reruns_no_spec_work()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun(out _);
        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Tests { internal static class Edited { } }", GeneratorHarness.ParseOptions));

        GeneratorRunResult run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in SpecSteps)
        {
            Assert.All(Outputs(run, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                step + " output was " + reason));
        }
    }

    [Fact]
    public void No_step_output_holds_a_compiler_object()
    {
        (GeneratorDriver driver, _) = FirstRun(out _);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();

        foreach ((string name, var steps) in run.TrackedSteps.Where(s => SpecSteps.Contains(s.Key) || s.Key == "EmitOptions"))
        {
            foreach (IncrementalGeneratorRunStep step in steps)
            {
                foreach ((object value, _) in step.Outputs)
                {
                    AssertNoCompilerObjects(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun(out List<AdditionalText> specs)
    {
        specs = TestSpecs.DomainPages.Take(12).Append(TestSpecs.SeedPage).Distinct().Select(GeneratorHarness.Spec).ToList();
        CSharpCompilation compilation = GeneratorHarness.Compilation("namespace Tests { internal static class Anchor { } }");
        GeneratorDriver driver = GeneratorHarness.Driver(specs).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static void AssertNoCompilerObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(
            value is Compilation or ISymbol or SyntaxNode or SyntaxTree or AdditionalText or SourceText or Location or SemanticModel,
            step + " holds a " + value.GetType().Name);
        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertNoCompilerObjects(item, step, seen);
            }
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoCompilerObjects(field.GetValue(value), step, seen);
        }
    }
}

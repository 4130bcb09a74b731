using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests;

/// <summary>Every api-docs.json file of the shared corpus generates a client that compiles.</summary>
public sealed class MetadataCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Products => new(MetadataSpecs.Files.Select(f => Path.GetFileName(f).Split('_')[0]));

    [Theory]
    [MemberData(nameof(Products))]
    public void Each_product_generates_a_client_that_compiles_without_errors_or_warnings(string product)
    {
        var clock = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(MetadataSpecs.File(product)) });
        TimeSpan generate = clock.Elapsed;
        if (Environment.GetEnvironmentVariable("SPECCLIENT_DUMP") is { } dump)
        {
            Directory.CreateDirectory(Path.Combine(dump, product));
            foreach (var source in run.Sources)
            {
                File.WriteAllText(Path.Combine(dump, product, source.Key), source.Value);
            }
        }

        List<Diagnostic> compile = run.CompileDiagnostics.ToList();

        output.WriteLine(product + ": " + run.Sources.Count + " files, generated in " + generate.TotalSeconds.ToString("F1") + " s, compiled in " + (clock.Elapsed - generate).TotalSeconds.ToString("F1") + " s (process CPU " + (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds.ToString("F1") + " s)");
        foreach (var group in run.SpecDiagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key))
        {
            output.WriteLine("  " + group.Key + ": " + group.Count() + "  e.g. " + group.First());
        }

        foreach (var group in compile.GroupBy(d => d.Id).OrderBy(g => g.Key))
        {
            output.WriteLine("  compile " + group.Key + ": " + group.Count() + "  e.g. " + group.First());
        }

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal)).Select(d => d.ToString()));
        Assert.Empty(compile.Select(d => d.ToString()));
    }
}

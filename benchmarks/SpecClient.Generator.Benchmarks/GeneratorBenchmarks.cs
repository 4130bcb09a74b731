using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SpecClient.Generator.Benchmarks;

/// <summary>
/// The whole corpus through the GeneratorDriver (a fresh driver: every page read, merged and emitted), and a
/// one-page edit against a driver that already ran over the whole corpus (only that page is read again).
/// </summary>
/// <remarks>
/// Forty warm-up iterations, not BenchmarkDotNet's own stopping rule: a method called once per run (the grouping step, the
/// driver's own steps) reaches optimized code only after 30 calls, and the default rule stopped after 23 runs whose times
/// were still falling, so the first measured iterations ran partly unoptimized code (215-250 ms against 115-170 ms
/// after; 2026-11-26, seventh session).
/// Two jobs that differ only in collections between iterations (<see cref="GcModes"/>).
/// </remarks>
[MemoryDiagnoser]
[GcServer(true)]
[WarmupCount(40)]
[Config(typeof(GcModes))]
public class GeneratorBenchmarks
{
    private List<AdditionalText> _pages = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private AdditionalText _edited = null!;
    private AdditionalText _original = null!;
    private bool _flip;

    public int Pages => _pages.Count;

    [GlobalSetup]
    public void Setup()
    {
        _pages = Corpus.Pages();
        _compilation = Corpus.Compilation();
        _warmDriver = Corpus.Driver(_pages).RunGenerators(_compilation);
        GeneratorDriverRunResult run = _warmDriver.GetRunResult();
        if (run.Results.FirstOrDefault(r => r.Exception is not null).Exception is { } failure)
        {
            // A generator that throws (CS8785) stops early and would be measured as fast.
            throw new InvalidOperationException("The generator failed over the corpus: " + failure.Message, failure);
        }

        // A page the reader could not read (SPEC001: until 2026-11-26 every page here, Markdig.dll being absent from
        // this process) costs almost nothing and would be measured as fast too.
        if (run.Diagnostics.FirstOrDefault(d => d.Id == "SPEC001") is { } unread)
        {
            throw new InvalidOperationException("A page could not be read: " + unread);
        }

        // The English page: md-zh/ sorts before md/, and the Chinese page has no such sentence, so an edit of the
        // first match changed nothing and measured only the re-read (until 2026-11-26: 0.8 MB, no merge, no emit).
        _original = _pages.First(p => p.Path.Replace('\\', '/').EndsWith("/md/domain/ResendEmailVerification.md", StringComparison.Ordinal));
        string text = _original.GetText()!.ToString();
        _edited = new Corpus.Page(_original.Path, text.Replace("Sends a new verification email", "Sends another verification email"));
        if (_edited.GetText()!.ToString() == text)
        {
            throw new InvalidOperationException("The edit changes nothing: it would measure a cache hit.");
        }

        Console.WriteLine("// corpus pages: " + _pages.Count);
    }

    [Benchmark(Description = "whole corpus, fresh driver")]
    public GeneratorDriver WholeCorpus() => Corpus.Driver(_pages).RunGenerators(_compilation);

    [Benchmark(Description = "one-page edit after a full run")]
    public GeneratorDriver OnePageEdit()
    {
        // Alternate between two texts so every invocation is a real edit, never a cache hit.
        (AdditionalText from, AdditionalText to) = _flip ? (_edited, _original) : (_original, _edited);
        _flip = !_flip;
        _warmDriver = _warmDriver.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
        return _warmDriver;
    }
}

/// <summary>The first run in a new process: JIT and Markdig's start-up included.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
[GcServer(true)]
public class FirstRunBenchmark
{
    private List<AdditionalText> _pages = null!;
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pages = Corpus.Pages();
        _compilation = Corpus.Compilation();
    }

    [Benchmark(Description = "whole corpus, first run in a process")]
    public GeneratorDriver FirstRun() => Corpus.Driver(_pages).RunGenerators(_compilation);
}

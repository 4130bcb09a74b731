using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace SpecClient.Generator.Benchmarks;

/// <summary>
/// `-- first [--roslyn-warm]`: one whole-corpus driver run in this process, the cost users pay at every compiler-server
/// start and every build without the server (JIT, type loading, static initialization, Markdig's start-up). Launch it
/// several times and compare medians and minimums; the set-up (pages, compilation) is not timed.
/// </summary>
/// <remarks>
/// The Roslyn of this project is the NuGet package's IL, JIT-compiled here, while the compiler that runs the generator
/// in a build is precompiled (ReadyToRun): a third of the plain first run is Roslyn's own JIT. `--roslyn-warm` first
/// runs the generator with no pages over another compilation, so Roslyn's driver and symbol lookup code is compiled
/// but the measured compilation's reference symbols are still unread and none of the reading or emit code has run.
/// </remarks>
public static class FirstRunTimes
{
    public static void Run(bool roslynWarm)
    {
        var pages = Corpus.Pages();
        var compilation = Corpus.Compilation();
        if (roslynWarm)
        {
            Corpus.Driver(Array.Empty<AdditionalText>()).RunGenerators(Corpus.Compilation());
        }

        double start = CpuTimes.ThreadCpuMs();
        var watch = Stopwatch.StartNew();
        Corpus.Driver(pages).RunGenerators(compilation);
        double wall = watch.Elapsed.TotalMilliseconds;
        double cpu = CpuTimes.ThreadCpuMs() - start;
        Console.WriteLine(FormattableString.Invariant($"first run{(roslynWarm ? " (Roslyn warm)" : "")}: wall {wall:F1} ms, main-thread CPU {cpu:F1} ms"));
    }
}

namespace SpecClient.Generator.Benchmarks;

/// <summary>
/// `-- gc [runs]`: what a whole-corpus run keeps alive when it ends (the driver's tables: every model and every
/// generated text), and the collections and pause time a run costs. A gen0 collection copies what the run has built
/// so far, so the live set, not only the bytes allocated, sets the mean.
/// </summary>
public static class GcCosts
{
    public static void Run(int runs, bool forced)
    {
        var driver = new GeneratorBenchmarks();
        driver.Setup();
        for (int i = 0; i < 3; i++)
        {
            driver.WholeCorpus();
        }

        long before = Settled();
        object kept = driver.WholeCorpus();
        long after = Settled();
        GC.KeepAlive(kept);
        Console.WriteLine(FormattableString.Invariant($"kept alive by one run's driver: {(after - before) / 1e6:F1} MB"));

        kept = null!;
        Settled();
        int[] counts = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        TimeSpan paused = GC.GetTotalPauseDuration();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        long faults = MinorFaults();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var each = new List<string>();
        for (int i = 0; i < runs; i++)
        {
            // BenchmarkDotNet collects between iterations (GcForce), so a run starts from a settled heap here too.
            if (forced)
            {
                GC.Collect();
            }

            int gen0 = GC.CollectionCount(0);
            long runFaults = MinorFaults();
            var one = System.Diagnostics.Stopwatch.StartNew();
            driver.WholeCorpus();
            each.Add(FormattableString.Invariant($"{one.Elapsed.TotalMilliseconds:F0}{(GC.CollectionCount(0) > gen0 ? "*" : "")}/{(MinorFaults() - runFaults) / 1000}k"));
        }

        double wall = watch.Elapsed.TotalMilliseconds / runs;
        double pause = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds / runs;
        Console.WriteLine(FormattableString.Invariant(
            $"per run over {runs}{(forced ? ", a full collection before each" : "")}: wall {wall:F1} ms, minor page faults {(MinorFaults() - faults) / runs / 1000}k, GC pause {pause:F1} ms, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6 / runs:F1} MB, collections gen0 {(GC.CollectionCount(0) - counts[0]) / (double)runs:F2} gen1 {(GC.CollectionCount(1) - counts[1]) / (double)runs:F2} gen2 {(GC.CollectionCount(2) - counts[2]) / (double)runs:F2}"));
        Console.WriteLine("each run, ms (* = a gen0 collection during it) / page faults: " + string.Join(" ", each));
    }

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    // Field 10 of /proc/self/stat: page faults served without I/O, i.e. fresh memory the kernel zeroes and maps.
    private static long MinorFaults() =>
        long.Parse(File.ReadAllText("/proc/self/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[7], System.Globalization.CultureInfo.InvariantCulture);
}

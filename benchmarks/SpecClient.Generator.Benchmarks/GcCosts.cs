namespace SpecClient.Generator.Benchmarks;

/// <summary>
/// `-- gc [runs]`: what a whole-corpus run keeps alive when it ends (the driver's tables: every model and every
/// generated text), and the collections and pause time a run costs. A gen0 collection copies what the run has built
/// so far, so the live set, not only the bytes allocated, sets the mean.
/// </summary>
public static class GcCosts
{
    public static void Run(int runs)
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
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < runs; i++)
        {
            driver.WholeCorpus();
        }

        double wall = watch.Elapsed.TotalMilliseconds / runs;
        double pause = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds / runs;
        Console.WriteLine(FormattableString.Invariant(
            $"per run over {runs}: wall {wall:F1} ms, GC pause {pause:F1} ms, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F1} MB, collections gen0 {(GC.CollectionCount(0) - counts[0]) / (double)runs:F2} gen1 {(GC.CollectionCount(1) - counts[1]) / (double)runs:F2} gen2 {(GC.CollectionCount(2) - counts[2]) / (double)runs:F2}"));
    }

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

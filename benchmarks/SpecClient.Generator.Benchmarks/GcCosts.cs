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
        var each = new List<string>();
        var times = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            // BenchmarkDotNet collects fully before and after each iteration (GcForce: collect, run the finalizers,
            // collect again) and keeps the last result alive, so --forced does the same. With one collection and the
            // result dropped (this mode until the eighth session) the runs showed almost no page faults, while
            // BenchmarkDotNet's iterations paid one to four thousand each.
            if (forced)
            {
                FullCollection();
            }

            int gen0 = GC.CollectionCount(0);
            long runFaults = MinorFaults();
            var one = System.Diagnostics.Stopwatch.StartNew();
            kept = driver.WholeCorpus();
            double ms = one.Elapsed.TotalMilliseconds;
            bool collected = GC.CollectionCount(0) > gen0;
            long runFaultCount = MinorFaults() - runFaults;
            if (forced)
            {
                FullCollection();
            }

            times.Add(ms);
            each.Add(FormattableString.Invariant($"{ms:F0}{(collected ? "*" : "")}/{runFaultCount / 100 / 10.0:F1}k"));
        }

        // The runs alone: the forced collections around them are not timed, as in BenchmarkDotNet.
        double wall = times.Average();
        double median = times.Order().ElementAt(runs / 2);
        double pause = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds / runs;
        Console.WriteLine(FormattableString.Invariant(
            $"per run over {runs}{(forced ? ", full collections before and after each (their pause counted below, not their time)" : "")}: wall mean {wall:F1} ms, median {median:F1} ms, minor page faults {(MinorFaults() - faults) / runs / 1000}k, GC pause {pause:F1} ms, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6 / runs:F1} MB, collections gen0 {(GC.CollectionCount(0) - counts[0]) / (double)runs:F2} gen1 {(GC.CollectionCount(1) - counts[1]) / (double)runs:F2} gen2 {(GC.CollectionCount(2) - counts[2]) / (double)runs:F2}"));
        Console.WriteLine("each run, ms (* = a gen0 collection during it) / page faults: " + string.Join(" ", each));
    }

    private static void FullCollection()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
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

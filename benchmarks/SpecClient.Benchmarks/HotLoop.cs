using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;

namespace SpecClient.Benchmarks;

/// <summary>
/// <c>-- --hot raw|v1|v3 [seconds]</c>: one contestant of <see cref="ClientOverheadBenchmarks"/> (no network) in a
/// loop after a 10 s warm-up (the JIT's tiering done), for <c>perf record</c>; prints wall and CPU time per call,
/// gen0 collections and the methods still JIT-compiled meanwhile.
/// </summary>
internal static class HotLoop
{
    public static int Run(string[] args)
    {
        var bench = new ClientOverheadBenchmarks();
        bench.Setup();
        // The JIT's background tiering of the client's code takes several seconds on 2 busy cores.
        Func<Task> call = args[0] == "v1" ? bench.SpecClientV1 : args[0] == "v3" ? bench.SpecClientV3 : bench.Raw;
        double seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        long warm = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warm).TotalSeconds < 10)
        {
            call().GetAwaiter().GetResult();
        }

        long jit0 = System.Runtime.JitInfo.GetCompiledMethodCount();
        TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        double thread0 = ThreadCpu.Microseconds();
        int gc0 = GC.CollectionCount(0);
        long start = Stopwatch.GetTimestamp();
        long calls = 0;
        var blocks = new List<double>();
        while (Stopwatch.GetElapsedTime(start).TotalSeconds < seconds)
        {
            double blockStart = ThreadCpu.Microseconds();
            for (int i = 0; i < 1000; i++)
            {
                call().GetAwaiter().GetResult();
            }

            blocks.Add((ThreadCpu.Microseconds() - blockStart) / 1000);
            calls += 1000;
        }

        double thread = ThreadCpu.Microseconds() - thread0;
        double process = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMicroseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Stopwatch.GetElapsedTime(start).TotalMicroseconds / calls:F2} us/call wall, {thread / calls:F2} thread CPU, {process / calls:F2} process CPU, {(GC.CollectionCount(0) - gc0) * 1000000.0 / calls:F1} gen0 GCs per 1M calls, {calls} calls, {System.Runtime.JitInfo.GetCompiledMethodCount() - jit0} methods JIT-compiled"));

        // On a shared machine the other work slows some blocks (caches, the sibling hardware thread) but not all: the
        // least disturbed blocks compare builds better than the mean.
        blocks.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"thread CPU per call over blocks of 1000 calls: min {blocks[0]:F2}, p10 {blocks[blocks.Count / 10]:F2}, median {blocks[blocks.Count / 2]:F2} us"));
        return 0;
    }
}

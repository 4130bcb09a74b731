using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace SpecClient.Benchmarks;

/// <summary>
/// <c>-- --quick [calls]</c>: the four contestants in a plain sequential loop, for a fast look or for profiling
/// (latency percentiles, and bytes allocated per call in this process, which holds no server).
/// </summary>
internal static class QuickRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        int calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        var bench = new ResendEmailVerificationBenchmarks();
        bench.Setup();
        try
        {
            (string Name, Func<Task> Call)[] contestants =
            [
                ("V1 raw", bench.RawV1),
                ("V1 SpecClient", bench.SpecClientV1),
                ("V3 raw", bench.RawV3),
                ("V3 SpecClient", bench.SpecClientV3),
            ];
            Console.WriteLine($"{"",-14} {"mean us",9} {"p50 us",8} {"p90 us",8} {"p99 us",8} {"max us",9} {"B/call",8}");
            for (int round = 0; round < 2; round++)
            {
                foreach (var (name, call) in contestants)
                {
                    for (int i = 0; i < calls / 5; i++)
                    {
                        await call().ConfigureAwait(false);
                    }

                    var times = new double[calls];
                    long before = GC.GetTotalAllocatedBytes(precise: true);
                    var total = Stopwatch.StartNew();
                    for (int i = 0; i < calls; i++)
                    {
                        long start = Stopwatch.GetTimestamp();
                        await call().ConfigureAwait(false);
                        times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                    }

                    total.Stop();
                    long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                    Array.Sort(times);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name,-14} {total.Elapsed.TotalMicroseconds / calls,9:F1} {times[calls / 2],8:F1} {times[calls * 9 / 10],8:F1} {times[calls * 99 / 100],8:F1} {times[^1],9:F1} {allocated / calls,8}"));
                }
            }
        }
        finally
        {
            bench.Cleanup();
        }

        return 0;
    }
}

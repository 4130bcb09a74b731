using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Threading.Tasks;

namespace SpecClient.Benchmarks;

/// <summary>
/// <c>-- --quick [rounds]</c>: the four contestants called in turn, one call each per round, so that a busy machine
/// slows them alike; prints each one's latency percentiles and its bytes allocated per call, then each SpecClient
/// median over its raw baseline's. Not a replacement for the BenchmarkDotNet table: a check that survives noise.
/// </summary>
internal static class QuickRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        var bench = new ResendEmailVerificationBenchmarks();
        bench.Setup();
        try
        {
            (string Name, Func<Task> Call)[] contestants = bench.Contestants();
            await bench.WarmUpAsync().ConfigureAwait(false);

            var times = new double[contestants.Length][];
            var bytes = new long[contestants.Length];
            for (int c = 0; c < contestants.Length; c++)
            {
                times[c] = new double[rounds];
            }

            long jitMethods = JitInfo.GetCompiledMethodCount();
            for (int i = 0; i < rounds; i++)
            {
                // Rotate the order too, so no contestant always follows the same one.
                for (int k = 0; k < contestants.Length; k++)
                {
                    int c = (i + k) % contestants.Length;
                    long allocated = GC.GetTotalAllocatedBytes(precise: false);
                    long start = Stopwatch.GetTimestamp();
                    await contestants[c].Call().ConfigureAwait(false);
                    times[c][i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                    bytes[c] += GC.GetTotalAllocatedBytes(precise: false) - allocated;
                }
            }

            jitMethods = JitInfo.GetCompiledMethodCount() - jitMethods;

            // Exact allocations per call, each contestant alone (the interleaved counts above are approximate).
            for (int c = 0; c < contestants.Length; c++)
            {
                long before = GC.GetTotalAllocatedBytes(precise: true);
                for (int i = 0; i < 1000; i++)
                {
                    await contestants[c].Call().ConfigureAwait(false);
                }

                bytes[c] = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1000;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} interleaved rounds, {jitMethods} methods JIT-compiled during them"));
            Console.WriteLine($"{"",-14} {"mean us",9} {"p50 us",8} {"p90 us",8} {"p99 us",8} {"B/call",8}");
            var medians = new double[contestants.Length];
            for (int c = 0; c < contestants.Length; c++)
            {
                double[] t = times[c];
                double mean = 0;
                foreach (double x in t)
                {
                    mean += x;
                }

                Array.Sort(t);
                medians[c] = t[rounds / 2];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{contestants[c].Name,-14} {mean / rounds,9:F1} {t[rounds / 2],8:F1} {t[rounds * 9 / 10],8:F1} {t[rounds * 99 / 100],8:F1} {bytes[c],8}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"V1: SpecClient/raw median {medians[1] / medians[0]:F2}x, +{bytes[1] - bytes[0]} B/call; V3: {medians[3] / medians[2]:F2}x, +{bytes[3] - bytes[2]} B/call"));
        }
        finally
        {
            bench.Cleanup();
        }

        return 0;
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient.Benchmarks;

/// <summary>
/// <c>-- --cost [blocks] [calls] [block]</c>: where a loopback call's wall time goes. The contestants run in blocks of
/// <c>calls</c> calls, in turn (the order rotated each block), and each block reads the scheduler's counters of this
/// process and of the server's (<see cref="SchedStat"/>): CPU time, time runnable but waiting for a core, and the
/// times a thread was put on a core; also the thread pool's work items and the bytes allocated. Prints the median
/// over the blocks, per call. <c>block</c> waits for each call as BenchmarkDotNet does (the main thread blocks on the
/// call's task) instead of awaiting it in a loop; <c>both</c> runs each contestant both ways;
/// <c>burn</c> blocks and adds raw V3 calls that first burn CPU time; <c>probe</c> blocks and adds raw V3 calls with
/// a new Uri per call and/or the explicit Host header, as the client sends them. Run it under <c>taskset -c 0</c> to see what one CPU does to each contestant.
/// </summary>
internal static class CallCost
{
    public static async Task<int> RunAsync(string[] args)
    {
        int blocks = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        int calls = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        string mode = args.Length > 2 ? args[2] : "await";
        var bench = new ResendEmailVerificationBenchmarks();
        bench.Setup();
        try
        {
            (string Name, Func<Task> Call)[] calls4 = bench.Contestants();
            await bench.WarmUpAsync().ConfigureAwait(false);
            (string Name, Func<Task> Call, bool Block)[] contestants = mode switch
            {
                "block" => calls4.Select(c => (c.Name, c.Call, true)).ToArray(),
                // The raw V3 call after burning as much CPU (thread time) as SpecClient V3 adds in a hot loop (5.5 us)
                // and twice that: does a contended CPU turn any extra CPU time into more wall time than itself?
                "burn" => calls4.Select(c => (c.Name, c.Call, true))
                    .Append(("V3 raw + 5.5 us CPU", BurnThen(5.5, bench.RawV3), true))
                    .Append(("V3 raw + 11 us CPU", BurnThen(11, bench.RawV3), true)).ToArray(),
                "probe" => calls4.Skip(2).Select(c => (c.Name, c.Call, true))
                    .Append(("V3 raw + new Uri", () => bench.RawV3With(newUri: true, hostHeader: false), true))
                    .Append(("V3 raw + Host header", () => bench.RawV3With(newUri: false, hostHeader: true), true))
                    .Append(("V3 raw + both", () => bench.RawV3With(newUri: true, hostHeader: true), true)).ToArray(),
                "both" => calls4.Select(c => (c.Name, c.Call, false)).Concat(calls4.Select(c => (c.Name + " (block)", c.Call, true))).ToArray(),
                _ => calls4.Select(c => (c.Name, c.Call, false)).ToArray(),
            };

            long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
            TimeSpan jitTime = System.Runtime.JitInfo.GetCompilationTime();
            int self = Environment.ProcessId;
            int server = bench.ServerProcessId;
            var rows = new double[contestants.Length][][];
            for (int c = 0; c < contestants.Length; c++)
            {
                rows[c] = new double[Columns.Length][];
                for (int k = 0; k < Columns.Length; k++)
                {
                    rows[c][k] = new double[blocks];
                }
            }

            for (int b = 0; b < blocks; b++)
            {
                for (int k = 0; k < contestants.Length; k++)
                {
                    int c = (b + k) % contestants.Length;
                    Func<Task> call = contestants[c].Call;
                    long bytes = GC.GetTotalAllocatedBytes(precise: true);
                    long items = ThreadPool.CompletedWorkItemCount;
                    SchedStat client = SchedStat.Read(self);
                    SchedStat serverStat = SchedStat.Read(server);
                    long start = Stopwatch.GetTimestamp();
                    if (contestants[c].Block)
                    {
                        for (int i = 0; i < calls; i++)
                        {
                            call().GetAwaiter().GetResult();
                        }
                    }
                    else
                    {
                        for (int i = 0; i < calls; i++)
                        {
                            await call().ConfigureAwait(false);
                        }
                    }

                    double wall = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                    SchedStat clientDelta = SchedStat.Read(self) - client;
                    SchedStat serverDelta = SchedStat.Read(server) - serverStat;
                    double[] values =
                    [
                        wall,
                        clientDelta.CpuMicroseconds,
                        clientDelta.WaitMicroseconds,
                        clientDelta.Slices,
                        serverDelta.CpuMicroseconds,
                        serverDelta.WaitMicroseconds,
                        serverDelta.Slices,
                        ThreadPool.CompletedWorkItemCount - items,
                        GC.GetTotalAllocatedBytes(precise: true) - bytes,
                    ];
                    for (int v = 0; v < values.Length; v++)
                    {
                        rows[c][v][b] = values[v] / calls;
                    }
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{blocks} blocks of {calls} calls per contestant, interleaved ({mode}); median over the blocks, per call (us, counts, bytes); Timer.ActiveCount {Timer.ActiveCount}, thread pool threads {ThreadPool.ThreadCount}, {System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods} methods JIT-compiled meanwhile ({(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} ms)"));
            Console.WriteLine($"{"",-22}" + string.Concat(Columns.Select(h => $" {h,9}")));
            for (int c = 0; c < contestants.Length; c++)
            {
                Console.WriteLine($"{contestants[c].Name,-22}" + string.Concat(rows[c].Select(v => string.Create(CultureInfo.InvariantCulture, $" {Median(v),9:F2}"))));
            }
        }
        finally
        {
            bench.Cleanup();
        }

        return 0;
    }

    private static Func<Task> BurnThen(double microseconds, Func<Task> call) => () =>
    {
        double start = ThreadCpu.Microseconds();
        while (ThreadCpu.Microseconds() - start < microseconds)
        {
        }

        return call();
    };

    private static readonly string[] Columns = ["wall", "cli CPU", "cli wait", "cli runs", "srv CPU", "srv wait", "srv runs", "TP items", "bytes"];

    private static double Median(double[] values)
    {
        double[] sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return sorted[sorted.Length / 2];
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Threading.Tasks;

namespace SpecClient.Benchmarks;

/// <summary>
/// Calls the contestants in turn until the JIT is done with them. The client's own code (runtime, generated client)
/// starts as unoptimized tier-0 code and is recompiled in the background, while most of HttpClient's is precompiled
/// (ReadyToRun). A fixed warm-up of a few hundred rounds left over 1,000 methods to be compiled during measured
/// rounds, which then timed the client's warm-up (and the JIT competing for the cores), not its steady state. So:
/// rounds in blocks until two blocks in a row compile next to nothing (at most <see cref="QuietMethods"/>: code
/// that runs once a second, such as the timestamp's formatting, reaches tier 1 only after 30 s), at most 60 s.
/// Tiering waits 100 ms after the last new method before it compiles a batch, and ten times as long (1 s) when the
/// process may use only one CPU (<c>TC_DelaySingleProcMultiplier</c>, e.g. under <c>taskset -c 0</c>): a block
/// lasts five times the usual delay, 2.5 times the one-CPU delay.
/// </summary>
internal static class JitWarmUp
{
    private const double MaxSeconds = 60;
    private const int QuietMethods = 2;

    private static double BlockSeconds => Environment.ProcessorCount == 1 ? 2.5 : 0.5;

    public static async Task RunAsync(Func<Task>[] calls)
    {
        long start = Stopwatch.GetTimestamp();
        int rounds = 0;
        int quietBlocks = 0;
        while (quietBlocks < 2 && Stopwatch.GetElapsedTime(start).TotalSeconds < MaxSeconds)
        {
            long compiled = JitInfo.GetCompiledMethodCount();
            long blockStart = Stopwatch.GetTimestamp();
            while (Stopwatch.GetElapsedTime(blockStart).TotalSeconds < BlockSeconds)
            {
                foreach (Func<Task> call in calls)
                {
                    await call().ConfigureAwait(false);
                }

                rounds++;
            }

            quietBlocks = JitInfo.GetCompiledMethodCount() - compiled <= QuietMethods ? quietBlocks + 1 : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up: {rounds} rounds, {Stopwatch.GetElapsedTime(start).TotalSeconds:F1} s, {JitInfo.GetCompiledMethodCount()} methods compiled so far"));
    }
}

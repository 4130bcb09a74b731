using System;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace SpecClient.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/SpecClient.Benchmarks -- --filter '*' [--job short]</c>;
/// see benchmarks/README.md.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == LoopbackServer.ServeArgument)
        {
            // The child process the benchmarks start: the server lives apart, so its allocations and GCs are not counted.
            return await LoopbackServer.ServeAsync().ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == "--quick")
        {
            // A plain loop without BenchmarkDotNet: per-call latency percentiles and client allocations.
            return await QuickRun.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == "--alternate")
        {
            // Short BenchmarkDotNet runs of the four contestants, alternated round after round: the time ratio on a noisy VM.
            return await AlternateRun.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == "--cost")
        {
            // The contestants in interleaved blocks, with the scheduler's counters of both processes: where the time goes.
            return await CallCost.RunAsync(args.Skip(1).ToArray()).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == "--hot")
        {
            // One client-side contestant without network, in a loop: for perf record.
            return HotLoop.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "--hot-compare")
        {
            // The same no-network contestant of several builds, in one process, block by block: a change's effect.
            return HotCompare.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "--stages")
        {
            return StageProfile.Run();
        }

        // In process by default: BenchmarkDotNet's usual per-run rebuild of this project (generator and runtime
        // included, without a compiler server) takes over its 2-minute build timeout on a 2-core machine.
        // `--outOfProcess` asks for the isolated child process instead.
        bool outOfProcess = args.Contains("--outOfProcess", StringComparer.OrdinalIgnoreCase);
        string[] effective = outOfProcess
            ? args.Where(a => !string.Equals(a, "--outOfProcess", StringComparison.OrdinalIgnoreCase)).ToArray()
            : args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : args.Append("--inProcess").ToArray();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(effective);
        return 0;
    }
}

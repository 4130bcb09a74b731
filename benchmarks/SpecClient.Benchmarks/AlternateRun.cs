using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SpecClient.Benchmarks;

/// <summary>
/// <c>-- --alternate [rounds] [iterations] [invocations]</c>: BenchmarkDotNet's figures, alternated. Each round runs
/// every contestant as its own short BenchmarkDotNet run (in process, 3 warm-up iterations, then
/// <c>iterations</c> iterations of <c>invocations</c> calls, <see cref="MemoryDiagnoser"/>), the order mirrored from
/// round to round (ABBA), so a slow drift of the machine (seconds long on this VM) hits a contestant and its
/// baseline alike. Prints each round's means and ratios, then per signature version the median of the rounds'
/// ratios, the ratio of the pooled means, a 95 % bootstrap interval of each (rounds resampled) and the bytes
/// allocated per call.
/// </summary>
internal static class AlternateRun
{
    private const int WarmupIterations = 3;
    private const int BootstrapSamples = 10000;

    // The contestants in the order of even rounds; odd rounds run them backwards, and every other pair of rounds
    // starts with V3. A SpecClient run is always next to its baseline's.
    private static readonly string[] Methods =
    [
        nameof(ResendEmailVerificationBenchmarks.RawV1),
        nameof(ResendEmailVerificationBenchmarks.SpecClientV1),
        nameof(ResendEmailVerificationBenchmarks.RawV3),
        nameof(ResendEmailVerificationBenchmarks.SpecClientV3),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        int rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 48;
        int iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        int invocations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 512;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"--alternate: {rounds} rounds x 4 BenchmarkDotNet runs (in process, {WarmupIterations} warm-up + {iterations} iterations x {invocations} calls, MemoryDiagnoser), ABBA order; {Environment.ProcessorCount} CPU(s) usable, load average {LoadAverage()}"));

        // One server for all runs (each run would otherwise start its own, and time its JIT warm-up), and the JIT
        // done with the client's code before the first round (BenchmarkDotNet's three warm-up iterations are not
        // enough for the tiering of code that is new to the process).
        await using LoopbackServer server = await LoopbackServer.StartAsync().ConfigureAwait(false);
        ResendEmailVerificationBenchmarks.SharedServer = server;
        var warm = new ResendEmailVerificationBenchmarks();
        warm.Setup();
        try
        {
            await warm.WarmUpAsync().ConfigureAwait(false);
        }
        finally
        {
            warm.Cleanup();
        }

        IConfig[] configs = Methods.Select(m => Config(m, iterations, invocations)).ToArray();
        var means = new double[rounds, Methods.Length];
        var bytes = new long?[rounds, Methods.Length];
        var stdDevs = new double[rounds, Methods.Length];
        var medians = new double[rounds, Methods.Length];
        var minimums = new double[rounds, Methods.Length];
        long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        long started = Stopwatch.GetTimestamp();
        Console.WriteLine();
        Console.WriteLine("round  order        | V1 raw us (sd)  SpecClient us (sd)  ratio | V3 raw us (sd)  SpecClient us (sd)  ratio | load average");
        for (int r = 0; r < rounds; r++)
        {
            int[] order = Order(r);
            foreach (int c in order)
            {
                Summary summary = BenchmarkRunner.Run<ResendEmailVerificationBenchmarks>(configs[c]);
                BenchmarkReport report = summary.Reports.Single();

                var statistics = report.ResultStatistics
                    ?? throw new InvalidOperationException(Methods[c] + " gave no result: " + string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
                means[r, c] = statistics.Mean / 1000;
                medians[r, c] = statistics.Median / 1000;
                minimums[r, c] = statistics.Min / 1000;
                stdDevs[r, c] = statistics.StandardDeviation / 1000;
                bytes[r, c] = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r + 1,5}  {string.Concat(order.Select(c => "rRrR"[c] + (c < 2 ? "1" : "3") + " ")).TrimEnd(),-12} | {means[r, 0],7:F1} ({stdDevs[r, 0],5:F1})  {means[r, 1],10:F1} ({stdDevs[r, 1],5:F1})  {means[r, 1] / means[r, 0],5:F2} | {means[r, 2],7:F1} ({stdDevs[r, 2],5:F1})  {means[r, 3],10:F1} ({stdDevs[r, 3],5:F1})  {means[r, 3] / means[r, 2],5:F2} | {LoadAverage()}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"({Stopwatch.GetElapsedTime(started).TotalMinutes:F1} min, {System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods} methods JIT-compiled meanwhile; order: r = raw, R = SpecClient; us = BenchmarkDotNet's Mean per call, sd = its StdDev of the run's iterations)"));
        Console.WriteLine();
        var random = new Random(12345);
        for (int v = 0; v < 2; v++)
        {
            int raw = 2 * v;
            int client = raw + 1;
            double[] rawMeans = Enumerable.Range(0, rounds).Select(r => means[r, raw]).ToArray();
            double[] clientMeans = Enumerable.Range(0, rounds).Select(r => means[r, client]).ToArray();
            double[] ratios = Enumerable.Range(0, rounds).Select(r => clientMeans[r] / rawMeans[r]).ToArray();
            double[] medianRatios = Enumerable.Range(0, rounds).Select(r => medians[r, client] / medians[r, raw]).ToArray();
            double[] minimumRatios = Enumerable.Range(0, rounds).Select(r => minimums[r, client] / minimums[r, raw]).ToArray();
            (double low, double high) minimumInterval = Bootstrap(random, rounds, sample => Median(sample.Select(r => minimumRatios[r])));
            (double low, double high) medianOfMediansInterval = Bootstrap(random, rounds, sample => Median(sample.Select(r => medianRatios[r])));
            (double low, double high) medianInterval = Bootstrap(random, rounds, sample => Median(sample.Select(r => ratios[r])));
            (double low, double high) pooledInterval = Bootstrap(random, rounds, sample => sample.Sum(r => clientMeans[r]) / sample.Sum(r => rawMeans[r]));
            long rawBytes = MedianBytes(bytes, raw, rounds);
            long clientBytes = MedianBytes(bytes, client, rounds);
            string version = v == 0 ? "V1" : "V3";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{version}: raw {rawMeans.Average():F1} us, SpecClient {clientMeans.Average():F1} us (means of the {rounds} rounds' means; raw rounds {rawMeans.Min():F1}-{rawMeans.Max():F1} us)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{version} RATIO  median of the rounds' ratios {Median(ratios):F3}x  [95% CI {medianInterval.low:F3}-{medianInterval.high:F3}]   pooled means {clientMeans.Sum() / rawMeans.Sum():F3}x  [95% CI {pooledInterval.low:F3}-{pooledInterval.high:F3}]   target 1.15x"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{version} ratio of the runs' medians (BenchmarkDotNet's Median column), median over the rounds {Median(medianRatios):F3}x  [95% CI {medianOfMediansInterval.low:F3}-{medianOfMediansInterval.high:F3}]"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{version} ratio of the runs' fastest iterations (Min: the least disturbed by other work), median over the rounds {Median(minimumRatios):F3}x  [95% CI {minimumInterval.low:F3}-{minimumInterval.high:F3}]"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{version} ALLOCATED  raw {rawBytes} B, SpecClient {clientBytes} B per call: +{clientBytes - rawBytes} B   target +4096 B"));
        }

        ResendEmailVerificationBenchmarks.SharedServer = null;
        return 0;
    }

    // ABBA: rounds 0, 1, 2, 3 run r1 R1 r3 R3 / R3 r3 R1 r1 / r3 R3 r1 R1 / R1 r1 R3 r3, and so on.
    private static int[] Order(int round)
    {
        int[] order = round % 4 < 2 ? [0, 1, 2, 3] : [2, 3, 0, 1];
        if (round % 2 == 1)
        {
            Array.Reverse(order);
        }

        return order;
    }

    private static IConfig Config(string method, int iterations, int invocations)
    {
        Job job = Job.Default
            .WithToolchain(InProcessEmitToolchain.DontLogOutput)
            .WithWarmupCount(WarmupIterations)
            .WithIterationCount(iterations)
            .WithInvocationCount(invocations)
            .WithUnrollFactor(1)
            .WithId("Alternate");
        return ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(NullLogger.Instance)
            .AddFilter(new SimpleFilter(b => b.Descriptor.WorkloadMethod.Name == method))
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "SpecClient.Benchmarks.alternate"))
            .WithOptions(ConfigOptions.DisableLogFile);
    }

    // The 2.5th and 97.5th percentiles of a statistic over the rounds resampled with replacement.
    private static (double Low, double High) Bootstrap(Random random, int rounds, Func<int[], double> statistic)
    {
        var values = new double[BootstrapSamples];
        var sample = new int[rounds];
        for (int b = 0; b < BootstrapSamples; b++)
        {
            for (int i = 0; i < rounds; i++)
            {
                sample[i] = random.Next(rounds);
            }

            values[b] = statistic(sample);
        }

        Array.Sort(values);
        return (values[(int)(BootstrapSamples * 0.025)], values[(int)(BootstrapSamples * 0.975) - 1]);
    }

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.ToArray();
        Array.Sort(sorted);
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    private static long MedianBytes(long?[,] bytes, int contestant, int rounds) =>
        (long)Median(Enumerable.Range(0, rounds).Select(r => (double)(bytes[r, contestant] ?? -1)));

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}

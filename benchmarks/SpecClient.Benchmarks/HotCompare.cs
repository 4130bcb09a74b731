using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;

namespace SpecClient.Benchmarks;

/// <summary>
/// <c>-- --hot-compare raw|v1|v3 seconds DIR DIR...</c>: the same no-network contestant of two or more builds of
/// this project (each built with <c>-o DIR</c>), each loaded with its runtime into its own load context, called in
/// turn in blocks of 1000 calls in one process. Every build meets the same machine from block to block, which
/// separate <c>--hot</c> runs on a shared machine do not: their figures drift by more than a change is worth.
/// </summary>
internal static class HotCompare
{
    private const int BlockCalls = 1000;

    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: --hot-compare raw|v1|v3 seconds DIR [DIR...]");
            return 2;
        }

        string contestant = args[0];
        double seconds = double.Parse(args[1], CultureInfo.InvariantCulture);
        string[] builds = args.Skip(2).Select(Path.GetFullPath).ToArray();
        Func<Task>[] calls = builds.Select(build => Load(build, contestant)).ToArray();

        // The JIT's tiering of every build's code first (10 s, as --hot).
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 10 + (2 * calls.Length))
        {
            foreach (Func<Task> call in calls)
            {
                RunBlock(call);
            }
        }

        var blocks = calls.Select(_ => new List<double>()).ToArray();
        long[] bytes = new long[calls.Length];
        long perBuild = 0;
        var measured = System.Diagnostics.Stopwatch.StartNew();
        while (measured.Elapsed.TotalSeconds < seconds)
        {
            for (int i = 0; i < calls.Length; i++)
            {
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                double cpu = ThreadCpu.Microseconds();
                RunBlock(calls[i]);
                blocks[i].Add((ThreadCpu.Microseconds() - cpu) / BlockCalls);
                bytes[i] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }

            perBuild += BlockCalls;
        }

        Console.WriteLine("thread CPU per call over blocks of 1000 calls (" + blocks[0].Count.ToString(CultureInfo.InvariantCulture) + " blocks each), bytes per call:");
        for (int i = 0; i < calls.Length; i++)
        {
            List<double> b = blocks[i];
            b.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {builds[i]}: min {b[0]:F2}, p10 {b[b.Count / 10]:F2}, p25 {b[b.Count / 4]:F2}, median {b[b.Count / 2]:F2} us, {bytes[i] / perBuild} B"));
        }

        return 0;
    }

    private static void RunBlock(Func<Task> call)
    {
        for (int i = 0; i < BlockCalls; i++)
        {
            call().GetAwaiter().GetResult();
        }
    }

    // The build's ClientOverheadBenchmarks, set up, as a delegate to the contestant.
    private static Func<Task> Load(string build, string contestant)
    {
        string path = Path.Combine(build, typeof(HotCompare).Assembly.GetName().Name + ".dll");
        var context = new BuildContext(path);
        Type type = context.LoadFromAssemblyPath(path).GetType(typeof(ClientOverheadBenchmarks).FullName!, throwOnError: true)!;
        object bench = Activator.CreateInstance(type)!;
        type.GetMethod(nameof(ClientOverheadBenchmarks.Setup))!.Invoke(bench, null);
        string method = contestant switch
        {
            "v1" => nameof(ClientOverheadBenchmarks.SpecClientV1),
            "v3" => nameof(ClientOverheadBenchmarks.SpecClientV3),
            _ => nameof(ClientOverheadBenchmarks.Raw),
        };
        return (Func<Task>)Delegate.CreateDelegate(typeof(Func<Task>), bench, type.GetMethod(method)!);
    }

    // The build's own assemblies (this project, the runtime, their packages) from its folder; the shared framework
    // from the default context, so that every build runs the same HttpClient.
    private sealed class BuildContext(string mainAssembly) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name is null || name.Name.StartsWith("System.", StringComparison.Ordinal)
                || name.Name.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) || name.Name == "netstandard")
            {
                return null;
            }

            string? path = _resolver.ResolveAssemblyToPath(name);
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }
}

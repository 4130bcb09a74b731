using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SpecClient.Generator.Benchmarks;

/// <summary>
/// `-- cpu [runs]`: the main thread's CPU time of emitting every file and of a whole-corpus driver run, fastest and
/// median of the runs. On a shared machine the wall times BenchmarkDotNet gives swing 3x with the other sessions'
/// load; the fastest CPU times of interleaved builds still compare.
/// </summary>
public static class CpuTimes
{
    public static void Run(int runs)
    {
        var emit = new EmitBenchmarks();
        emit.Setup();
        var driver = new GeneratorBenchmarks();
        driver.Setup();
        Report("emit every file", runs, () => emit.Emit());
        Report("whole corpus, fresh driver", runs, () => driver.WholeCorpus());
        Report("one-page edit after a full run", runs * 10, () => driver.OnePageEdit());
    }

    private static void Report(string name, int runs, Func<object> action)
    {
        for (int i = 0; i < 3; i++)
        {
            action();
        }

        var cpu = new List<double>();
        var wall = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            double start = ThreadCpuMs();
            var watch = Stopwatch.StartNew();
            action();
            wall.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add(ThreadCpuMs() - start);
        }

        cpu.Sort();
        wall.Sort();
        Console.WriteLine(FormattableString.Invariant($"{name}: main-thread CPU fastest {cpu[0]:F2} ms, median {cpu[runs / 2]:F2} ms; wall fastest {wall[0]:F2} ms, median {wall[runs / 2]:F2} ms ({runs} runs)"));
    }

    internal static double ThreadCpuMs()
    {
        // CLOCK_THREAD_CPUTIME_ID = 3 on Linux.
        clock_gettime(3, out Timespec time);
        return time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

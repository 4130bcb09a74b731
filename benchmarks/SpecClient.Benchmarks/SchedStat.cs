using System;
using System.Globalization;
using System.IO;

namespace SpecClient.Benchmarks;

/// <summary>
/// A process's scheduler counters summed over its threads (Linux <c>/proc/PID/task/*/schedstat</c>): CPU time, time
/// spent runnable but waiting for a core, and the number of times a thread was put on a core (its wake-ups, roughly).
/// Unlike wall time these separate what a call costs from what the machine makes it wait. Only live threads count:
/// a thread that ends between two reads takes its share with it, so compare short spans and medians.
/// </summary>
internal readonly record struct SchedStat(double CpuMicroseconds, double WaitMicroseconds, long Slices)
{
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && File.Exists("/proc/self/schedstat");

    public static SchedStat Read(int processId)
    {
        if (!IsAvailable)
        {
            return default;
        }

        double cpu = 0;
        double wait = 0;
        long slices = 0;
        foreach (string task in Directory.EnumerateDirectories("/proc/" + processId.ToString(CultureInfo.InvariantCulture) + "/task"))
        {
            string text;
            try
            {
                text = File.ReadAllText(Path.Combine(task, "schedstat"));
            }
            catch (IOException)
            {
                continue; // the thread ended meanwhile
            }

            string[] fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            cpu += long.Parse(fields[0], CultureInfo.InvariantCulture) / 1e3;
            wait += long.Parse(fields[1], CultureInfo.InvariantCulture) / 1e3;
            slices += long.Parse(fields[2], CultureInfo.InvariantCulture);
        }

        return new SchedStat(cpu, wait, slices);
    }

    public static SchedStat operator -(SchedStat a, SchedStat b) =>
        new(a.CpuMicroseconds - b.CpuMicroseconds, a.WaitMicroseconds - b.WaitMicroseconds, a.Slices - b.Slices);
}

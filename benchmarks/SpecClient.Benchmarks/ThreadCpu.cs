using System;
using System.Runtime.InteropServices;

namespace SpecClient.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): unlike wall time it does not count the
/// time the thread waited for a core, so it stays meaningful when other work shares the machine.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>True where the clock is available (Linux); elsewhere <see cref="Microseconds"/> returns 0.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    /// <summary>The thread's CPU time so far, in microseconds.</summary>
    public static double Microseconds()
    {
        if (!IsAvailable || clock_gettime(ClockThreadCpuTimeId, out TimeSpec time) != 0)
        {
            return 0;
        }

        return (time.Seconds * 1e6) + (time.Nanoseconds / 1e3);
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

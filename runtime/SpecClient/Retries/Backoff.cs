using System;

namespace SpecClient;

/// <summary>Exponential backoff with full jitter ("Exponential Backoff And Jitter", AWS Architecture Blog).</summary>
internal static class Backoff
{
    /// <summary>
    /// A wait in [0, min(<paramref name="maxDelay"/>, <paramref name="baseDelay"/> * 2^(<paramref name="retry"/> - 1))),
    /// scaled by <paramref name="random"/> in [0, 1). Full jitter spreads the retries of many clients that failed
    /// together, which fixed or equal-jitter waits would keep in step.
    /// </summary>
    public static TimeSpan FullJitter(TimeSpan baseDelay, TimeSpan maxDelay, int retry, double random)
    {
        double exponent = Math.Min(Math.Max(retry - 1, 0), 62);
        double ceiling = Math.Min(maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, exponent));
        double scaled = ceiling * Math.Min(Math.Max(random, 0), 1);
        return TimeSpan.FromTicks((long)scaled);
    }
}

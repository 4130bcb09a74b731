using System;

namespace SpecClient;

/// <summary>A thread-safe source of jitter: no lock, no shared mutable state between threads.</summary>
internal static class SharedRandom
{
#if NET8_0_OR_GREATER
    public static double NextDouble() => Random.Shared.NextDouble();
#else
    [ThreadStatic]
    private static Random? t_random;

    public static double NextDouble() => (t_random ??= new Random(Guid.NewGuid().GetHashCode())).NextDouble();
#endif
}

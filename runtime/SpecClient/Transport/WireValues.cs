using System;
using System.Globalization;
using System.Reflection;
using System.Threading;

namespace SpecClient;

/// <summary>Values both signature versions put on the wire in the same form.</summary>
internal static class WireValues
{
    /// <summary>Identifies the runtime to the service; not signed.</summary>
    public static readonly string UserAgent = "SpecClient/" + (typeof(WireValues).Assembly.GetName().Version?.ToString(3) ?? "0");

    // The last timestamp made, with its second: calls within the same second share it instead of formatting it
    // again (about 1 µs). Immutable, so a thread reads a matching pair or none.
    private static Tuple<long, string>? s_last;

    /// <summary>UTC, ISO 8601, whole seconds: <c>2024-01-02T03:04:05Z</c>, whatever the machine's culture.</summary>
    public static string Timestamp(DateTimeOffset now)
    {
        long second = now.UtcTicks / TimeSpan.TicksPerSecond;
        Tuple<long, string>? last = Volatile.Read(ref s_last);
        if (last is not null && last.Item1 == second)
        {
            return last.Item2;
        }

        string text = now.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
        Volatile.Write(ref s_last, Tuple.Create(second, text));
        return text;
    }
}

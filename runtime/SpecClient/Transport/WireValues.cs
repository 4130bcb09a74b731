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

    // The last timestamp made: calls within the same second share it instead of formatting it again (about 1 µs).
    private static FormattedSecond? s_last;

    /// <summary>UTC, ISO 8601, whole seconds: <c>2024-01-02T03:04:05Z</c>, whatever the machine's culture.</summary>
    public static string Timestamp(DateTimeOffset now)
    {
        long second = now.UtcTicks / TimeSpan.TicksPerSecond;
        FormattedSecond? last = Volatile.Read(ref s_last);
        if (last is not null && last.Second == second)
        {
            return last.Text;
        }

        string text = now.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
        Volatile.Write(ref s_last, new FormattedSecond(second, text));
        return text;
    }

    // Immutable, so a thread reads a matching pair or none: the second and its text are swapped together.
    private sealed class FormattedSecond
    {
        public FormattedSecond(long second, string text)
        {
            Second = second;
            Text = text;
        }

        public long Second { get; }

        public string Text { get; }
    }
}

using System;
using System.Globalization;
using System.Reflection;

namespace SpecClient;

/// <summary>Values both signature versions put on the wire in the same form.</summary>
internal static class WireValues
{
    /// <summary>Identifies the runtime to the service; not signed.</summary>
    public static readonly string UserAgent = "SpecClient/" + (typeof(WireValues).Assembly.GetName().Version?.ToString(3) ?? "0");

    /// <summary>UTC, ISO 8601, whole seconds: <c>2024-01-02T03:04:05Z</c>, whatever the machine's culture.</summary>
    public static string Timestamp(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
}

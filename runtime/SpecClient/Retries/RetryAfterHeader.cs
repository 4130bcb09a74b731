using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;

namespace SpecClient;

/// <summary>The wait a response asks for: <c>x-acs-retry-after</c> or <c>Retry-After</c>.</summary>
internal static class RetryAfterHeader
{
    public const string AcsName = "x-acs-retry-after";

    // Anything longer is not a wait but a broken header; it still means "not now", so it stays a long wait.
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    /// <summary>
    /// <c>x-acs-retry-after</c> first, read as seconds (fractions allowed) like <c>Retry-After</c>. Seconds is the
    /// safe reading of an unknown unit: misreading milliseconds as seconds only makes the client wait (or give up),
    /// the other way round would hammer the service. Then <c>Retry-After</c> as seconds or an HTTP date, measured
    /// from the response's own <c>Date</c> when it has one, so a skewed local clock does not matter.
    /// </summary>
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.TryGetValues(AcsName, out IEnumerable<string>? values))
        {
            foreach (string value in values)
            {
                if (double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
                    && !double.IsNaN(seconds))
                {
                    return seconds <= 0 ? TimeSpan.Zero
                        : seconds >= Longest.TotalSeconds ? Longest
                        : TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
                }
            }
        }

        RetryConditionHeaderValue? retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return Clamp(delta);
        }

        if (retryAfter?.Date is { } date)
        {
            DateTimeOffset reference = response.Headers.Date ?? now;
            return Clamp(date - reference);
        }

        return null;
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > Longest ? Longest : wait;
}

namespace SpecClient.Tests.Transport;

/// <summary>The wire timestamp is formatted once per second and reused; it must still follow every change of second.</summary>
public sealed class TimestampCacheTests
{
    [Fact]
    public void Each_second_gets_its_own_text()
    {
        var start = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);

        string first = WireValues.Timestamp(start);
        Assert.Equal("2024-01-02T03:04:05Z", first);
        // Equal, not Same: other tests running in parallel share the cache.
        Assert.Equal(first, WireValues.Timestamp(start.AddMilliseconds(999)));

        // Another offset, the same instant: the same UTC second.
        Assert.Equal("2024-01-02T03:04:05Z", WireValues.Timestamp(start.ToOffset(TimeSpan.FromHours(8)).AddMilliseconds(500)));
        Assert.Equal("2024-01-02T03:04:06Z", WireValues.Timestamp(start.AddSeconds(1)));

        // Back to an earlier second (a test clock, or the system clock stepping back): formatted again, not reused.
        Assert.Equal("2024-01-02T03:04:05Z", WireValues.Timestamp(start));
        Assert.Equal("2023-12-31T23:59:59Z", WireValues.Timestamp(start.AddDays(-1).AddHours(-3).AddMinutes(-4).AddSeconds(-6)));
    }
}

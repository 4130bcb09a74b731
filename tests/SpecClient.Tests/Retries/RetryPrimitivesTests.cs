using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace SpecClient.Tests.Retries;

/// <summary>The backoff formula, the budget bucket and the Retry-After headers, without any network.</summary>
public sealed class RetryPrimitivesTests
{
    [Theory]
    [InlineData(1, 0.0, 0)]
    [InlineData(1, 0.5, 100)]
    [InlineData(2, 0.5, 200)]
    [InlineData(3, 0.5, 400)]
    [InlineData(3, 0.999, 799.2)]
    [InlineData(10, 1.0, 5000)]
    [InlineData(1000, 1.0, 5000)]
    [InlineData(int.MaxValue, 0.5, 2500)]
    public void Full_jitter_is_a_random_share_of_the_capped_exponential(int retry, double random, double expectedMs)
    {
        TimeSpan delay = Backoff.FullJitter(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5), retry, random);
        Assert.Equal(expectedMs, delay.TotalMilliseconds, 3);
    }

    [Fact]
    public void Real_jitter_stays_within_the_bounds_and_spreads()
    {
        var seen = new HashSet<long>();
        for (int i = 0; i < 1000; i++)
        {
            TimeSpan delay = Backoff.FullJitter(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), 3, SharedRandom.NextDouble());
            Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromMilliseconds(400));
            seen.Add(delay.Ticks);
        }

        Assert.True(seen.Count > 500, "only " + seen.Count + " distinct delays");
    }

    [Fact]
    public void The_budget_pays_while_it_can_and_refills_up_to_its_capacity()
    {
        var budget = new RetryBudget(12);

        Assert.True(budget.TryAcquire(5));
        Assert.True(budget.TryAcquire(5));
        Assert.False(budget.TryAcquire(5));
        Assert.Equal(2, budget.Available);
        Assert.True(budget.TryAcquire(0));

        budget.Release(3);
        Assert.True(budget.TryAcquire(5));
        budget.Release(int.MaxValue);
        Assert.Equal(12, budget.Available);
        budget.Release(-4);
        Assert.Equal(12, budget.Available);
    }

    [Fact]
    public async Task The_budget_never_goes_negative_under_contention()
    {
        var budget = new RetryBudget(1000);
        int granted = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (int i = 0; i < 10_000; i++)
            {
                if (budget.TryAcquire(3))
                {
                    Interlocked.Increment(ref granted);
                }
            }
        })));

        Assert.Equal(333, granted);
        Assert.Equal(1, budget.Available);
    }

    [Theory]
    [InlineData("x-acs-retry-after", "2", 2000)]
    [InlineData("x-acs-retry-after", " 0.25 ", 250)]
    [InlineData("x-acs-retry-after", "-3", 0)]
    [InlineData("x-acs-retry-after", "1e9", 86_400_000)]
    [InlineData("Retry-After", "7", 7000)]
    [InlineData("Retry-After", "0", 0)]
    public void Retry_after_headers_are_read_as_seconds(string header, string value, double expectedMs)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation(header, value);

        Assert.Equal(expectedMs, RetryAfterHeader.Read(response, DateTimeOffset.UtcNow)!.Value.TotalMilliseconds, 3);
    }

    [Fact]
    public void The_Alibaba_header_wins_over_the_standard_one()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Retry-After", "9");
        response.Headers.TryAddWithoutValidation("x-acs-retry-after", "1");

        Assert.Equal(TimeSpan.FromSeconds(1), RetryAfterHeader.Read(response, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void A_Retry_After_date_counts_from_the_response_Date_or_else_the_clock()
    {
        var now = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(30));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfterHeader.Read(response, now));
        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Read(response, now.AddMinutes(5)));

        response.Headers.Date = now.AddSeconds(10);
        Assert.Equal(TimeSpan.FromSeconds(20), RetryAfterHeader.Read(response, now.AddYears(-3)));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("x-acs-retry-after", "soon")]
    [InlineData("Retry-After", "soon")]
    public void No_usable_header_is_no_wait(string? header, string? value)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        if (header is not null)
        {
            response.Headers.TryAddWithoutValidation(header, value);
        }

        Assert.Null(RetryAfterHeader.Read(response, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void Invariant_parsing_of_fractional_seconds_under_a_comma_culture()
    {
        CultureInfo original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            response.Headers.TryAddWithoutValidation("x-acs-retry-after", "1.5");
            Assert.Equal(TimeSpan.FromSeconds(1.5), RetryAfterHeader.Read(response, DateTimeOffset.UtcNow));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}

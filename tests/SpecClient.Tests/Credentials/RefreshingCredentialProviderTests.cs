namespace SpecClient.Tests.Credentials;

public sealed class RefreshingCredentialProviderTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_credential_is_fetched_once_and_served_from_the_cache_until_it_is_due()
    {
        var clock = new FakeClock(Start);
        var source = new CountingProvider(clock, TimeSpan.FromHours(1));

        AccessKeyCredential first = await source.GetCredentialAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(54));
        AccessKeyCredential again = await source.GetCredentialAsync(CancellationToken.None);

        Assert.Same(first, again);
        Assert.Equal(1, source.Fetches);
    }

    [Fact]
    public async Task It_refreshes_in_the_last_tenth_of_the_lifetime_at_most_five_minutes_before_expiry()
    {
        var clock = new FakeClock(Start);
        var hour = new CountingProvider(clock, TimeSpan.FromHours(1));
        await hour.GetCredentialAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(55) - TimeSpan.FromSeconds(1));
        await hour.GetCredentialAsync(CancellationToken.None);
        Assert.Equal(1, hour.Fetches);
        clock.Advance(TimeSpan.FromSeconds(1));
        AccessKeyCredential refreshed = await hour.GetCredentialAsync(CancellationToken.None);
        Assert.Equal(2, hour.Fetches);
        Assert.Equal("id-2", refreshed.AccessKeyId);

        // 15 minutes of lifetime: refreshed 90 s before expiry, not 5 minutes.
        var shortClock = new FakeClock(Start);
        var quarter = new CountingProvider(shortClock, TimeSpan.FromMinutes(15));
        await quarter.GetCredentialAsync(CancellationToken.None);
        shortClock.Advance(TimeSpan.FromMinutes(13));
        await quarter.GetCredentialAsync(CancellationToken.None);
        Assert.Equal(1, quarter.Fetches);
        shortClock.Advance(TimeSpan.FromSeconds(31));
        await quarter.GetCredentialAsync(CancellationToken.None);
        Assert.Equal(2, quarter.Fetches);
    }

    [Fact]
    public async Task Fifty_concurrent_first_calls_share_one_fetch()
    {
        var clock = new FakeClock(Start);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = new CountingProvider(clock, TimeSpan.FromHours(1)) { Gate = gate.Task };

        Task<AccessKeyCredential>[] calls = Enumerable.Range(0, 50)
            .Select(_ => Task.Run(() => source.GetCredentialAsync(CancellationToken.None).AsTask()))
            .ToArray();
        await Task.Delay(50);
        gate.SetResult();
        AccessKeyCredential[] results = await Task.WhenAll(calls);

        Assert.Equal(1, source.Fetches);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task While_a_valid_credential_is_refreshed_other_callers_get_it_without_waiting()
    {
        var clock = new FakeClock(Start);
        var source = new CountingProvider(clock, TimeSpan.FromHours(1));
        AccessKeyCredential old = await source.GetCredentialAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(56));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Gate = gate.Task;

        Task<AccessKeyCredential> refreshing = source.GetCredentialAsync(CancellationToken.None).AsTask();
        AccessKeyCredential[] meanwhile = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => source.GetCredentialAsync(CancellationToken.None).AsTask()));
        Assert.False(refreshing.IsCompleted);
        gate.SetResult();
        AccessKeyCredential fresh = await refreshing;

        Assert.All(meanwhile, c => Assert.Same(old, c));
        Assert.Equal("id-2", fresh.AccessKeyId);
        Assert.Equal(2, source.Fetches);
        Assert.Same(fresh, await source.GetCredentialAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_callers_after_expiry_wait_for_one_refresh()
    {
        var clock = new FakeClock(Start);
        var source = new CountingProvider(clock, TimeSpan.FromHours(1));
        await source.GetCredentialAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(2));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Gate = gate.Task;

        Task<AccessKeyCredential>[] calls = Enumerable.Range(0, 50).Select(_ => Task.Run(() => source.GetCredentialAsync(CancellationToken.None).AsTask())).ToArray();
        await Task.Delay(50);
        Assert.DoesNotContain(calls, c => c.IsCompleted);
        gate.SetResult();
        AccessKeyCredential[] results = await Task.WhenAll(calls);

        Assert.Equal(2, source.Fetches);
        Assert.All(results, r => Assert.Equal("id-2", r.AccessKeyId));
    }

    [Fact]
    public async Task A_failed_refresh_keeps_serving_the_valid_credential_and_fails_only_once_it_has_expired()
    {
        var clock = new FakeClock(Start);
        var source = new CountingProvider(clock, TimeSpan.FromHours(1));
        AccessKeyCredential old = await source.GetCredentialAsync(CancellationToken.None);
        source.Failure = new CredentialsException("STS is down");

        clock.Advance(TimeSpan.FromMinutes(57));
        Assert.Same(old, await source.GetCredentialAsync(CancellationToken.None));
        Assert.Equal(2, source.Fetches);

        // The next attempt waits a few seconds rather than hammering a failing source.
        Assert.Same(old, await source.GetCredentialAsync(CancellationToken.None));
        Assert.Equal(2, source.Fetches);
        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Same(old, await source.GetCredentialAsync(CancellationToken.None));
        Assert.Equal(3, source.Fetches);

        clock.Advance(TimeSpan.FromMinutes(3));
        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => source.GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Equal("STS is down", e.Message);

        source.Failure = null;
        Assert.NotSame(old, await source.GetCredentialAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_credential_that_arrives_expired_is_an_error_that_points_at_the_clock()
    {
        var clock = new FakeClock(Start);
        var source = new CountingProvider(clock, TimeSpan.FromHours(-1));

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => source.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("already expired", e.Message);
        Assert.Contains("clock", e.Message);
    }

    [Fact]
    public async Task A_credential_without_expiration_is_kept_for_good()
    {
        var clock = new FakeClock(Start);
        var source = new CountingProvider(clock, null);

        await source.GetCredentialAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(365));
        await source.GetCredentialAsync(CancellationToken.None);

        Assert.Equal(1, source.Fetches);
    }

    [Fact]
    public async Task A_canceled_waiter_leaves_and_the_fetch_still_serves_the_others()
    {
        var clock = new FakeClock(Start);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = new CountingProvider(clock, TimeSpan.FromHours(1)) { Gate = gate.Task };
        using var cancel = new CancellationTokenSource();

        Task<AccessKeyCredential> first = source.GetCredentialAsync(CancellationToken.None).AsTask();
        Task<AccessKeyCredential> waiter = source.GetCredentialAsync(cancel.Token).AsTask();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        gate.SetResult();

        Assert.Equal("id-1", (await first).AccessKeyId);
        Assert.Equal(1, source.Fetches);
    }

    /// <summary>Hands out id-1, id-2 ... each valid for the given lifetime from the clock's now.</summary>
    private sealed class CountingProvider : RefreshingCredentialProvider
    {
        private readonly FakeClock _clock;
        private readonly TimeSpan? _lifetime;
        private int _fetches;

        public CountingProvider(FakeClock clock, TimeSpan? lifetime)
            : base(clock.Func)
        {
            _clock = clock;
            _lifetime = lifetime;
        }

        public int Fetches => Volatile.Read(ref _fetches);

        public Task? Gate { get; set; }

        public Exception? Failure { get; set; }

        protected override async Task<AccessKeyCredential> FetchAsync(CancellationToken cancellationToken)
        {
            int n = Interlocked.Increment(ref _fetches);
            if (Gate is { } gate)
            {
                await gate.WaitAsync(cancellationToken);
            }

            if (Failure is { } failure)
            {
                throw failure;
            }

            return new AccessKeyCredential("id-" + n, "secret", "token", _lifetime is { } life ? _clock.Now + life : null);
        }
    }
}

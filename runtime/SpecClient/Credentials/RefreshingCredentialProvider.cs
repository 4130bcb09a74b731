using System;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// Caches the temporary credential of a source (STS, the ECS metadata service, a credentials URI) and fetches a
/// new one before it expires. Derive from it and implement <see cref="FetchAsync"/>.
/// </summary>
/// <remarks>
/// <para>
/// A credential is refreshed when less than a tenth of its lifetime, at most 5 minutes and at least 10 seconds, is
/// left; it is no longer handed out in its last 10 seconds. A credential without <see cref="AccessKeyCredential.Expiration"/>
/// is kept for good.
/// </para>
/// <para>
/// Concurrent callers share one fetch (single flight, waiting asynchronously: no thread is blocked). While a
/// still-valid credential is being refreshed, other callers get it at once instead of waiting. If a refresh fails
/// while the cached credential is still valid, the cached one is served and the next attempt waits a few seconds;
/// only when nothing valid is left does the failure reach the caller.
/// </para>
/// </remarks>
public abstract class RefreshingCredentialProvider : ICredentialProvider
{
    /// <summary>The longest time before expiry a credential is refreshed.</summary>
    private static readonly TimeSpan MaxRefreshWindow = TimeSpan.FromMinutes(5);

    /// <summary>A credential this close to its expiry is not used for a request that may take a moment.</summary>
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromSeconds(10);

    /// <summary>After a failed early refresh, the cached credential is served this long before the next try.</summary>
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Func<DateTimeOffset> _clock;

    // Replaced whole (never mutated), so the lock-free fast path reads a consistent entry.
    private volatile Entry? _cached;
    private DateTimeOffset _nextAttempt;

    /// <summary>Creates a provider on the system clock.</summary>
    protected RefreshingCredentialProvider()
        : this(null)
    {
    }

    /// <summary>Creates a provider on the given clock (for tests), or on the system clock when null.</summary>
    /// <param name="clock">Returns the current time.</param>
    protected RefreshingCredentialProvider(Func<DateTimeOffset>? clock)
    {
        _clock = clock ?? (static () => DateTimeOffset.UtcNow);
    }

    /// <summary>Returns the cached credential, fetching a new one first when it is due.</summary>
    /// <param name="cancellationToken">Cancels waiting and fetching.</param>
    /// <returns>A credential that is valid for at least a few more seconds.</returns>
    /// <exception cref="CredentialsException">No valid credential is cached and fetching one failed.</exception>
    public ValueTask<AccessKeyCredential> GetCredentialAsync(CancellationToken cancellationToken)
    {
        Entry? cached = _cached;
        if (cached is not null && _clock() < cached.RefreshAt)
        {
            return new ValueTask<AccessKeyCredential>(cached.Credential);
        }

        return new ValueTask<AccessKeyCredential>(RefreshAsync(cancellationToken));
    }

    /// <summary>Fetches a new credential from the source, with its <see cref="AccessKeyCredential.Expiration"/>.</summary>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The new credential.</returns>
    /// <remarks>Never called concurrently with itself. Exceptions should be <see cref="CredentialsException"/> and hold no secret.</remarks>
    protected abstract Task<AccessKeyCredential> FetchAsync(CancellationToken cancellationToken);

    private async Task<AccessKeyCredential> RefreshAsync(CancellationToken cancellationToken)
    {
        Entry? cached = _cached;
        bool stillValid = cached is not null && _clock() < cached.UsableUntil;
        if (stillValid)
        {
            // Someone is already refreshing: serve the valid credential rather than wait.
            if (!_gate.Wait(0))
            {
                return cached!.Credential;
            }
        }
        else
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            cached = _cached;
            DateTimeOffset now = _clock();
            if (cached is not null && now < cached.RefreshAt)
            {
                return cached.Credential;
            }

            stillValid = cached is not null && now < cached.UsableUntil;
            if (stillValid && now < _nextAttempt)
            {
                return cached!.Credential;
            }

            AccessKeyCredential fresh;
            try
            {
                fresh = await FetchAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (stillValid && !cancellationToken.IsCancellationRequested)
            {
                _nextAttempt = now + RetryAfterFailure;
                return cached!.Credential;
            }

            if (fresh is null)
            {
                throw new CredentialsException(GetType().Name + " fetched no credential.");
            }

            var entry = new Entry(fresh, _clock());
            if (entry.UsableUntil <= _clock())
            {
                // Serving it would only move the failure to the service; a wrong system clock is the usual cause.
                throw new CredentialsException(
                    GetType().Name + " fetched a credential that has already expired (Expiration "
                    + CredentialText.Timestamp(fresh.Expiration!.Value) + ", now " + CredentialText.Timestamp(_clock()) + "). Check the system clock.");
            }

            _cached = entry;
            return fresh;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A credential and the times, computed once, when it is due for refresh and when it stops being handed out.</summary>
    private sealed class Entry
    {
        public Entry(AccessKeyCredential credential, DateTimeOffset fetchedAt)
        {
            Credential = credential;
            if (credential.Expiration is not { } expiration)
            {
                RefreshAt = UsableUntil = DateTimeOffset.MaxValue;
                return;
            }

            TimeSpan lifetime = expiration - fetchedAt;
            TimeSpan window = TimeSpan.FromTicks(Math.Min(MaxRefreshWindow.Ticks, Math.Max(ExpiryMargin.Ticks, lifetime.Ticks / 10)));
            RefreshAt = expiration - window;
            UsableUntil = expiration - ExpiryMargin;
        }

        public AccessKeyCredential Credential { get; }

        public DateTimeOffset RefreshAt { get; }

        public DateTimeOffset UsableUntil { get; }
    }
}

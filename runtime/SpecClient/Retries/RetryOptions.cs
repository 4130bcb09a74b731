using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// When and how a call is sent again. Retries are on by default; <see cref="None"/> (or
/// <see cref="MaxAttempts"/> = 1) turns them off.
/// </summary>
/// <remarks>
/// <para>What is retried:</para>
/// <list type="bullet">
/// <item>Throttling (a code in <see cref="ThrottlingErrorCodes"/>, status 429 or 503) and a connection that
/// failed before any byte of the request was sent (refused, name not resolved, connect timeout): always, for
/// every operation, because the service did not act on the request.</item>
/// <item>Other 5xx answers, a per-attempt timeout (<see cref="AttemptTimeout"/>) and a connection lost after
/// the request was sent: only for read operations (<see cref="OperationDescriptor.IsReadOnly"/>), unless
/// <see cref="RetryNonIdempotentOnServerErrors"/> is set. A write the service may have carried out is never sent
/// twice by default.</item>
/// <item>Nothing else: 4xx answers, unreadable 2xx bodies, the whole-call <see cref="SpecClientOptions.Timeout"/>
/// and the caller's cancellation end the call at once.</item>
/// </list>
/// <para>
/// Waits use exponential backoff with full jitter: before retry <c>n</c> the transport waits a random time
/// between zero and <c>min(MaxDelay, base * 2^(n-1))</c>, where base is <see cref="ThrottlingBaseDelay"/> after
/// throttling and <see cref="BaseDelay"/> otherwise; never less than the service's <c>Retry-After</c> or
/// <c>x-acs-retry-after</c>. A wait longer than <see cref="MaxDelay"/>, or one that would outlast the call's
/// timeout, is not taken: the call fails with the last error instead. Waiting never blocks a thread.
/// </para>
/// <para>
/// The retry budget is a token bucket per client (transport): it starts with <see cref="BudgetCapacity"/>
/// tokens, each retry takes <see cref="BudgetRetryCost"/> (<see cref="BudgetTimeoutRetryCost"/> after a timeout or a
/// connection failure, which cost the caller more time), and each successful call puts back <see cref="BudgetSuccessRefill"/>. While the bucket cannot
/// pay for a retry, failures surface at once: a service that keeps failing sees about one request per call, not
/// <see cref="MaxAttempts"/>, until successes refill it.
/// </para>
/// </remarks>
public sealed class RetryOptions
{
    /// <summary>The error codes that mean "slow down" by default.</summary>
    public static IReadOnlyList<string> DefaultThrottlingErrorCodes { get; } =
        new[] { "Throttling", "Throttling.User", "Throttling.Api", "ServiceUnavailable" };

    /// <summary>No retries: every call is sent once.</summary>
    public static RetryOptions None => new() { MaxAttempts = 1 };

    /// <summary>How many times a call is sent at most, the first time included. Default 3; 1 turns retries off.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The base of the exponential backoff after a server error or a connection failure. Default 200 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The base of the exponential backoff after throttling. Default 1 s.</summary>
    public TimeSpan ThrottlingBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait between two attempts. Default 20 s. A <c>Retry-After</c> longer than this is not
    /// waited for: the call throws <see cref="ThrottlingException"/> with <see cref="ThrottlingException.RetryAfter"/>.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The time limit of one attempt, so that a slow answer to a read operation can be retried within the
    /// call's <see cref="SpecClientOptions.Timeout"/>. Null (the default) sets no per-attempt limit.
    /// </summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>
    /// Also retry operations that change something (<see cref="OperationDescriptor.IsReadOnly"/> false) after a
    /// 5xx, a per-attempt timeout or a connection lost after sending. Off by default: the service may have carried
    /// out the first request. Turn it on only for operations that are idempotent (for example ones that take a
    /// <c>ClientToken</c>).
    /// </summary>
    public bool RetryNonIdempotentOnServerErrors { get; set; }

    /// <summary>
    /// The error codes treated as throttling (compared ignoring case), in addition to the statuses 429 and 503.
    /// Defaults to <see cref="DefaultThrottlingErrorCodes"/>.
    /// </summary>
    public IList<string> ThrottlingErrorCodes { get; set; } = new List<string>(DefaultThrottlingErrorCodes);

    /// <summary>The tokens of the retry budget when full, and at the start. Default 500.</summary>
    public int BudgetCapacity { get; set; } = 500;

    /// <summary>The tokens a retry after an error answer costs. Default 5; 0 turns the budget off.</summary>
    public int BudgetRetryCost { get; set; } = 5;

    /// <summary>The tokens a retry after a timeout or a connection failure (before or after sending) costs. Default 10.</summary>
    public int BudgetTimeoutRetryCost { get; set; } = 10;

    /// <summary>The tokens a successful call puts back, up to <see cref="BudgetCapacity"/>. Default 1.</summary>
    public int BudgetSuccessRefill { get; set; } = 1;

    /// <summary>Waits between attempts. Tests set it; null is <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</summary>
    internal Func<TimeSpan, CancellationToken, Task>? Delay { get; set; }

    /// <summary>A random number in [0, 1) for the jitter. Tests set it; null is a shared random source.</summary>
    internal Func<double>? Random { get; set; }
}

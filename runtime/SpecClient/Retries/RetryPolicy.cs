using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// A transport's snapshot of <see cref="RetryOptions"/>, validated, plus its retry budget: the one place that
/// decides whether a failed attempt is sent again and after how long.
/// </summary>
internal sealed class RetryPolicy
{
    private static readonly Func<TimeSpan, CancellationToken, Task> s_delay = static (delay, token) => Task.Delay(delay, token);
    private static readonly Func<double> s_random = SharedRandom.NextDouble;

    private readonly HashSet<string> _throttlingCodes;
    private readonly Func<double> _random;

    private RetryPolicy(RetryOptions options)
    {
        MaxAttempts = options.MaxAttempts;
        BaseDelay = options.BaseDelay;
        ThrottlingBaseDelay = options.ThrottlingBaseDelay;
        MaxDelay = options.MaxDelay;
        AttemptTimeout = options.AttemptTimeout;
        RetryNonIdempotent = options.RetryNonIdempotentOnServerErrors;
        RetryCost = options.BudgetRetryCost;
        TimeoutRetryCost = options.BudgetTimeoutRetryCost;
        SuccessRefill = options.BudgetSuccessRefill;
        Budget = new RetryBudget(options.BudgetCapacity);
        Delay = options.Delay ?? s_delay;
        _random = options.Random ?? s_random;
        _throttlingCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (options.ThrottlingErrorCodes is { } codes)
        {
            foreach (string code in codes)
            {
                if (!string.IsNullOrEmpty(code))
                {
                    _throttlingCodes.Add(code);
                }
            }
        }
    }

    public int MaxAttempts { get; }

    public TimeSpan BaseDelay { get; }

    public TimeSpan ThrottlingBaseDelay { get; }

    public TimeSpan MaxDelay { get; }

    public TimeSpan? AttemptTimeout { get; }

    public bool RetryNonIdempotent { get; }

    public int RetryCost { get; }

    public int TimeoutRetryCost { get; }

    public int SuccessRefill { get; }

    public RetryBudget Budget { get; }

    public Func<TimeSpan, CancellationToken, Task> Delay { get; }

    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static RetryPolicy From(RetryOptions? options)
    {
        options ??= new RetryOptions();
        if (options.MaxAttempts < 1)
        {
            throw Invalid("MaxAttempts must be at least 1 (1 sends each call once).");
        }

        if (options.BaseDelay < TimeSpan.Zero || options.ThrottlingBaseDelay < TimeSpan.Zero || options.MaxDelay < TimeSpan.Zero)
        {
            throw Invalid("BaseDelay, ThrottlingBaseDelay and MaxDelay must not be negative.");
        }

        if (options.AttemptTimeout is { } attempt && (attempt <= TimeSpan.Zero || attempt.TotalMilliseconds > int.MaxValue))
        {
            throw Invalid("AttemptTimeout must be positive and at most 24 days, or null.");
        }

        if (options.BudgetCapacity < 0 || options.BudgetRetryCost < 0 || options.BudgetTimeoutRetryCost < 0 || options.BudgetSuccessRefill < 0)
        {
            throw Invalid("The budget values must not be negative.");
        }

        return new RetryPolicy(options);
    }

    /// <summary>True for a throttling answer: a listed code, 429 or 503.</summary>
    public bool IsThrottling(int status, string? code) =>
        status == 429 || status == 503 || (code is not null && _throttlingCodes.Contains(code));

    /// <summary>Whether a failure of this kind may be sent again for this operation, attempts and budget aside.</summary>
    public bool MayRetry(FailureKind kind, OperationDescriptor operation)
    {
        switch (kind)
        {
            case FailureKind.Throttled:
            case FailureKind.NotSent:
                return true;
            case FailureKind.ServerError:
            case FailureKind.LostAfterSend:
            case FailureKind.AttemptTimeout:
                return operation.IsReadOnly || RetryNonIdempotent;
            default:
                return false;
        }
    }

    /// <summary>The budget tokens a retry after this kind of failure costs.</summary>
    public int Cost(FailureKind kind) =>
        kind == FailureKind.AttemptTimeout || kind == FailureKind.LostAfterSend || kind == FailureKind.NotSent ? TimeoutRetryCost : RetryCost;

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the second attempt).</summary>
    public TimeSpan NextDelay(int retry, FailureKind kind, TimeSpan? retryAfter)
    {
        TimeSpan baseDelay = kind == FailureKind.Throttled ? ThrottlingBaseDelay : BaseDelay;
        TimeSpan backoff = Backoff.FullJitter(baseDelay, MaxDelay, retry, _random());
        return retryAfter is { } asked && asked > backoff ? asked : backoff;
    }

    private static ArgumentException Invalid(string problem) => new("SpecClientOptions.Retry." + problem, "options");
}

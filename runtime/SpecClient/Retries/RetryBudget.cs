using System;
using System.Threading;

namespace SpecClient;

/// <summary>
/// A token bucket shared by every call of one transport: retries take tokens, successful calls put some back.
/// While the bucket is too low to pay for a retry, failures surface at once, so a failing service is not sent
/// <see cref="RetryOptions.MaxAttempts"/> requests for each call. Lock-free.
/// </summary>
internal sealed class RetryBudget
{
    private readonly int _capacity;
    private int _tokens;

    public RetryBudget(int capacity)
    {
        _capacity = capacity;
        _tokens = capacity;
    }

    /// <summary>The tokens left.</summary>
    public int Available => Volatile.Read(ref _tokens);

    /// <summary>Takes <paramref name="cost"/> tokens if there are that many; false (taking nothing) if not.</summary>
    public bool TryAcquire(int cost)
    {
        if (cost <= 0)
        {
            return true;
        }

        while (true)
        {
            int current = Volatile.Read(ref _tokens);
            if (current < cost)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _tokens, current - cost, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Puts back <paramref name="amount"/> tokens, never above the capacity.</summary>
    public void Release(int amount)
    {
        if (amount <= 0)
        {
            return;
        }

        while (true)
        {
            int current = Volatile.Read(ref _tokens);
            int next = (int)Math.Min(_capacity, (long)current + amount);
            if (next == current || Interlocked.CompareExchange(ref _tokens, next, current) == current)
            {
                return;
            }
        }
    }
}

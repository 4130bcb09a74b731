using System;
using System.Collections.Generic;

namespace SpecClient.Testing.Internal;

/// <summary>
/// Remembers the SignatureNonce values seen per AccessKey ID so a replay is answered <c>SignatureNonceUsed</c>.
/// A nonce only needs remembering while its request's timestamp would still be accepted, so entries older than
/// twice the allowed clock skew are dropped; a hard cap keeps memory bounded under a flood.
/// </summary>
internal sealed class NonceCache
{
    private readonly object _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();
    private readonly TimeSpan _retention;
    private readonly int _capacity;

    public NonceCache(TimeSpan retention, int capacity)
    {
        _retention = retention;
        _capacity = capacity;
    }

    /// <summary>Records the nonce; false when it was already used by this AccessKey ID.</summary>
    public bool TryUse(string accessKeyId, string nonce, DateTimeOffset now)
    {
        var key = accessKeyId + "\n" + nonce;
        lock (_gate)
        {
            while (_order.Count > 0 && (_order.Peek().At < now - _retention || _order.Count >= _capacity))
            {
                _seen.Remove(_order.Dequeue().Key);
            }

            if (!_seen.Add(key))
            {
                return false;
            }

            _order.Enqueue((key, now));
            return true;
        }
    }
}

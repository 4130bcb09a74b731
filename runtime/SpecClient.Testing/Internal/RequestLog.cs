using System.Collections.Generic;

namespace SpecClient.Testing.Internal;

/// <summary>The received requests, oldest first, capped so a long-running sample app does not grow without end.</summary>
internal sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly Queue<EmulatedRequest> _entries = new();
    private readonly int _capacity;

    public RequestLog(int capacity)
    {
        _capacity = capacity;
    }

    public void Add(EmulatedRequest request)
    {
        lock (_gate)
        {
            if (_capacity <= 0)
            {
                return;
            }

            while (_entries.Count >= _capacity)
            {
                _entries.Dequeue();
            }

            _entries.Enqueue(request);
        }
    }

    /// <summary>A copy: callers can enumerate it while requests keep arriving.</summary>
    public IReadOnlyList<EmulatedRequest> Snapshot()
    {
        lock (_gate)
        {
            return _entries.ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}

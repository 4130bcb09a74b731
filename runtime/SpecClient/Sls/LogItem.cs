using System;
using System.Collections;
using System.Collections.Generic;

namespace SpecClient.Sls;

/// <summary>
/// One log entry for Simple Log Service (<c>Log</c> in its data model): when it happened and its fields, in order.
/// A key may repeat. Collection initializers add fields:
/// <code>new LogItem(DateTimeOffset.UtcNow) { { "level", "info" }, { "message", "paid" } }</code>
/// </summary>
public sealed class LogItem : IEnumerable<KeyValuePair<string, string>>
{
    private const int NanosecondsPerTick = 100;
    private const int NanosecondsPerSecond = 1_000_000_000;

    private DateTimeOffset _time;

    // The nanoseconds below Time's 100 ns tick (0-99): what SLS's Time_ns may carry beyond a DateTimeOffset.
    private int _subTickNanoseconds;

    /// <summary>Creates an entry for <paramref name="time"/>.</summary>
    /// <param name="time">When the entry happened; sent as Unix seconds, with the fraction in nanoseconds.</param>
    public LogItem(DateTimeOffset time) => _time = time;

    /// <summary>When the entry happened, to the 100 ns tick (<see cref="TimeNanoseconds"/> has the nanoseconds); setting it clears any nanoseconds below a tick.</summary>
    public DateTimeOffset Time
    {
        get => _time;
        set
        {
            _time = value;
            _subTickNanoseconds = 0;
        }
    }

    /// <summary>
    /// The nanoseconds within <see cref="Time"/>'s second (SLS's <c>Time_ns</c>), 0 to 999,999,999, to the
    /// nanosecond: a log read from SLS keeps what its producer wrote even below the 100 ns a
    /// <see cref="DateTimeOffset"/> holds. Setting it changes <see cref="Time"/>'s fraction of a second.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or a whole second or more.</exception>
    public int TimeNanoseconds
    {
        get => (int)(_time.UtcTicks % TimeSpan.TicksPerSecond * NanosecondsPerTick) + _subTickNanoseconds;
        set
        {
            if (value < 0 || value >= NanosecondsPerSecond)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The nanoseconds within a second are 0 to 999,999,999.");
            }

            _time = _time.AddTicks(value / NanosecondsPerTick - _time.UtcTicks % TimeSpan.TicksPerSecond);
            _subTickNanoseconds = value % NanosecondsPerTick;
        }
    }

    /// <summary>The entry's fields (<c>Contents</c>: key and value). At least one is required by the service.</summary>
    public IList<KeyValuePair<string, string>> Contents { get; } = new List<KeyValuePair<string, string>>();

    /// <summary>Adds a field.</summary>
    /// <param name="key">The field's name.</param>
    /// <param name="value">The field's value.</param>
    public void Add(string key, string value) => Contents.Add(new KeyValuePair<string, string>(key, value));

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Contents.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

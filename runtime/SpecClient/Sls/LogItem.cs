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
    /// <summary>Creates an entry for <paramref name="time"/>.</summary>
    /// <param name="time">When the entry happened; sent as Unix seconds, with the fraction in nanoseconds.</param>
    public LogItem(DateTimeOffset time) => Time = time;

    /// <summary>When the entry happened.</summary>
    public DateTimeOffset Time { get; set; }

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

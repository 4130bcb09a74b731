using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SpecClient.Tests.Diagnostics;

/// <summary>Keeps every log line, with its structured fields, in memory.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogLine> Lines { get; } = new();

    public ILoggerFactory CreateFactory() => LoggerFactory.Create(builder => builder.AddProvider(this).SetMinimumLevel(LogLevel.Trace));

    public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class ListLogger(ListLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (KeyValuePair<string, object?> pair in pairs)
                {
                    fields[pair.Key] = pair.Value;
                }
            }

            owner.Lines.Enqueue(new LogLine(category, logLevel, eventId, formatter(state, exception), fields, exception));
        }
    }
}

internal sealed record LogLine(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Fields, Exception? Exception)
{
    /// <summary>Everything a log sink could write: message, every field and the exception with its inner ones.</summary>
    public string AllText => Message + " | " + string.Join(" | ", Fields.Select(f => f.Key + "=" + f.Value)) + " | " + Exception;

    public object? this[string field] => Fields.TryGetValue(field, out object? value) ? value : null;
}

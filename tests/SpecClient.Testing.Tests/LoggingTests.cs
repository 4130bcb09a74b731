using Microsoft.Extensions.Logging;
using SpecClient.Testing.Tests.Support;

namespace SpecClient.Testing.Tests;

/// <summary>The optional logger gets one line per request and never a secret or token.</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task Each_request_is_logged_without_secrets()
    {
        var logger = new ListLogger();
        var credential = new AccessKeyCredential("log-id", "log-secret", "log-token");
        await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions
        {
            Operations = DomainOperations.All,
            Credentials = new[] { credential },
            Logger = logger,
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };

        await ServiceAnswer.SendAsync(http, new RpcCall { Credential = credential }.SignV1(emulator.Endpoint, HttpMethod.Get));
        await ServiceAnswer.SendAsync(http, new RpcCall { Credential = credential, SignatureOverride = "bogus" }.SignV1(emulator.Endpoint, HttpMethod.Get));

        Assert.Equal(2, logger.Lines.Count);
        Assert.Contains("ResendEmailVerification", logger.Lines[0]);
        Assert.Contains("200", logger.Lines[0]);
        Assert.Contains("SignatureDoesNotMatch", logger.Lines[1]);
        Assert.All(logger.Lines, line => Assert.DoesNotContain("log-secret", line));
        Assert.All(logger.Lines, line => Assert.DoesNotContain("log-token", line));
    }

    private sealed class ListLogger : ILogger
    {
        private readonly object _gate = new();
        private readonly List<string> _lines = new();

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_gate)
                {
                    return _lines.ToArray();
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_gate)
            {
                _lines.Add(formatter(state, exception));
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SpecClient.Serialization;
using SpecClient.Signing;

// Sequential: the unobserved-task check is process-wide, and timing bounds mean more on a quiet machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace SpecClient.Faults.Tests;

/// <summary>
/// What every fault test checks on top of its own assertions: no task exception left unobserved, and no form of
/// the secret or the security token in any captured log line.
/// </summary>
public abstract class FaultTest : IAsyncLifetime
{
    /// <summary>xUnit's own per-test limit (honoured because tests run sequentially): nothing may hang.</summary>
    protected const int TestTimeout = 60_000;

    protected const string AccessKeyId = "LTAI-fault-test-id";
    protected const string Secret = "Fault-Secret-Never-Logged-7f3a";
    protected const string Token = "CAIS-sts/token+with=chars&more";

    protected static readonly OperationDescriptor WriteOperation = new(
        "Domain", "2018-01-29", "SaveSingleTaskForUpdateProhibitionLock", ApiStyle.Rpc, "POST", "/", Array.Empty<string>(), null, null, isReadOnly: false);

    protected static readonly OperationDescriptor ReadOperation = new(
        "Domain", "2018-01-29", "QueryDomainList", ApiStyle.Rpc, "POST", "/", Array.Empty<string>(), null, null, isReadOnly: true);

    private readonly ConcurrentQueue<Exception> _unobserved = new();
    private readonly EventHandler<UnobservedTaskExceptionEventArgs> _onUnobserved;
    private readonly ILoggerFactory _loggerFactory;

    protected FaultTest()
    {
        _onUnobserved = (_, e) => _unobserved.Enqueue(e.Exception);
        TaskScheduler.UnobservedTaskException += _onUnobserved;
        _loggerFactory = Logs.CreateFactory();
    }

    internal ListLoggerProvider Logs { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // A faulted task nobody awaited reports when it is finalized: collect until finalizers have run.
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(10);
        }

        TaskScheduler.UnobservedTaskException -= _onUnobserved;
        _loggerFactory.Dispose();
        Assert.True(_unobserved.IsEmpty, "Unobserved task exceptions:\n" + string.Join("\n", _unobserved));
        AssertNoSecretInLogs();
    }

    /// <summary>Fast retries (waits of a few ms), a 20 s call limit that no test should reach, logs captured.</summary>
    internal SpecClientOptions Options(FaultServer server, SignatureVersion version = SignatureVersion.V3) => new()
    {
        Endpoint = server.BaseUri.ToString(),
        AllowInsecureHttp = true,
        SignatureVersion = version,
        Credentials = new StaticCredentialProvider(AccessKeyId, Secret, Token),
        LoggerFactory = _loggerFactory,
        Timeout = TimeSpan.FromSeconds(20),
        Retry = new RetryOptions
        {
            BaseDelay = TimeSpan.FromMilliseconds(10),
            ThrottlingBaseDelay = TimeSpan.FromMilliseconds(20),
            MaxDelay = TimeSpan.FromSeconds(2),
        },
    };

    internal SpecClientOptions OptionsFor(Uri endpoint) => new()
    {
        Endpoint = endpoint.ToString(),
        AllowInsecureHttp = true,
        Credentials = new StaticCredentialProvider(AccessKeyId, Secret, Token),
        LoggerFactory = _loggerFactory,
        Timeout = TimeSpan.FromSeconds(20),
        Retry = new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(2) },
    };

    internal static Task<Result> Send(ApiTransport transport, OperationDescriptor operation, CancellationToken cancellationToken = default)
    {
        var request = new ApiRequest(operation);
        request.Add("DomainName", "example.com");
        return transport.SendAsync(request, Result.Read, cancellationToken);
    }

    /// <summary>Runs the call and returns what it threw (never null: the test expects a failure) and how long it took.</summary>
    internal static async Task<(TException Error, TimeSpan Elapsed)> Fails<TException>(Func<Task> call)
        where TException : Exception
    {
        var stopwatch = Stopwatch.StartNew();
        Exception? error = await Record.ExceptionAsync(call);
        stopwatch.Stop();
        Assert.NotNull(error);
        return (Assert.IsAssignableFrom<TException>(error), stopwatch.Elapsed);
    }

    internal static void AssertWithin(TimeSpan elapsed, TimeSpan limit) =>
        Assert.True(elapsed < limit, "took " + elapsed + ", expected under " + limit);

    internal static void AssertNoSecret(Exception exception) => AssertNoSecretIn(exception.ToString(), "the exception");

    internal int LogCount(string eventName) => Logs.Lines.Count(l => l.EventId.Name == eventName);

    private void AssertNoSecretInLogs()
    {
        foreach (LogLine line in Logs.Lines)
        {
            AssertNoSecretIn(line.AllText, "a log line");
        }
    }

    private static void AssertNoSecretIn(string text, string where)
    {
        string encodedToken = PercentEncoding.Encode(Token);
        foreach (string secret in new[] { Secret, Token, encodedToken, PercentEncoding.Encode(encodedToken), "Signature=" })
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), where + " holds a secret: " + text);
        }
    }

    /// <summary>A response read the way generated readers read: JsonRead primitives only.</summary>
    internal sealed record Result(string? RequestId, int? Count, IReadOnlyList<string> Items)
    {
        public static Result Read(ref Utf8JsonReader reader)
        {
            string? requestId = null;
            int? count = null;
            IReadOnlyList<string> items = Array.Empty<string>();
            if (!JsonRead.BeginObject(ref reader))
            {
                return new Result(null, null, items);
            }

            while (JsonRead.NextProperty(ref reader))
            {
                if (JsonRead.Property(ref reader, "RequestId"))
                {
                    requestId = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "Count"))
                {
                    count = JsonRead.Int32(ref reader);
                }
                else if (JsonRead.Property(ref reader, "Items"))
                {
                    items = JsonRead.List(ref reader, "Item", JsonRead.StringItem);
                }
                else
                {
                    JsonRead.SkipProperty(ref reader);
                }
            }

            return new Result(requestId, count, items);
        }
    }
}

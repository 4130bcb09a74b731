using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpecClient.DependencyInjection.Tests.Domain;
using SpecClient.Signing;
using SpecClient.Testing;

namespace SpecClient.DependencyInjection.Tests;

/// <summary>Where a registered client's credentials come from, and that none reach IHttpClientFactory's logs.</summary>
public sealed class CredentialsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;
    private readonly ApiEmulator _emulator;

    public CredentialsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _emulator = fixture.Fresh();
    }

    [Fact]
    public async Task Without_credentials_in_the_options_a_registered_ICredentialProvider_is_used()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICredentialProvider>(new StaticCredentialProvider(EmulatorFixture.SecondKey));
        services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o));
        using ServiceProvider provider = Calls.Build(services);

        await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());

        EmulatedRequest request = Assert.Single(_emulator.Requests);
        Assert.Equal((EmulatorFixture.SecondKey.AccessKeyId, 200), (request.AccessKeyId, request.StatusCode));
    }

    [Fact]
    public async Task Credentials_from_the_options_win_over_a_registered_ICredentialProvider()
    {
        IConfiguration section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["D:AccessKeyId"] = EmulatorFixture.FirstKey.AccessKeyId,
                ["D:AccessKeySecret"] = EmulatorFixture.FirstKey.AccessKeySecret,
            })
            .Build()
            .GetSection("D");
        var services = new ServiceCollection();
        services.AddSingleton<ICredentialProvider>(new StaticCredentialProvider(EmulatorFixture.SecondKey));
        services.AddSpecClient<IDomainClient, DomainClient>(section, o => Target(o));
        using ServiceProvider provider = Calls.Build(services);

        await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());

        Assert.Equal(EmulatorFixture.FirstKey.AccessKeyId, Assert.Single(_emulator.Requests).AccessKeyId);
    }

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task IHttpClientFactory_logging_at_trace_never_writes_the_secret_token_or_signature(SignatureVersion version)
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        // Even an app that shows header values for its other clients gets none of a SpecClient's.
        services.ConfigureHttpClientDefaults(b => b.RedactLoggedHeaders(_ => false));
        services.AddSpecClient<IDomainClient, DomainClient>(o =>
        {
            Target(o);
            o.SignatureVersion = version;
            o.Credentials = new StaticCredentialProvider(EmulatorFixture.StsKey);
        });
        using ServiceProvider provider = Calls.Build(services);

        await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());

        Assert.Equal(200, Assert.Single(_emulator.Requests).StatusCode);
        string all = string.Join("\n", logs.Lines);
        Assert.Contains("System.Net.Http.HttpClient." + typeof(IDomainClient).FullName, all);
        Assert.DoesNotContain(EmulatorFixture.StsKey.AccessKeySecret, all);
        Assert.DoesNotContain(EmulatorFixture.StsKey.SecurityToken!, all);
        Assert.DoesNotContain("ACS3-HMAC-SHA256 Credential", all);
        if (version == SignatureVersion.V3)
        {
            // The header lines are written, with the values redacted.
            Assert.Contains("Authorization: *", all);
            Assert.Contains("x-acs-security-token: *", all);
        }
    }

    private SpecClientOptions Target(SpecClientOptions options)
    {
        options.Endpoint = _fixture.Endpoint;
        options.AllowInsecureHttp = true;
        return options;
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(category + " " + logLevel + ": " + formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
        }
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpecClient.DependencyInjection.Tests.Domain;
using SpecClient.Signing;
using SpecClient.Testing;

namespace SpecClient.DependencyInjection.Tests;

/// <summary>Options from an IConfiguration section: registered clients over loopback HTTP, and reloads.</summary>
public sealed class ConfigurationTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;
    private readonly ApiEmulator _emulator;

    public ConfigurationTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _emulator = fixture.Fresh();
    }

    [Fact]
    public async Task Options_and_credentials_come_from_an_in_memory_section()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["SpecClient:Domain:Endpoint"] = _fixture.Endpoint,
                ["SpecClient:Domain:AllowInsecureHttp"] = "true",
                ["SpecClient:Domain:SignatureVersion"] = "V1",
                ["SpecClient:Domain:Timeout"] = "00:00:20",
                ["SpecClient:Domain:AccessKeyId"] = EmulatorFixture.SecondKey.AccessKeyId,
                ["SpecClient:Domain:AccessKeySecret"] = EmulatorFixture.SecondKey.AccessKeySecret,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(configuration.GetSection("SpecClient:Domain"));
        using ServiceProvider provider = Calls.Build(services);

        ResendEmailVerificationResponse response = await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());

        Assert.Equal("0EA54E99-DB48-4CE3-A099-6ED8E451B8AC", response.RequestId);
        EmulatedRequest request = Assert.Single(_emulator.Requests);
        Assert.Equal(200, request.StatusCode);
        Assert.Equal(SignatureVersion.V1, request.SignatureVersion);
        Assert.Equal(EmulatorFixture.SecondKey.AccessKeyId, request.AccessKeyId);
        SpecClientOptions options = provider.GetRequiredService<IOptionsMonitor<SpecClientOptions>>().Get(typeof(IDomainClient).FullName);
        Assert.Equal(TimeSpan.FromSeconds(20), options.Timeout);
    }

    [Fact]
    public async Task The_configure_callback_runs_after_the_section()
    {
        IConfiguration configuration = Section(new()
        {
            ["Endpoint"] = _fixture.Endpoint,
            ["AllowInsecureHttp"] = "true",
            ["SignatureVersion"] = "V1",
        });
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(configuration, o =>
        {
            o.SignatureVersion = SignatureVersion.V3;
            o.Credentials = new StaticCredentialProvider(EmulatorFixture.FirstKey);
        });
        using ServiceProvider provider = Calls.Build(services);

        await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());

        EmulatedRequest request = Assert.Single(_emulator.Requests);
        Assert.Equal(SignatureVersion.V3, request.SignatureVersion);
        Assert.Equal(EmulatorFixture.FirstKey.AccessKeyId, request.AccessKeyId);
    }

    [Fact]
    public async Task A_reloaded_configuration_reaches_clients_created_afterwards()
    {
        IConfigurationRoot root = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Domain:Endpoint"] = _fixture.Endpoint,
                ["Domain:AllowInsecureHttp"] = "true",
                ["Domain:SignatureVersion"] = "V3",
                ["Domain:AccessKeyId"] = EmulatorFixture.FirstKey.AccessKeyId,
                ["Domain:AccessKeySecret"] = EmulatorFixture.FirstKey.AccessKeySecret,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(root.GetSection("Domain"));
        using ServiceProvider provider = Calls.Build(services);
        IDomainClient before = provider.GetRequiredService<IDomainClient>();

        root["Domain:SignatureVersion"] = "V1";
        root["Domain:AccessKeyId"] = EmulatorFixture.SecondKey.AccessKeyId;
        root["Domain:AccessKeySecret"] = EmulatorFixture.SecondKey.AccessKeySecret;
        root.Reload();
        IDomainClient after = provider.GetRequiredService<IDomainClient>();
        await Calls.ResendAsync(before);
        await Calls.ResendAsync(after);

        // A client keeps the snapshot it was created with; the next one sees the new values.
        Assert.Collection(
            _emulator.Requests,
            r => Assert.Equal((SignatureVersion.V3, EmulatorFixture.FirstKey.AccessKeyId, 200), (r.SignatureVersion, r.AccessKeyId, r.StatusCode)),
            r => Assert.Equal((SignatureVersion.V1, EmulatorFixture.SecondKey.AccessKeyId, 200), (r.SignatureVersion, r.AccessKeyId, r.StatusCode)));
    }

    [Fact]
    public void An_unreadable_value_fails_when_the_client_is_resolved_naming_the_key()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["SpecClient:Domain:SignatureVersion"] = "V2" })
            .Build();
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(configuration.GetSection("SpecClient:Domain"));
        using ServiceProvider provider = Calls.Build(services);

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IDomainClient>());
        Assert.Equal("The configuration value SpecClient:Domain:SignatureVersion = 'V2' is not V1 or V3.", error.Message);
    }

    [Fact]
    public void A_missing_section_leaves_the_defaults()
    {
        IConfiguration configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(configuration.GetSection("SpecClient:Domain"));
        using ServiceProvider provider = Calls.Build(services);

        SpecClientOptions options = provider.GetRequiredService<IOptionsMonitor<SpecClientOptions>>().Get(typeof(IDomainClient).FullName);
        AssertDefaults(options);
    }

    internal static void AssertDefaults(SpecClientOptions options)
    {
        var defaults = new SpecClientOptions();
        Assert.Null(options.Endpoint);
        Assert.Null(options.RegionId);
        Assert.False(options.AllowInsecureHttp);
        Assert.Equal(defaults.SignatureVersion, options.SignatureVersion);
        Assert.Equal(defaults.Timeout, options.Timeout);
        Assert.Equal(defaults.MaxResponseBytes, options.MaxResponseBytes);
        Assert.Null(options.Credentials);
    }

    private static IConfiguration Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(p => "Client:" + p.Key, p => p.Value))
            .Build()
            .GetSection("Client");
}

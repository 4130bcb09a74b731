using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpecClient.DependencyInjection.Tests.Domain;
using SpecClient.DependencyInjection.Tests.DomainIntl;
using SpecClient.Signing;
using SpecClient.Testing;

namespace SpecClient.DependencyInjection.Tests;

/// <summary>Several clients in one container, each with its own named options.</summary>
public sealed class MultipleClientsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;
    private readonly ApiEmulator _emulator;

    public MultipleClientsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _emulator = fixture.Fresh();
    }

    [Fact]
    public async Task Two_client_types_keep_their_own_options_from_their_own_sections()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["SpecClient:Domain:Endpoint"] = _fixture.Endpoint,
                ["SpecClient:Domain:AllowInsecureHttp"] = "true",
                ["SpecClient:Domain:SignatureVersion"] = "V3",
                ["SpecClient:Domain:AccessKeyId"] = EmulatorFixture.FirstKey.AccessKeyId,
                ["SpecClient:Domain:AccessKeySecret"] = EmulatorFixture.FirstKey.AccessKeySecret,
                ["SpecClient:DomainIntl:Endpoint"] = _fixture.Endpoint,
                ["SpecClient:DomainIntl:AllowInsecureHttp"] = "true",
                ["SpecClient:DomainIntl:SignatureVersion"] = "V1",
                ["SpecClient:DomainIntl:AccessKeyId"] = EmulatorFixture.SecondKey.AccessKeyId,
                ["SpecClient:DomainIntl:AccessKeySecret"] = EmulatorFixture.SecondKey.AccessKeySecret,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(configuration.GetSection("SpecClient:Domain"));
        services.AddSpecClient<IDomainIntlClient, DomainIntlClient>(configuration.GetSection("SpecClient:DomainIntl"));
        using ServiceProvider provider = Calls.Build(services);

        await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());
        await Calls.QueryAsync(provider.GetRequiredService<IDomainIntlClient>());
        await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());

        Assert.Collection(
            _emulator.Requests,
            r => Assert.Equal(("ResendEmailVerification", SignatureVersion.V3, EmulatorFixture.FirstKey.AccessKeyId, 200), (r.Action, r.SignatureVersion!.Value, r.AccessKeyId, r.StatusCode)),
            r => Assert.Equal(("QueryEmailVerification", SignatureVersion.V1, EmulatorFixture.SecondKey.AccessKeyId, 200), (r.Action, r.SignatureVersion!.Value, r.AccessKeyId, r.StatusCode)),
            r => Assert.Equal(("ResendEmailVerification", SignatureVersion.V3, EmulatorFixture.FirstKey.AccessKeyId, 200), (r.Action, r.SignatureVersion!.Value, r.AccessKeyId, r.StatusCode)));
    }

    [Fact]
    public async Task Keyed_registrations_give_one_client_type_two_settings()
    {
        var services = new ServiceCollection();
        services.AddKeyedSpecClient<IDomainClient, DomainClient>("v1", o => Target(o, SignatureVersion.V1, EmulatorFixture.SecondKey));
        services.AddKeyedSpecClient<IDomainClient, DomainClient>("v3", o => Target(o, SignatureVersion.V3, EmulatorFixture.FirstKey));
        services.AddSingleton<TwoRegions>();
        using ServiceProvider provider = Calls.Build(services);

        TwoRegions consumer = provider.GetRequiredService<TwoRegions>();
        await Calls.ResendAsync(consumer.V1);
        await Calls.ResendAsync(provider.GetRequiredKeyedService<IDomainClient>("v3"));

        Assert.Null(provider.GetService<IDomainClient>());
        Assert.Collection(
            _emulator.Requests,
            r => Assert.Equal((SignatureVersion.V1, EmulatorFixture.SecondKey.AccessKeyId, 200), (r.SignatureVersion!.Value, r.AccessKeyId, r.StatusCode)),
            r => Assert.Equal((SignatureVersion.V3, EmulatorFixture.FirstKey.AccessKeyId, 200), (r.SignatureVersion!.Value, r.AccessKeyId, r.StatusCode)));
    }

    [Fact]
    public async Task Keyed_registrations_read_their_own_sections_and_use_the_key_as_the_HttpClient_name()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["A:Endpoint"] = _fixture.Endpoint,
                ["A:AllowInsecureHttp"] = "true",
                ["A:AccessKeyId"] = EmulatorFixture.FirstKey.AccessKeyId,
                ["A:AccessKeySecret"] = EmulatorFixture.FirstKey.AccessKeySecret,
                ["B:Endpoint"] = "domain.invalid",
            })
            .Build();
        var services = new ServiceCollection();
        IHttpClientBuilder a = services.AddKeyedSpecClient<IDomainClient, DomainClient>("a", configuration.GetSection("A"));
        IHttpClientBuilder b = services.AddKeyedSpecClient<IDomainClient>("b", (http, o) => new DomainClient(http, o), configuration.GetSection("B"));
        using ServiceProvider provider = Calls.Build(services);

        await Calls.ResendAsync(provider.GetRequiredKeyedService<IDomainClient>("a"));

        Assert.Equal(("a", "b"), (a.Name, b.Name));
        Assert.Equal(200, Assert.Single(_emulator.Requests).StatusCode);
        // B's section names another endpoint over HTTPS: resolved, but never sent to the emulator.
        Assert.IsType<DomainClient>(provider.GetRequiredKeyedService<IDomainClient>("b"));
    }

    private SpecClientOptions Target(SpecClientOptions options, SignatureVersion version, AccessKeyCredential key)
    {
        options.Endpoint = _fixture.Endpoint;
        options.AllowInsecureHttp = true;
        options.SignatureVersion = version;
        options.Credentials = new StaticCredentialProvider(key);
        return options;
    }

    /// <summary>A consumer taking a keyed client by constructor injection.</summary>
    private sealed class TwoRegions([FromKeyedServices("v1")] IDomainClient v1)
    {
        public IDomainClient V1 { get; } = v1;
    }
}

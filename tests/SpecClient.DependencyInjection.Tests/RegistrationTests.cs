using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpecClient.DependencyInjection.Tests.Domain;
using SpecClient.Signing;
using SpecClient.Testing;

namespace SpecClient.DependencyInjection.Tests;

/// <summary>What AddSpecClient registers, resolved from a real container and called over loopback HTTP.</summary>
public sealed class RegistrationTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;
    private readonly ApiEmulator _emulator;

    public RegistrationTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _emulator = fixture.Fresh();
    }

    [Fact]
    public async Task Resolved_interface_calls_the_emulator_and_reads_the_typed_response()
    {
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o));
        using ServiceProvider provider = Calls.Build(services);

        var client = provider.GetRequiredService<IDomainClient>();
        ResendEmailVerificationResponse response = await Calls.ResendAsync(client);

        Assert.IsType<DomainClient>(client);
        Assert.Equal("0EA54E99-DB48-4CE3-A099-6ED8E451B8AC", response.RequestId);
        Assert.Equal(["test1@aliyun.com", "test2@aliyun.com"], response.FailList.Select(f => f.Email));
        EmulatedRequest request = Assert.Single(_emulator.Requests);
        Assert.Equal(200, request.StatusCode);
        Assert.Equal("ResendEmailVerification", request.Action);
        Assert.Equal(SignatureVersion.V3, request.SignatureVersion);
        Assert.Equal("test1@aliyun.com,test2@aliyun.com", request.GetParameter("Email"));
    }

    [Fact]
    public void The_client_is_transient_like_a_typed_HttpClient()
    {
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o));
        using ServiceProvider provider = Calls.Build(services);

        Assert.NotSame(provider.GetRequiredService<IDomainClient>(), provider.GetRequiredService<IDomainClient>());
        ServiceDescriptor descriptor = Assert.Single(services, d => d.ServiceType == typeof(IDomainClient));
        Assert.Equal(ServiceLifetime.Transient, descriptor.Lifetime);
    }

    [Fact]
    public void The_HttpClient_and_options_are_named_after_the_client_interface()
    {
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services.AddSpecClient<IDomainClient, DomainClient>(o => o.Endpoint = "example.invalid");
        using ServiceProvider provider = Calls.Build(services);

        Assert.Equal("SpecClient.DependencyInjection.Tests.Domain.IDomainClient", builder.Name);
        Assert.Equal("example.invalid", provider.GetRequiredService<IOptionsMonitor<SpecClientOptions>>().Get(builder.Name).Endpoint);
        // Unnamed options are not touched: another library's SpecClientOptions stay its own.
        Assert.Null(provider.GetRequiredService<IOptions<SpecClientOptions>>().Value.Endpoint);
    }

    [Fact]
    public async Task Options_configured_later_by_name_reach_the_client()
    {
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o));
        services.Configure<SpecClientOptions>(builder.Name, o => o.SignatureVersion = SignatureVersion.V1);
        using ServiceProvider provider = Calls.Build(services);

        await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());

        Assert.Equal(SignatureVersion.V1, Assert.Single(_emulator.Requests).SignatureVersion);
    }

    [Fact]
    public async Task Factory_delegate_overload_registers_a_client_without_ISpecClientFactory()
    {
        // The form for netstandard2.0 targets and C# before 11.
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services.AddSpecClient<IDomainClient>((http, options) => new DomainClient(http, options), o => Target(o));
        using ServiceProvider provider = Calls.Build(services);

        await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());

        Assert.Equal(typeof(IDomainClient).FullName, builder.Name);
        Assert.Equal(200, Assert.Single(_emulator.Requests).StatusCode);
    }

    [Fact]
    public void An_invalid_option_fails_when_the_client_is_resolved_with_the_runtimes_message()
    {
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(o => o.Endpoint = "http://127.0.0.1:1");
        using ServiceProvider provider = Calls.Build(services);

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<IDomainClient>());
        Assert.Contains("AllowInsecureHttp", error.Message);
    }

    [Fact]
    public void Arguments_are_checked_when_registering()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddSpecClient<IDomainClient, DomainClient>());
        Assert.Throws<ArgumentNullException>(() => services.AddSpecClient<IDomainClient, DomainClient>(configuration: null!));
        Assert.Throws<ArgumentNullException>(() => services.AddSpecClient<IDomainClient>(create: null!));
        Assert.Throws<ArgumentException>(() => services.AddKeyedSpecClient<IDomainClient, DomainClient>(""));
        Assert.Throws<ArgumentException>(() => services.AddKeyedSpecClient<IDomainClient, DomainClient>(null!));
        Assert.Empty(services);
    }

    [Fact]
    public void A_factory_that_returns_null_fails_naming_the_client()
    {
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient>((_, _) => null!);
        using ServiceProvider provider = Calls.Build(services);

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IDomainClient>());
        Assert.Contains(typeof(IDomainClient).FullName!, error.Message);
    }

    private SpecClientOptions Target(SpecClientOptions options)
    {
        SpecClientOptions emulator = _emulator.CreateClientOptions();
        options.Endpoint = emulator.Endpoint;
        options.AllowInsecureHttp = true;
        options.Credentials = emulator.Credentials;
        return options;
    }
}

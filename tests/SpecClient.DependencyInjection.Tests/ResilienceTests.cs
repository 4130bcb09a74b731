using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using SpecClient.DependencyInjection.Tests.Domain;
using SpecClient.Testing;

namespace SpecClient.DependencyInjection.Tests;

/// <summary>Microsoft.Extensions.Http.Resilience chained on the builder AddSpecClient returns.</summary>
public sealed class ResilienceTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;
    private readonly ApiEmulator _emulator;

    public ResilienceTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _emulator = fixture.Fresh();
    }

    [Fact]
    public async Task The_standard_resilience_handler_carries_calls_through()
    {
        var seen = new ConcurrentQueue<RecordingHandler.Seen>();
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o))
            .AddHttpMessageHandler(() => new RecordingHandler(seen))
            .AddStandardResilienceHandler();
        using ServiceProvider provider = Calls.Build(services);

        ResendEmailVerificationResponse response = await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());

        Assert.Equal("0EA54E99-DB48-4CE3-A099-6ED8E451B8AC", response.RequestId);
        Assert.Equal(200, Assert.Single(_emulator.Requests).StatusCode);
        Assert.Equal(200, Assert.Single(seen).StatusCode);
    }

    [Fact]
    public async Task A_service_error_passes_the_pipeline_as_a_typed_ServiceException()
    {
        _emulator.SetError("ResendEmailVerification", 403, "Forbidden.RAM", "User not authorized to operate on the specified resource.");
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o)).AddStandardResilienceHandler();
        using ServiceProvider provider = Calls.Build(services);

        var error = await Assert.ThrowsAsync<ServiceException>(() => Calls.ResendAsync(provider.GetRequiredService<IDomainClient>()));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal("Forbidden.RAM", error.Code);
        Assert.Single(_emulator.Requests);
    }

    [Fact]
    public async Task A_handler_retry_resends_the_same_signed_request_which_the_service_rejects_as_a_used_nonce()
    {
        // Why the README says to turn the handler's retry off: the retry re-sends the message as it was signed.
        _emulator.SetError("ResendEmailVerification", 503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o))
            .AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.FromMilliseconds(1));
        using ServiceProvider provider = Calls.Build(services);

        var error = await Assert.ThrowsAsync<ServiceException>(() => Calls.ResendAsync(provider.GetRequiredService<IDomainClient>()));

        Assert.Equal("SignatureNonceUsed", error.Code);
        Assert.Equal(["ServiceUnavailable", "SignatureNonceUsed"], _emulator.Requests.Select(r => r.ErrorCode));
    }

    [Fact]
    public async Task With_the_handlers_retry_turned_off_the_service_error_comes_through_after_one_attempt()
    {
        _emulator.SetError("ResendEmailVerification", 503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o))
            .AddStandardResilienceHandler(o => o.Retry.ShouldHandle = _ => ValueTask.FromResult(false));
        using ServiceProvider provider = Calls.Build(services);

        var error = await Assert.ThrowsAsync<ServiceException>(() => Calls.ResendAsync(provider.GetRequiredService<IDomainClient>()));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal("ServiceUnavailable", error.Code);
        Assert.Single(_emulator.Requests);
    }

    private SpecClientOptions Target(SpecClientOptions options)
    {
        options.Endpoint = _fixture.Endpoint;
        options.AllowInsecureHttp = true;
        options.Credentials = new StaticCredentialProvider(EmulatorFixture.FirstKey);
        return options;
    }
}

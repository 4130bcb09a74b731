using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SpecClient.DependencyInjection.Tests.Domain;
using SpecClient.DependencyInjection.Tests.DomainIntl;
using SpecClient.Testing;

namespace SpecClient.DependencyInjection.Tests;

/// <summary>The client really sends through IHttpClientFactory: its named client, its handlers, its pooling.</summary>
public sealed class HttpClientFactoryTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;
    private readonly ApiEmulator _emulator;

    public HttpClientFactoryTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _emulator = fixture.Fresh();
    }

    [Fact]
    public async Task A_delegating_handler_added_on_the_returned_builder_sees_the_request_and_response()
    {
        var seen = new ConcurrentQueue<RecordingHandler.Seen>();
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o))
            .AddHttpMessageHandler(() => new RecordingHandler(seen));
        using ServiceProvider provider = Calls.Build(services);

        await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());

        RecordingHandler.Seen request = Assert.Single(seen);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(_emulator.Endpoint.Authority, request.Uri.Authority);
        Assert.Equal("ResendEmailVerification", request.Action);
        Assert.Equal(200, request.StatusCode);
    }

    [Fact]
    public async Task Clients_share_the_factorys_pooled_handler_chain()
    {
        // An infinite lifetime: with the one-second lifetime this test once shared with the rotation below, three calls
        // on a loaded CI machine outlasted it and saw two chains (2026-11-26).
        (ServiceProvider provider, Func<int> chains, ConcurrentQueue<RecordingHandler.Seen> seen) = CountingChains(Timeout.InfiniteTimeSpan);
        using (provider)
        {
            // Three transient clients: three HttpClients over one pooled chain.
            for (int i = 0; i < 3; i++)
            {
                await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());
            }

            Assert.Equal(1, chains());
            Assert.Equal(3, seen.Count);
        }
    }

    [Fact]
    public async Task A_handler_lifetime_rotates_the_pooled_chain()
    {
        (ServiceProvider provider, Func<int> chains, ConcurrentQueue<RecordingHandler.Seen> seen) = CountingChains(TimeSpan.FromSeconds(1));
        using (provider)
        {
            await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());
            Assert.Equal(1, chains());

            // Past the lifetime the factory builds a new chain for new clients (DNS changes are picked up this way).
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (chains() < 2 && waited.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(200);
                await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());
            }

            Assert.True(chains() >= 2, "no new handler chain within 20 s of a one-second lifetime");
            Assert.All(seen, s => Assert.Equal(200, s.StatusCode));
        }
    }

    private (ServiceProvider Provider, Func<int> Chains, ConcurrentQueue<RecordingHandler.Seen> Seen) CountingChains(TimeSpan lifetime)
    {
        int chains = 0;
        var seen = new ConcurrentQueue<RecordingHandler.Seen>();
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o))
            .AddHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref chains);
                return new RecordingHandler(seen);
            })
            .SetHandlerLifetime(lifetime);
        return (Calls.Build(services), () => Volatile.Read(ref chains), seen);
    }

    [Fact]
    public async Task Each_client_type_sends_through_its_own_named_HttpClient()
    {
        var domainSeen = new ConcurrentQueue<RecordingHandler.Seen>();
        var intlSeen = new ConcurrentQueue<RecordingHandler.Seen>();
        var services = new ServiceCollection();
        services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o)).AddHttpMessageHandler(() => new RecordingHandler(domainSeen));
        services.AddSpecClient<IDomainIntlClient, DomainIntlClient>(o => Target(o)).AddHttpMessageHandler(() => new RecordingHandler(intlSeen));
        using ServiceProvider provider = Calls.Build(services);

        await Calls.ResendAsync(provider.GetRequiredService<IDomainClient>());
        await Calls.QueryAsync(provider.GetRequiredService<IDomainIntlClient>());

        Assert.Equal("ResendEmailVerification", Assert.Single(domainSeen).Action);
        Assert.Equal("QueryEmailVerification", Assert.Single(intlSeen).Action);
    }

    [Fact]
    public void The_primary_handler_follows_no_redirects_and_keeps_no_cookies()
    {
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services.AddSpecClient<IDomainClient, DomainClient>();
        using ServiceProvider provider = Calls.Build(services);

        HttpMessageHandler primary = Primary(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(builder.Name));

        (bool redirects, bool cookies) = primary switch
        {
            SocketsHttpHandler s => (s.AllowAutoRedirect, s.UseCookies),
            HttpClientHandler h => (h.AllowAutoRedirect, h.UseCookies),
            _ => throw new Xunit.Sdk.XunitException("Unexpected primary handler " + primary.GetType()),
        };
        Assert.False(redirects);
        Assert.False(cookies);
    }

    [Fact]
    public void A_primary_handler_configured_before_is_adjusted_not_replaced()
    {
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { MaxConnectionsPerServer = 7 }));
        IHttpClientBuilder builder = services.AddSpecClient<IDomainClient, DomainClient>();
        using ServiceProvider provider = Calls.Build(services);

        var primary = Assert.IsType<HttpClientHandler>(Primary(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(builder.Name)));

        Assert.Equal(7, primary.MaxConnectionsPerServer);
        Assert.False(primary.AllowAutoRedirect);
        Assert.False(primary.UseCookies);
        Assert.Equal(DecompressionMethods.GZip | DecompressionMethods.Deflate, primary.AutomaticDecompression);
    }

    [Fact]
    public async Task SpecClientOptions_Timeout_bounds_the_call_and_the_HttpClient_timeout_is_off()
    {
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services.AddSpecClient<IDomainClient, DomainClient>(o => Target(o).Timeout = TimeSpan.FromMilliseconds(300))
            .AddHttpMessageHandler(() => new DelayingHandler(TimeSpan.FromSeconds(30)));
        using ServiceProvider provider = Calls.Build(services);

        Assert.Equal(Timeout.InfiniteTimeSpan, provider.GetRequiredService<IHttpClientFactory>().CreateClient(builder.Name).Timeout);
        await Assert.ThrowsAsync<SpecClientTimeoutException>(() => Calls.ResendAsync(provider.GetRequiredService<IDomainClient>()));
    }

    private static HttpMessageHandler Primary(HttpMessageHandler handler)
    {
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        return handler;
    }

    private SpecClientOptions Target(SpecClientOptions options)
    {
        options.Endpoint = _fixture.Endpoint;
        options.AllowInsecureHttp = true;
        options.Credentials = new StaticCredentialProvider(EmulatorFixture.FirstKey);
        return options;
    }

    private sealed class DelayingHandler(TimeSpan delay) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}

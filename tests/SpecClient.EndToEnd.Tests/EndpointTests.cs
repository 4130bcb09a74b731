using System.Net.Http;
using SpecClient.EndToEnd.Tests.Domain;
using SpecClient.EndToEnd.Tests.Ecs;
using SpecClient.Signing;
using SpecClient.Testing;

namespace SpecClient.EndToEnd.Tests;

/// <summary>
/// The endpoint a generated client resolves is where the request goes, signed for that host: the emulator answers
/// only a V3 request whose signed Host header is the one it received. Real hosts (domain-intl.aliyuncs.com,
/// ecs.cn-shanghai.aliyuncs.com) are reached through a handler on a real HttpClient pipeline that records the URI and
/// connects to the emulator instead; a table entry naming the emulator is reached as it is.
/// </summary>
public sealed class EndpointTests : IAsyncLifetime
{
    private ApiEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = DomainOperations.All.Concat(EcsOperations.All) });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [InlineData("ap-southeast-1", "domain-intl.aliyuncs.com")] // the international site, from the pages' two hosts
    [InlineData("cn-shanghai", "domain.aliyuncs.com")] // central whatever the region
    [InlineData(null, "domain.aliyuncs.com")]
    public async Task A_central_product_goes_to_its_central_or_international_host(string? region, string host)
    {
        using var handler = new LoopbackRedirect(_emulator.Endpoint);
        using var http = new HttpClient(handler);
        var client = new DomainClient(http, Options(region));

        ResendEmailVerificationResponse response = await client.ResendEmailVerificationAsync(new ResendEmailVerificationRequest { Email = "test1@aliyun.com" });

        Assert.Equal("0EA54E99-DB48-4CE3-A099-6ED8E451B8AC", response.RequestId);
        Uri sent = Assert.Single(handler.Sent);
        Assert.Equal("https://" + host + "/", sent.GetLeftPart(UriPartial.Path));
        Assert.Equal(SignatureVersion.V3, Assert.Single(_emulator.Requests).SignatureVersion);
    }

    [Fact]
    public async Task A_regional_product_follows_the_rule_and_fills_the_requests_RegionId_from_the_options()
    {
        using var handler = new LoopbackRedirect(_emulator.Endpoint);
        using var http = new HttpClient(handler);
        var client = new EcsClient(http, Options("cn-shanghai"));

        await client.DescribeZonesAsync(new DescribeZonesRequest());

        Assert.Equal("https://ecs.cn-shanghai.aliyuncs.com/", Assert.Single(handler.Sent).GetLeftPart(UriPartial.Path));
        EmulatedRequest received = Assert.Single(_emulator.Requests);
        Assert.Equal(200, received.StatusCode);
        Assert.Equal("cn-shanghai", received.GetParameter("RegionId"));
    }

    [Fact]
    public async Task The_requests_own_RegionId_wins_over_the_options()
    {
        using var handler = new LoopbackRedirect(_emulator.Endpoint);
        using var http = new HttpClient(handler);
        var client = new EcsClient(http, Options("cn-shanghai"));

        await client.DescribeZonesAsync(new DescribeZonesRequest { RegionId = "cn-beijing" });

        Assert.Equal("cn-beijing", Assert.Single(_emulator.Requests).GetParameter("RegionId"));
        Assert.Equal("ecs.cn-shanghai.aliyuncs.com", Assert.Single(handler.Sent).Host);
    }

    [Fact]
    public async Task A_required_RegionId_given_nowhere_is_refused_before_anything_is_sent()
    {
        SpecClientOptions options = _emulator.CreateClientOptions();
        var client = new EcsClient(options);

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => client.DescribeZonesAsync(new DescribeZonesRequest()));

        Assert.Contains("RegionId", error.Message);
        Assert.Contains("SpecClientOptions.RegionId", error.Message);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public void A_regional_product_without_region_or_endpoint_is_a_clear_error()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new EcsClient(new SpecClientOptions()));

        Assert.Equal("options", error.ParamName);
        Assert.Contains("SpecClientOptions.RegionId", error.Message);
        Assert.Contains("SpecClientOptions.Endpoint", error.Message);
        Assert.Contains("Ecs", error.Message);
    }

    [Fact]
    public async Task A_region_table_entry_naming_the_emulator_is_where_the_generated_operation_goes()
    {
        // The generated descriptors over a transport whose table maps a region to the emulator, as a metadata spec would.
        var rules = new EndpointRules("Ecs", null, "ecs.{region}.aliyuncs.com", new[] { new RegionEndpoint("cn-loopback", _emulator.Endpoint.ToString()) });
        SpecClientOptions options = _emulator.CreateClientOptions();
        options.Endpoint = null;
        options.RegionId = "cn-loopback";
        var transport = new ApiTransport(options, rules);
        var request = new ApiRequest(EcsOperations.DescribeZones);
        request.AddRegionId(null);

        await transport.SendAsync(request, DescribeZonesResponse.Read, CancellationToken.None);

        Assert.Equal(_emulator.Endpoint, transport.Endpoint);
        EmulatedRequest received = Assert.Single(_emulator.Requests);
        Assert.Equal(200, received.StatusCode);
        Assert.Equal("cn-loopback", received.GetParameter("RegionId"));
    }

    private SpecClientOptions Options(string? region)
    {
        SpecClientOptions options = _emulator.CreateClientOptions(SignatureVersion.V3);
        options.Endpoint = null;
        options.AllowInsecureHttp = false;
        options.RegionId = region;
        return options;
    }

    /// <summary>
    /// Records each request's URI, then sends it to the emulator over plain loopback HTTP. The Host header the
    /// transport set (and V3 signed) travels unchanged, so the emulator checks the signature for the resolved host.
    /// </summary>
    private sealed class LoopbackRedirect : DelegatingHandler
    {
        private readonly Uri _target;

        public LoopbackRedirect(Uri target)
            : base(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            _target = target;
        }

        public List<Uri> Sent { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uri original = request.RequestUri!;
            Sent.Add(original);
            Assert.Equal(original.Authority, request.Headers.Host);
            request.RequestUri = new UriBuilder(original) { Scheme = _target.Scheme, Host = _target.Host, Port = _target.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}

namespace SpecClient.Tests.Transport;

/// <summary>
/// The order a client's endpoint is found in: an explicit endpoint; else, for the region, its table entry, the
/// central endpoint, the regional rule; with no region, the central endpoint or a clear error. And the RegionId the
/// transport fills. Tables and rules are the corpus's (Domain, SLB and SLS metadata).
/// </summary>
public sealed class EndpointResolutionTests
{
    private static readonly EndpointRules Domain = new("Domain", "domain.aliyuncs.com", null, new[] { new RegionEndpoint("ap-southeast-1", "domain-intl.aliyuncs.com") });

    private static readonly EndpointRules Slb = new("Slb", null, "slb.{region}.aliyuncs.com", new[] { new RegionEndpoint("cn-hangzhou", "slb.aliyuncs.com") });

    private static readonly EndpointRules Sls = new("Sls", null, "{region}.log.aliyuncs.com");

    [Theory]
    [InlineData(null)]
    [InlineData("ap-southeast-1")]
    [InlineData("cn-hangzhou")]
    public void An_explicit_endpoint_wins_over_everything(string? region)
    {
        Assert.Equal("https://emulator.test:8443", Domain.Resolve(" https://emulator.test:8443 ", region));
        Assert.Equal("slb.example.test", Slb.Resolve("slb.example.test", region));
    }

    [Theory]
    [InlineData("ap-southeast-1", "domain-intl.aliyuncs.com")]
    [InlineData("AP-Southeast-1", "domain-intl.aliyuncs.com")]
    [InlineData("cn-shanghai", "domain.aliyuncs.com")]
    [InlineData("eu-central-1", "domain.aliyuncs.com")]
    [InlineData(null, "domain.aliyuncs.com")]
    [InlineData("  ", "domain.aliyuncs.com")]
    public void A_central_product_uses_its_table_entry_else_its_central_endpoint_whatever_the_region(string? region, string expected)
    {
        Assert.Equal(expected, Domain.Resolve(null, region));
    }

    [Theory]
    [InlineData("cn-hangzhou", "slb.aliyuncs.com")]
    [InlineData("cn-zhangjiakou", "slb.cn-zhangjiakou.aliyuncs.com")]
    [InlineData(" EU-Central-1 ", "slb.eu-central-1.aliyuncs.com")]
    public void A_regional_product_uses_its_table_entry_else_the_rule_in_lower_case(string region, string expected)
    {
        Assert.Equal(expected, Slb.Resolve(null, region));
    }

    [Fact]
    public void The_rule_may_put_the_region_anywhere_in_the_host()
    {
        Assert.Equal("cn-qingdao.log.aliyuncs.com", Sls.Resolve(null, "cn-qingdao"));
    }

    [Fact]
    public void A_regional_product_without_region_or_endpoint_names_both_options()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Slb.Resolve(null, null));

        Assert.Equal("options", e.ParamName);
        Assert.Contains("Slb", e.Message);
        Assert.Contains("SpecClientOptions.RegionId", e.Message);
        Assert.Contains("SpecClientOptions.Endpoint", e.Message);
    }

    [Fact]
    public void Rules_with_nothing_at_all_ask_for_an_endpoint()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => EndpointRules.Central(null, null).Resolve(null, "cn-hangzhou"));

        Assert.Contains("SpecClientOptions.Endpoint", e.Message);
    }

    [Theory]
    [InlineData("evil.test/")]
    [InlineData("cn-hangzhou.evil.test")]
    [InlineData("cn hangzhou")]
    [InlineData("a@b")]
    public void A_region_that_is_not_a_region_id_never_becomes_part_of_a_host(string region)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Slb.Resolve(null, region));

        Assert.Contains("SpecClientOptions.RegionId", e.Message);
    }

    [Fact]
    public void A_pattern_without_the_placeholder_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new EndpointRules("Ecs", null, "ecs.aliyuncs.com"));
    }

    [Fact]
    public void The_transport_resolves_once_with_the_options_region()
    {
        var transport = new ApiTransport(new SpecClientOptions { RegionId = "cn-beijing" }, Slb);

        Assert.Equal(new Uri("https://slb.cn-beijing.aliyuncs.com/"), transport.Endpoint);
        Assert.Equal("cn-beijing", transport.RegionId);
    }

    [Fact]
    public void A_plain_http_table_entry_still_needs_AllowInsecureHttp()
    {
        var rules = new EndpointRules("Ecs", null, "ecs.{region}.aliyuncs.com", new[] { new RegionEndpoint("cn-local", "http://127.0.0.1:5000") });

        ArgumentException e = Assert.Throws<ArgumentException>(() => new ApiTransport(new SpecClientOptions { RegionId = "cn-local" }, rules));
        Assert.Contains("AllowInsecureHttp", e.Message);
        Assert.Equal(
            new Uri("http://127.0.0.1:5000/"),
            new ApiTransport(new SpecClientOptions { RegionId = "cn-local", AllowInsecureHttp = true }, rules).Endpoint);
    }

    [Fact]
    public void The_options_region_fills_a_RegionId_the_request_left_null()
    {
        ApiRequest request = Request(required: false);
        request.AddRegionId(null);

        request.FillRegionId("cn-hangzhou");

        Assert.Equal(new[] { new KeyValuePair<string, string>("RegionId", "cn-hangzhou") }, request.Parameters);
    }

    [Fact]
    public void The_requests_own_RegionId_is_kept_and_never_doubled()
    {
        ApiRequest request = Request(required: true);
        request.AddRegionId("cn-beijing");

        request.FillRegionId("cn-hangzhou");
        request.FillRegionId("cn-hangzhou");

        Assert.Equal(new[] { new KeyValuePair<string, string>("RegionId", "cn-beijing") }, request.Parameters);
    }

    [Fact]
    public void An_operation_without_a_RegionId_parameter_gets_none()
    {
        ApiRequest request = Request(required: false);
        request.Add("Email", "a@example.com");

        request.FillRegionId("cn-hangzhou");

        Assert.Equal(new[] { new KeyValuePair<string, string>("Email", "a@example.com") }, request.Parameters);
    }

    [Fact]
    public void A_required_RegionId_given_nowhere_is_an_error_naming_both_places()
    {
        ApiRequest request = Request(required: true);
        request.AddRegionId(null);

        ArgumentException e = Assert.Throws<ArgumentException>(() => request.FillRegionId(null));
        Assert.Contains("SpecClientOptions.RegionId", e.Message);

        ApiRequest optional = Request(required: false);
        optional.AddRegionId(null);
        optional.FillRegionId(null);
        Assert.Empty(optional.Parameters);
    }

    private static ApiRequest Request(bool required) =>
        new(new OperationDescriptor("Slb", "2014-05-15", "DescribeZones", ApiStyle.Rpc, "POST", "/", required ? new[] { "RegionId" } : Array.Empty<string>(), null, null, isReadOnly: true));
}

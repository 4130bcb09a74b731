using SpecClient.Signing;

namespace SpecClient.Tests.Transport;

/// <summary>What the transport accepts and refuses at construction; no request is sent.</summary>
public sealed class TransportOptionsTests
{
    private static readonly StaticCredentialProvider s_credentials = new("id", "secret");

    [Fact]
    public void A_bare_host_means_https()
    {
        var transport = new ApiTransport(new SpecClientOptions { Credentials = s_credentials }, "domain.aliyuncs.com");
        Assert.Equal(new Uri("https://domain.aliyuncs.com/"), transport.Endpoint);
    }

    [Fact]
    public void A_bare_host_with_a_port_keeps_it()
    {
        var transport = new ApiTransport(new SpecClientOptions { Endpoint = "localhost:8443" }, "domain.aliyuncs.com");
        Assert.Equal(new Uri("https://localhost:8443/"), transport.Endpoint);
    }

    [Fact]
    public void The_configured_endpoint_wins_over_the_default()
    {
        var transport = new ApiTransport(new SpecClientOptions { Endpoint = "https://domain-intl.aliyuncs.com" }, "domain.aliyuncs.com");
        Assert.Equal(new Uri("https://domain-intl.aliyuncs.com/"), transport.Endpoint);
    }

    [Theory]
    [InlineData("https://[::1]:8443", "[::1]:8443")]
    [InlineData("https://[::1]", "[::1]")]
    [InlineData("ecs.cn-hangzhou.aliyuncs.com", "ecs.cn-hangzhou.aliyuncs.com")]
    [InlineData("https://ecs.aliyuncs.com:443/", "ecs.aliyuncs.com")]
    [InlineData("http://localhost:5000", "localhost:5000")]
    public void The_signed_host_header_is_the_authority_the_server_sees(string endpoint, string host)
    {
        Assert.Equal(host, ResolvedEndpoint.Resolve(endpoint, null, allowInsecureHttp: true).HostHeader);
    }

    [Fact]
    public void Query_and_fragment_of_a_configured_endpoint_are_dropped()
    {
        var transport = new ApiTransport(new SpecClientOptions { Endpoint = "https://emulator.test/api/?x=1#y" }, "domain.aliyuncs.com");
        Assert.Equal(new Uri("https://emulator.test/api/"), transport.Endpoint);
    }

    [Fact]
    public void Plain_http_is_refused_with_a_pointer_to_AllowInsecureHttp()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(
            () => new ApiTransport(new SpecClientOptions { Endpoint = "http://127.0.0.1:5000" }, "domain.aliyuncs.com"));
        Assert.Contains("AllowInsecureHttp", e.Message);
    }

    [Fact]
    public void Plain_http_default_endpoint_is_refused_too()
    {
        Assert.Throws<ArgumentException>(() => new ApiTransport(new SpecClientOptions(), "http://domain.aliyuncs.com"));
    }

    [Fact]
    public void Plain_http_is_allowed_when_asked_for()
    {
        var transport = new ApiTransport(new SpecClientOptions { Endpoint = "http://127.0.0.1:5000", AllowInsecureHttp = true }, "domain.aliyuncs.com");
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), transport.Endpoint);
    }

    [Theory]
    [InlineData("ftp://domain.aliyuncs.com")]
    [InlineData("https://")]
    [InlineData("not a host")]
    public void Invalid_endpoints_are_refused(string endpoint)
    {
        Assert.Throws<ArgumentException>(() => new ApiTransport(new SpecClientOptions { Endpoint = endpoint, AllowInsecureHttp = true }, "domain.aliyuncs.com"));
    }

    [Fact]
    public void No_endpoint_at_all_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ApiTransport(new SpecClientOptions(), " "));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_non_positive_timeout_is_refused(int seconds)
    {
        Assert.Throws<ArgumentException>(() => new ApiTransport(new SpecClientOptions { Timeout = TimeSpan.FromSeconds(seconds) }, "domain.aliyuncs.com"));
    }

    [Fact]
    public void An_infinite_timeout_is_accepted()
    {
        _ = new ApiTransport(new SpecClientOptions { Timeout = Timeout.InfiniteTimeSpan }, "domain.aliyuncs.com");
    }

    [Fact]
    public void A_non_positive_response_limit_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ApiTransport(new SpecClientOptions { MaxResponseBytes = 0 }, "domain.aliyuncs.com"));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new ApiTransport(null!, "domain.aliyuncs.com"));
        Assert.Throws<ArgumentNullException>(() => new ApiTransport(null!, new SpecClientOptions(), "domain.aliyuncs.com"));
    }

    [Fact]
    public void Defaults_are_V3_30_seconds_and_16_MiB()
    {
        var options = new SpecClientOptions();
        Assert.Equal(SignatureVersion.V3, options.SignatureVersion);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(16 * 1024 * 1024, options.MaxResponseBytes);
        Assert.False(options.AllowInsecureHttp);
    }

    [Fact]
    public async Task ROA_operations_are_not_sent_anonymously()
    {
        var transport = new ApiTransport(new SpecClientOptions { Anonymous = true }, "cs.aliyuncs.com");
        var operation = new OperationDescriptor("CS", "2015-12-15", "DescribeClusterNodes", ApiStyle.Roa, "GET", "/clusters/{ClusterId}/nodes", Array.Empty<string>(), null, null, true);

        NotSupportedException e = await Assert.ThrowsAsync<NotSupportedException>(
            () => transport.SendAsync(new ApiRequest(operation), (ref System.Text.Json.Utf8JsonReader r) => 0, CancellationToken.None));
        Assert.Contains("anonymously", e.Message);
    }
}

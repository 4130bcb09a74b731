using Microsoft.Extensions.Configuration;
using SpecClient.Extensions.DependencyInjection;
using SpecClient.Signing;

namespace SpecClient.DependencyInjection.Tests;

/// <summary>The hand-written reader of the configuration keys, key by key.</summary>
public sealed class ConfigurationBindingTests
{
    [Fact]
    public async Task Every_key_is_read()
    {
        SpecClientOptions options = Bind(new()
        {
            ["Endpoint"] = "domain-intl.aliyuncs.com",
            ["RegionId"] = "ap-southeast-1",
            ["AllowInsecureHttp"] = "True",
            ["SignatureVersion"] = "v1",
            ["Timeout"] = "00:01:30",
            ["MaxResponseBytes"] = "1048576",
            ["AccessKeyId"] = "id-1",
            ["AccessKeySecret"] = "secret-1",
            ["SecurityToken"] = "token-1",
        });

        Assert.Equal("domain-intl.aliyuncs.com", options.Endpoint);
        Assert.Equal("ap-southeast-1", options.RegionId);
        Assert.True(options.AllowInsecureHttp);
        Assert.Equal(SignatureVersion.V1, options.SignatureVersion);
        Assert.Equal(TimeSpan.FromSeconds(90), options.Timeout);
        Assert.Equal(1048576, options.MaxResponseBytes);
        var provider = Assert.IsType<StaticCredentialProvider>(options.Credentials);
        AccessKeyCredential credential = await provider.GetCredentialAsync(CancellationToken.None);
        Assert.Equal(("id-1", "secret-1", "token-1"), (credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken));
    }

    [Fact]
    public void Keys_are_case_insensitive_as_configuration_is()
    {
        SpecClientOptions options = Bind(new() { ["endpoint"] = "a.example", ["regionid"] = "cn-beijing", ["SIGNATUREVERSION"] = "V1", ["timeout"] = "infinite" });

        Assert.Equal("a.example", options.Endpoint);
        Assert.Equal("cn-beijing", options.RegionId);
        Assert.Equal(SignatureVersion.V1, options.SignatureVersion);
        Assert.Equal(Timeout.InfiniteTimeSpan, options.Timeout);
    }

    [Fact]
    public void Missing_empty_and_blank_values_leave_the_options_as_they_were()
    {
        var options = new SpecClientOptions { Endpoint = "kept.example", RegionId = "cn-kept", SignatureVersion = SignatureVersion.V1 };

        SpecClientConfiguration.Bind(Section(new() { ["Endpoint"] = "", ["RegionId"] = " ", ["SignatureVersion"] = "  ", ["AccessKeyId"] = "" }), options);

        Assert.Equal("kept.example", options.Endpoint);
        Assert.Equal("cn-kept", options.RegionId);
        Assert.Equal(SignatureVersion.V1, options.SignatureVersion);
        Assert.Null(options.Credentials);
        ConfigurationTests.AssertDefaults(Bind(new()));
    }

    [Fact]
    public void Values_are_trimmed()
    {
        SpecClientOptions options = Bind(new() { ["Endpoint"] = " a.example ", ["SignatureVersion"] = " V1 ", ["MaxResponseBytes"] = " 10 " });

        Assert.Equal(("a.example", SignatureVersion.V1, 10), (options.Endpoint, options.SignatureVersion, options.MaxResponseBytes));
    }

    [Theory]
    [InlineData("SignatureVersion", "V2", "The configuration value Client:SignatureVersion = 'V2' is not V1 or V3.")]
    [InlineData("SignatureVersion", "1", "The configuration value Client:SignatureVersion = '1' is not V1 or V3.")]
    [InlineData("AllowInsecureHttp", "yes", "The configuration value Client:AllowInsecureHttp = 'yes' is not true or false.")]
    [InlineData("MaxResponseBytes", "16MB", "The configuration value Client:MaxResponseBytes = '16MB' is not a whole number of bytes.")]
    [InlineData("Timeout", "30", "The configuration value Client:Timeout = '30' is not a time span such as 00:00:30, or Infinite.")]
    [InlineData("Timeout", "soon", "The configuration value Client:Timeout = 'soon' is not a time span such as 00:00:30, or Infinite.")]
    public void An_unreadable_value_throws_naming_the_key_path(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Bind(new() { [key] = value }));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("AccessKeyId", "Client:AccessKeySecret is missing")]
    [InlineData("AccessKeySecret", "Client:AccessKeyId is missing")]
    public void Half_an_AccessKey_pair_throws_naming_the_missing_key_and_never_the_value(string present, string expected)
    {
        const string value = "do-not-print-4b1e";

        var error = Assert.Throws<InvalidOperationException>(() => Bind(new() { [present] = value }));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain(value, error.Message);
    }

    [Fact]
    public void A_security_token_without_its_AccessKey_pair_throws_without_the_token()
    {
        const string token = "do-not-print-token-77";

        var error = Assert.Throws<InvalidOperationException>(() => Bind(new() { ["SecurityToken"] = token }));

        Assert.Contains("Client:SecurityToken", error.Message);
        Assert.DoesNotContain(token, error.Message);
    }

    [Fact]
    public void Credentials_read_from_configuration_never_show_the_secret()
    {
        SpecClientOptions options = Bind(new() { ["AccessKeyId"] = "visible-id", ["AccessKeySecret"] = "hidden-secret-9d", ["SecurityToken"] = "hidden-token-3a" });

        string shown = options.Credentials!.ToString()!;
        Assert.Contains("visible-id", shown);
        Assert.DoesNotContain("hidden-secret-9d", shown);
        Assert.DoesNotContain("hidden-token-3a", shown);
    }

    [Fact]
    public void A_root_configuration_is_read_too_and_errors_name_the_bare_key()
    {
        IConfiguration root = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SignatureVersion"] = "V9" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => SpecClientConfiguration.Bind(root, new SpecClientOptions()));

        Assert.StartsWith("The configuration value SignatureVersion = 'V9'", error.Message);
    }

    private static SpecClientOptions Bind(Dictionary<string, string?> values)
    {
        var options = new SpecClientOptions();
        SpecClientConfiguration.Bind(Section(values), options);
        return options;
    }

    private static IConfiguration Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(p => "Client:" + p.Key, p => p.Value))
            .Build()
            .GetSection("Client");
}

using Microsoft.AspNetCore.Http;
using SpecClient.Tests.Transport;
using static SpecClient.Tests.Credentials.CredentialTestKit;

namespace SpecClient.Tests.Credentials;

/// <summary>The default chain's order, its error, and the chain's stickiness, in a world of the test's own.</summary>
public sealed class DefaultChainTests
{
    private const string RoleArn = "acs:ram::1234:role/pod";

    [Fact]
    public void The_sources_are_in_the_official_SDKs_order()
    {
        using var world = new FakeWorld();

        string[] names = new DefaultCredentialProvider(world.Environment()).Sources.Select(s => s.ToString()!).ToArray();

        Assert.Equal(6, names.Length);
        Assert.StartsWith("EnvironmentCredentialProvider", names[0]);
        Assert.StartsWith("OIDC (RRSA)", names[1]);
        Assert.StartsWith("CliProfileCredentialProvider", names[2]);
        Assert.StartsWith("ProfileCredentialProvider", names[3]);
        Assert.StartsWith("EcsRamRoleCredentialProvider", names[4]);
        Assert.StartsWith("Credentials URI", names[5]);
    }

    [Fact]
    public async Task With_nothing_set_up_the_error_lists_every_source_in_order_with_its_reason()
    {
        using var world = new FakeWorld();

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => new DefaultCredentialProvider(world.Environment()).GetCredentialAsync(CancellationToken.None).AsTask());

        string[] lines = e.Message.Split(Environment.NewLine);
        Assert.Equal("No Alibaba Cloud credentials were found. The sources tried, in order:", lines[0]);
        Assert.Matches(@"^  1\. EnvironmentCredentialProvider .*ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set", lines[1]);
        Assert.Matches(@"^  2\. OIDC \(RRSA\).*ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE are not set", lines[2]);
        Assert.Matches(@"^  3\. CliProfileCredentialProvider .*config\.json' does not exist", lines[3]);
        Assert.Matches(@"^  4\. ProfileCredentialProvider .*credentials' does not exist", lines[4]);
        Assert.Matches(@"^  5\. EcsRamRoleCredentialProvider .*could not be reached", lines[5]);
        Assert.Matches(@"^  6\. Credentials URI .*ALIBABA_CLOUD_CREDENTIALS_URI is not set", lines[6]);
        Assert.Equal(6, ((AggregateException)e.InnerException!).InnerExceptions.Count);
    }

    [Fact]
    public async Task Turned_off_sources_say_so()
    {
        using var world = new FakeWorld();
        world.Variables["ALIBABA_CLOUD_ECS_METADATA_DISABLED"] = "true";
        world.Variables["ALIBABA_CLOUD_CLI_PROFILE_DISABLED"] = "TRUE";
        world.Variables["ALIBABA_CLOUD_ROLE_ARN"] = RoleArn;

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => new DefaultCredentialProvider(world.Environment()).GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE are not set", e.Message);
        Assert.Contains("turned off: ALIBABA_CLOUD_CLI_PROFILE_DISABLED is true", e.Message);
        Assert.Contains("turned off: ALIBABA_CLOUD_ECS_METADATA_DISABLED is true", e.Message);
    }

    [Fact]
    public async Task Environment_variables_come_first()
    {
        using var world = FullyConfigured(out _);
        world.Variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "env-id";
        world.Variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = SourceSecret;

        Assert.Equal("env-id", (await new DefaultCredentialProvider(world.Environment()).GetCredentialAsync(CancellationToken.None)).AccessKeyId);
    }

    [Fact]
    public async Task Each_source_wins_over_the_ones_after_it()
    {
        await using LoopbackServer fake = await ServeAsync(Respond);
        using FakeWorld world = FullyConfigured(out string tokenFile);
        world.Metadata = fake.BaseUri;
        world.Sts = fake.BaseUri.ToString();
        world.Variables["ALIBABA_CLOUD_CREDENTIALS_URI"] = fake.BaseUri + "uri";

        // Each round removes the winner of the round before.
        Assert.Equal("STS.oidc", await WinnerAsync(world));
        world.Variables.Remove("ALIBABA_CLOUD_OIDC_TOKEN_FILE");
        Assert.Equal("cli-id", await WinnerAsync(world));
        File.Delete(Path.Combine(world.Home, ".aliyun", "config.json"));
        Assert.Equal("ini-id", await WinnerAsync(world));
        File.Delete(Path.Combine(world.Home, ".alibabacloud", "credentials"));
        Assert.Equal("STS.ecs", await WinnerAsync(world));
        world.Variables["ALIBABA_CLOUD_ECS_METADATA_DISABLED"] = "true";
        Assert.Equal("STS.uri", await WinnerAsync(world));

        Assert.Contains(fake.Requests, r => r.Form.Any(p => p.Key == "OIDCToken" && p.Value == OidcToken));
        Assert.Contains(fake.Requests, r => r.Path == "/latest/meta-data/ram/security-credentials/NamedRole");
        _ = tokenFile;
    }

    [Fact]
    public async Task The_chain_sticks_to_the_source_that_answered()
    {
        var first = new FlakySource("first");
        var second = new FlakySource("second");
        var chain = new CredentialChain(first, second);
        first.Fail = true;

        Assert.Equal("second", (await chain.GetCredentialAsync(CancellationToken.None)).AccessKeyId);
        first.Fail = false;
        Assert.Equal("second", (await chain.GetCredentialAsync(CancellationToken.None)).AccessKeyId);
        second.Fail = true;
        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => chain.GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Equal("second is down", e.Message);
        Assert.Equal(1, first.Calls);
    }

    [Fact]
    public async Task Cancellation_stops_the_search()
    {
        var chain = new CredentialChain(new FlakySource("a") { Fail = true }, new FlakySource("b"));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var canceling = new CredentialChain(new CancelingSource(), new FlakySource("b"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => canceling.GetCredentialAsync(cancel.Token).AsTask());
        Assert.Equal("b", (await chain.GetCredentialAsync(CancellationToken.None)).AccessKeyId);
        Assert.Throws<ArgumentException>(() => new CredentialChain());
        Assert.Throws<ArgumentException>(() => new CredentialChain(new ICredentialProvider[] { null! }));
    }

    [Fact]
    public async Task A_chain_error_and_descriptions_never_hold_a_secret()
    {
        using var world = new FakeWorld();
        world.Variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = SourceId;
        world.Write(".aliyun/config.json", "{\"current\":\"p\",\"profiles\":[{\"name\":\"p\",\"mode\":\"StsToken\",\"access_key_id\":\"" + StsId + "\",\"access_key_secret\":\"" + StsSecret + "\"}]}");
        world.Write(".alibabacloud/credentials", "[default]\ntype = sts\naccess_key_id = x\naccess_key_secret = " + SourceSecret + "\n");
        var provider = new DefaultCredentialProvider(world.Environment());

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("has no STS token", e.Message);
        AssertNoSecret(e);
        AssertNoSecret(provider.ToString());
    }

    [Fact]
    public void Clients_without_credentials_share_the_process_default_chain()
    {
        Assert.Same(DefaultCredentialProvider.Shared, DefaultCredentialProvider.Shared);
        Assert.Equal(6, DefaultCredentialProvider.Shared.Sources.Count);
    }

    private static async Task<string> WinnerAsync(FakeWorld world) =>
        (await new DefaultCredentialProvider(world.Environment()).GetCredentialAsync(CancellationToken.None)).AccessKeyId;

    /// <summary>Every source after the environment set up: OIDC, CLI AK, ini AK; the test adds the fakes.</summary>
    private static FakeWorld FullyConfigured(out string tokenFile)
    {
        var world = new FakeWorld();
        tokenFile = world.Write("var/run/token", OidcToken);
        world.Variables["ALIBABA_CLOUD_ROLE_ARN"] = RoleArn;
        world.Variables["ALIBABA_CLOUD_OIDC_PROVIDER_ARN"] = "acs:ram::1234:oidc-provider/ack";
        world.Variables["ALIBABA_CLOUD_OIDC_TOKEN_FILE"] = tokenFile;
        world.Variables["ALIBABA_CLOUD_ECS_METADATA"] = "NamedRole";
        world.Write(".aliyun/config.json", "{\"current\":\"default\",\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\",\"access_key_id\":\"cli-id\",\"access_key_secret\":\"" + SourceSecret + "\"}]}");
        world.Write(".alibabacloud/credentials", "[default]\ntype = access_key\naccess_key_id = ini-id\naccess_key_secret = " + SourceSecret + "\n");
        return world;
    }

    /// <summary>STS, the metadata service and a credentials URI on one loopback fake.</summary>
    private static Task Respond(HttpContext context)
    {
        DateTimeOffset expiration = DateTimeOffset.UtcNow.AddHours(1);
        string path = context.Request.Path.Value ?? string.Empty;
        if (context.Request.Method == "PUT")
        {
            return WriteAsync(context, 200, "tok", "text/plain");
        }

        if (path.StartsWith("/latest/", StringComparison.Ordinal))
        {
            return WriteAsync(context, 200, CredentialJson(expiration, "STS.ecs"));
        }

        return path == "/uri" ? WriteAsync(context, 200, CredentialJson(expiration, "STS.uri")) : WriteAsync(context, 200, StsJson(expiration, "STS.oidc"));
    }

    private sealed class FlakySource : ICredentialProvider
    {
        private readonly string _name;

        public FlakySource(string name) => _name = name;

        public bool Fail { get; set; }

        public int Calls { get; private set; }

        public ValueTask<AccessKeyCredential> GetCredentialAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return Fail ? throw new CredentialsException(_name + " is down") : new ValueTask<AccessKeyCredential>(new AccessKeyCredential(_name, "s"));
        }

        public override string ToString() => _name;
    }

    private sealed class CancelingSource : ICredentialProvider
    {
        public ValueTask<AccessKeyCredential> GetCredentialAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException("not reached");
        }
    }
}

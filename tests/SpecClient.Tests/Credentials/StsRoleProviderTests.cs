using Microsoft.AspNetCore.Http;
using SpecClient.Credentials.Sts;
using SpecClient.Testing;
using SpecClient.Tests.Transport;
using static SpecClient.Tests.Credentials.CredentialTestKit;

namespace SpecClient.Tests.Credentials;

/// <summary>
/// The STS sources through the runtime's generated StsClient: AssumeRole against the emulator (which checks the
/// source credential's signature), AssumeRoleWithOIDC against a loopback fake (it is sent unsigned).
/// </summary>
public sealed class StsRoleProviderTests
{
    private const string RoleArn = "acs:ram::123456789012****:role/adminrole";
    private const string OidcProviderArn = "acs:ram::113511544585****:oidc-provider/TestOidcIdp";

    private static readonly AccessKeyCredential Source = new(SourceId, SourceSecret);

    [Fact]
    public void The_generated_STS_client_is_pinned_to_STS_2015_04_01()
    {
        Assert.Equal("sts.aliyuncs.com", StsClient.DefaultEndpoint);
        Assert.Equal("2015-04-01", StsClient.ApiVersion);
        Assert.Equal(new[] { "AssumeRole", "AssumeRoleWithOIDC" }, StsOperations.All.Select(o => o.Action).OrderBy(a => a, StringComparer.Ordinal));
        Assert.All(StsOperations.All, o => Assert.Equal(("Sts", "2015-04-01", ApiStyle.Rpc), (o.Product, o.Version, o.Style)));
        Assert.Equal(new[] { "RoleArn", "RoleSessionName" }, StsOperations.AssumeRole.RequiredParameters);
        Assert.Equal(new[] { "RoleArn", "OIDCProviderArn", "OIDCToken" }, StsOperations.AssumeRoleWithOIDC.RequiredParameters);
    }

    [Fact]
    public async Task AssumeRole_is_signed_with_the_source_credential_and_returns_the_role_token()
    {
        await using ApiEmulator emulator = await StartEmulatorAsync();
        DateTimeOffset expiration = DateTimeOffset.UtcNow.AddHours(1);
        emulator.SetResponse("AssumeRole", StsJson(expiration));
        var provider = new RamRoleArnCredentialProvider(
            new StaticCredentialProvider(Source),
            RoleArn,
            new StsRoleOptions { Endpoint = emulator.Endpoint.ToString(), AllowInsecureHttp = true, RoleSessionName = "alice", DurationSeconds = 900, Policy = "{\"Version\":\"1\"}" });

        AccessKeyCredential credential = await provider.GetCredentialAsync(CancellationToken.None);

        Assert.Equal((StsId, StsSecret, StsToken), (credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken));
        Assert.Equal(Iso(expiration), Iso(credential.Expiration!.Value));
        EmulatedRequest request = Assert.Single(emulator.Requests);
        Assert.Equal(200, request.StatusCode);
        Assert.Equal(("AssumeRole", "2015-04-01", SourceId), (request.Action, request.Version, request.AccessKeyId));
        Assert.Equal(RoleArn, request.GetParameter("RoleArn"));
        Assert.Equal("alice", request.GetParameter("RoleSessionName"));
        Assert.Equal("900", request.GetParameter("DurationSeconds"));
        Assert.Equal("{\"Version\":\"1\"}", request.GetParameter("Policy"));
    }

    [Fact]
    public async Task Fifty_parallel_calls_make_one_AssumeRole_request_and_expiry_makes_the_next()
    {
        await using ApiEmulator emulator = await StartEmulatorAsync();
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        emulator.SetResponse("AssumeRole", StsJson(clock.Now.AddHours(1), "STS.first"));
        var provider = new RamRoleArnCredentialProvider(
            new StaticCredentialProvider(Source), RoleArn, new StsRoleOptions { Endpoint = emulator.Endpoint.ToString(), AllowInsecureHttp = true }, clock.Func);

        AccessKeyCredential[] results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => provider.GetCredentialAsync(CancellationToken.None).AsTask())));
        Assert.Single(emulator.Requests);
        Assert.All(results, r => Assert.Equal("STS.first", r.AccessKeyId));
        Assert.StartsWith("specclient-", emulator.Requests[0].GetParameter("RoleSessionName"));
        Assert.Equal("3600", emulator.Requests[0].GetParameter("DurationSeconds"));

        clock.Advance(TimeSpan.FromMinutes(50));
        await provider.GetCredentialAsync(CancellationToken.None);
        Assert.Single(emulator.Requests);

        emulator.SetResponse("AssumeRole", StsJson(clock.Now.AddHours(1), "STS.second"));
        clock.Advance(TimeSpan.FromMinutes(6));
        AccessKeyCredential[] refreshed = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => provider.GetCredentialAsync(CancellationToken.None).AsTask())));
        Assert.Equal(2, emulator.Requests.Count);
        Assert.Contains(refreshed, r => r.AccessKeyId == "STS.second");
        Assert.Equal("STS.second", (await provider.GetCredentialAsync(CancellationToken.None)).AccessKeyId);
    }

    [Fact]
    public async Task An_STS_error_becomes_a_CredentialsException_with_the_code_and_without_secrets()
    {
        await using ApiEmulator emulator = await StartEmulatorAsync();
        emulator.SetError("AssumeRole", 403, "NoPermission", "You are not authorized to do this action.");
        var provider = new RamRoleArnCredentialProvider(
            new StaticCredentialProvider(Source), RoleArn, new StsRoleOptions { Endpoint = emulator.Endpoint.ToString(), AllowInsecureHttp = true });

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("AssumeRole of " + RoleArn, e.Message);
        Assert.Contains("403 NoPermission", e.Message);
        Assert.IsType<ServiceException>(e.InnerException);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task A_wrong_source_secret_is_rejected_by_the_signature_check_and_reported_without_it()
    {
        await using ApiEmulator emulator = await StartEmulatorAsync();
        var provider = new RamRoleArnCredentialProvider(
            new StaticCredentialProvider(SourceId, "Wrong-" + SourceSecret), RoleArn, new StsRoleOptions { Endpoint = emulator.Endpoint.ToString(), AllowInsecureHttp = true });

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("SignatureDoesNotMatch", e.Message);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task A_missing_source_credential_is_named()
    {
        var provider = new RamRoleArnCredentialProvider(new EnvironmentCredentialProvider(_ => null), RoleArn, new StsRoleOptions { Endpoint = ClosedPort().ToString(), AllowInsecureHttp = true });

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("no source credential", e.Message);
        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", e.Message);
    }

    [Fact]
    public async Task A_response_that_cannot_be_read_is_reported_without_its_body_which_holds_the_new_secret()
    {
        await using LoopbackServer sts = await ServeAsync(c => WriteAsync(c, 200, "{\"RequestId\":\"r-9\",\"Credentials\":{\"AccessKeySecret\":\"" + StsSecret + "\",\"AccessKeyId\":[1,"));
        var provider = new RamRoleArnCredentialProvider(new StaticCredentialProvider(Source), RoleArn, new StsRoleOptions { Endpoint = sts.BaseUri.ToString(), AllowInsecureHttp = true });

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("could not be read", e.Message);
        Assert.Null(e.InnerException);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task A_response_without_credentials_names_the_missing_field()
    {
        await using LoopbackServer sts = await ServeAsync(c => WriteAsync(c, 200, "{\"RequestId\":\"r-1\",\"Credentials\":{\"AccessKeyId\":\"STS.x\",\"AccessKeySecret\":\"" + StsSecret + "\"}}"));
        var provider = new RamRoleArnCredentialProvider(new StaticCredentialProvider(Source), RoleArn, new StsRoleOptions { Endpoint = sts.BaseUri.ToString(), AllowInsecureHttp = true });

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("returned no SecurityToken", e.Message);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task AssumeRoleWithOIDC_is_sent_unsigned_with_the_token_file_in_the_form_body()
    {
        using var world = new FakeWorld();
        string tokenFile = world.Write("token", OidcToken + "\n");
        DateTimeOffset expiration = DateTimeOffset.UtcNow.AddHours(1);
        await using LoopbackServer sts = await ServeAsync(c => WriteAsync(c, 200, StsJson(expiration)));
        var provider = new OidcRoleArnCredentialProvider(
            RoleArn, OidcProviderArn, tokenFile, new StsRoleOptions { Endpoint = sts.BaseUri.ToString(), AllowInsecureHttp = true, RoleSessionName = "pod-a", DurationSeconds = 1800 });

        AccessKeyCredential credential = await provider.GetCredentialAsync(CancellationToken.None);

        Assert.Equal((StsId, StsSecret, StsToken), (credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken));
        ReceivedRequest request = sts.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal(string.Empty, request.RawQuery);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType);
        Dictionary<string, string> form = request.Form.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("AssumeRoleWithOIDC", form["Action"]);
        Assert.Equal("2015-04-01", form["Version"]);
        Assert.Equal("JSON", form["Format"]);
        Assert.True(DateTimeOffset.TryParse(form["Timestamp"], out _));
        Assert.Equal(RoleArn, form["RoleArn"]);
        Assert.Equal(OidcProviderArn, form["OIDCProviderArn"]);
        Assert.Equal(OidcToken, form["OIDCToken"]);
        Assert.Equal("pod-a", form["RoleSessionName"]);
        Assert.Equal("1800", form["DurationSeconds"]);
        foreach (string signed in new[] { "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "SecurityToken" })
        {
            Assert.False(form.ContainsKey(signed), signed);
        }

        Assert.DoesNotContain(request.Headers, h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_token_file_is_read_again_on_each_refresh()
    {
        using var world = new FakeWorld();
        string tokenFile = world.Write("token", "first." + OidcToken);
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        await using LoopbackServer sts = await ServeAsync(c => WriteAsync(c, 200, StsJson(clock.Now.AddMinutes(15))));
        var provider = new OidcRoleArnCredentialProvider(RoleArn, OidcProviderArn, tokenFile, new StsRoleOptions { Endpoint = sts.BaseUri.ToString(), AllowInsecureHttp = true }, clock.Func);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => provider.GetCredentialAsync(CancellationToken.None).AsTask())));
        world.Write("token", "second." + OidcToken);
        clock.Advance(TimeSpan.FromMinutes(14));
        await provider.GetCredentialAsync(CancellationToken.None);

        string[] tokens = sts.Requests.Select(r => r.Form.Single(p => p.Key == "OIDCToken").Value).ToArray();
        Assert.Equal(new[] { "first." + OidcToken, "second." + OidcToken }, tokens);
    }

    [Fact]
    public async Task A_missing_or_empty_token_file_is_named_and_STS_is_not_called()
    {
        using var world = new FakeWorld();
        await using LoopbackServer sts = await ServeAsync(c => WriteAsync(c, 500, "{}"));
        string missing = Path.Combine(world.Home, "no-such-token");
        var provider = new OidcRoleArnCredentialProvider(RoleArn, OidcProviderArn, missing, new StsRoleOptions { Endpoint = sts.BaseUri.ToString(), AllowInsecureHttp = true });

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains(missing, e.Message);
        Assert.Contains("does not exist", e.Message);

        var empty = new OidcRoleArnCredentialProvider(RoleArn, OidcProviderArn, world.Write("empty", "  \n"), new StsRoleOptions { Endpoint = sts.BaseUri.ToString(), AllowInsecureHttp = true });
        e = await Assert.ThrowsAsync<CredentialsException>(() => empty.GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("is empty", e.Message);
        Assert.Empty(sts.Requests);
    }

    [Fact]
    public async Task An_OIDC_rejection_is_reported_without_the_token()
    {
        using var world = new FakeWorld();
        await using LoopbackServer sts = await ServeAsync(c => WriteAsync(
            c, 400, "{\"RequestId\":\"r-2\",\"Code\":\"AuthenticationFail.OIDCToken.Invalid\",\"Message\":\"The OIDCToken is invalid.\"}"));
        var provider = new OidcRoleArnCredentialProvider(RoleArn, OidcProviderArn, world.Write("token", OidcToken), new StsRoleOptions { Endpoint = sts.BaseUri.ToString(), AllowInsecureHttp = true });

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("AssumeRoleWithOIDC of " + RoleArn, e.Message);
        Assert.Contains("AuthenticationFail.OIDCToken.Invalid", e.Message);
        Assert.Contains("r-2", e.Message);
        AssertNoSecret(e);
        AssertNoSecret(provider.ToString());
    }

    [Fact]
    public void Options_out_of_range_and_empty_ARNs_are_rejected_when_the_provider_is_created()
    {
        var source = new StaticCredentialProvider(Source);
        Assert.Throws<ArgumentException>(() => new RamRoleArnCredentialProvider(source, " "));
        Assert.Throws<ArgumentException>(() => new RamRoleArnCredentialProvider(source, RoleArn, new StsRoleOptions { DurationSeconds = 899 }));
        Assert.Throws<ArgumentException>(() => new RamRoleArnCredentialProvider(source, RoleArn, new StsRoleOptions { RoleSessionName = "x" }));
        Assert.Throws<ArgumentException>(() => new RamRoleArnCredentialProvider(source, RoleArn, new StsRoleOptions { Endpoint = "http://127.0.0.1:1/" }));
        Assert.Throws<ArgumentException>(() => new OidcRoleArnCredentialProvider(RoleArn, "", "/tmp/token"));
    }

    [Fact]
    public void Descriptions_name_the_role_and_endpoint_and_never_a_secret()
    {
        var provider = new RamRoleArnCredentialProvider(new StaticCredentialProvider(Source), RoleArn, new StsRoleOptions { Endpoint = "sts.cn-hangzhou.aliyuncs.com" });

        string text = provider.ToString();

        Assert.Contains(RoleArn, text);
        Assert.Contains("sts.cn-hangzhou.aliyuncs.com", text);
        Assert.Contains(SourceId, text);
        AssertNoSecret(text);
    }

    private static Task<ApiEmulator> StartEmulatorAsync() =>
        ApiEmulator.StartAsync(new EmulatorOptions { Operations = StsOperations.All, Credentials = new[] { Source } });
}

using SpecClient.Credentials.Sts;
using SpecClient.Testing;
using SpecClient.Tests.Transport;
using static SpecClient.Tests.Credentials.CredentialTestKit;

namespace SpecClient.Tests.Credentials;

/// <summary>The CLI's ~/.aliyun/config.json and the SDKs' ~/.alibabacloud/credentials, in a temp home of the test's own.</summary>
public sealed class ProfileFileTests
{
    private const string RoleArn = "acs:ram::1234:role/deployer";

    [Fact]
    public async Task CLI_AK_profile_named_current_is_used()
    {
        using var world = new FakeWorld();
        world.Write(".aliyun/config.json", CliConfig("prod", Profile("dev", "AK", "dev-id", "dev-secret"), Profile("prod", "AK", SourceId, SourceSecret)));

        AccessKeyCredential credential = await Cli(world).GetCredentialAsync(CancellationToken.None);

        Assert.Equal((SourceId, SourceSecret, (string?)null), (credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken));
    }

    [Fact]
    public async Task ALIBABA_CLOUD_PROFILE_overrides_current_and_StsToken_mode_carries_the_token()
    {
        using var world = new FakeWorld();
        world.Variables["ALIBABA_CLOUD_PROFILE"] = "temp";
        world.Write(".aliyun/config.json", CliConfig("default", Profile("default", "AK", "x", "y"), Profile("temp", "StsToken", StsId, StsSecret, ("sts_token", StsToken))));

        AccessKeyCredential credential = await Cli(world).GetCredentialAsync(CancellationToken.None);

        Assert.Equal((StsId, StsSecret, StsToken), (credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken));
    }

    [Fact]
    public async Task CLI_RamRoleArn_assumes_the_role_signed_with_the_profile_AccessKey()
    {
        using var world = new FakeWorld();
        await using ApiEmulator emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = StsOperations.All, Credentials = new[] { new AccessKeyCredential(SourceId, SourceSecret) } });
        emulator.SetResponse("AssumeRole", StsJson(DateTimeOffset.UtcNow.AddHours(1)));
        world.Sts = emulator.Endpoint.ToString();
        world.Write(".aliyun/config.json", CliConfig("role", Profile("role", "RamRoleArn", SourceId, SourceSecret, ("ram_role_arn", RoleArn), ("ram_session_name", "cli-session"), ("expired_seconds", 1800))));

        AccessKeyCredential credential = await Cli(world).GetCredentialAsync(CancellationToken.None);

        Assert.Equal(StsToken, credential.SecurityToken);
        EmulatedRequest request = Assert.Single(emulator.Requests);
        Assert.Equal((200, SourceId, RoleArn, "cli-session", "1800"), (request.StatusCode, request.AccessKeyId, request.GetParameter("RoleArn"), request.GetParameter("RoleSessionName"), request.GetParameter("DurationSeconds")));
    }

    [Fact]
    public async Task CLI_ChainableRamRoleArn_signs_with_the_source_profile()
    {
        using var world = new FakeWorld();
        await using ApiEmulator emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = StsOperations.All, Credentials = new[] { new AccessKeyCredential(SourceId, SourceSecret) } });
        emulator.SetResponse("AssumeRole", StsJson(DateTimeOffset.UtcNow.AddHours(1)));
        world.Sts = emulator.Endpoint.ToString();
        world.Write(".aliyun/config.json", CliConfig(
            "chained",
            Profile("base", "AK", SourceId, SourceSecret),
            Profile("chained", "ChainableRamRoleArn", null, null, ("source_profile", "base"), ("ram_role_arn", RoleArn)),
            Profile("loop", "ChainableRamRoleArn", null, null, ("source_profile", "loop"), ("ram_role_arn", RoleArn))));

        Assert.Equal(StsId, (await Cli(world).GetCredentialAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal(SourceId, Assert.Single(emulator.Requests).AccessKeyId);

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => new CliProfileCredentialProvider("loop", null, world.Environment()).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("its own source_profile", e.Message);
    }

    [Fact]
    public async Task CLI_EcsRamRole_reads_the_metadata_service()
    {
        using var world = new FakeWorld();
        await using LoopbackServer metadata = await ServeAsync(c => c.Request.Method == "PUT"
            ? WriteAsync(c, 200, "tok", "text/plain")
            : WriteAsync(c, 200, CredentialJson(DateTimeOffset.UtcNow.AddHours(6)), "text/plain"));
        world.Metadata = metadata.BaseUri;
        world.Write(".aliyun/config.json", CliConfig("ecs", Profile("ecs", "EcsRamRole", null, null, ("ram_role_name", "MyEcsRole"))));

        Assert.Equal(StsId, (await Cli(world).GetCredentialAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal("/latest/meta-data/ram/security-credentials/MyEcsRole", metadata.Requests.Last().Path);
    }

    [Fact]
    public async Task CLI_problems_are_named_without_values()
    {
        using var world = new FakeWorld();
        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => Cli(world).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("does not exist", e.Message);
        Assert.Contains(Path.Combine(world.Home, ".aliyun", "config.json"), e.Message);

        world.Write(".aliyun/config.json", CliConfig("kp", Profile("kp", "RsaKeyPair", SourceId, SourceSecret), Profile("half", "AK", SourceId, null)));
        e = await Assert.ThrowsAsync<CredentialsException>(() => Cli(world).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("'RsaKeyPair'", e.Message);
        e = await Assert.ThrowsAsync<CredentialsException>(() => new CliProfileCredentialProvider("half", null, world.Environment()).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("has no AccessKey secret", e.Message);
        e = await Assert.ThrowsAsync<CredentialsException>(() => new CliProfileCredentialProvider("absent", null, world.Environment()).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("no profile 'absent'", e.Message);

        world.Write(".aliyun/config.json", "{\"current\":\"a\",\"profiles\":[{\"name\":\"a\",\"access_key_secret\":\"" + SourceSecret + "\" oops");
        e = await Assert.ThrowsAsync<CredentialsException>(() => Cli(world).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("not valid JSON", e.Message);
        AssertNoSecret(e);
    }

    [Fact]
    public async Task Ini_default_profile_access_key_and_named_sts_profile()
    {
        using var world = new FakeWorld();
        world.Write(".alibabacloud/credentials", $"""
            # comment
            [default]
            enable = true
            type = access_key
            access_key_id = {SourceId}
            access_key_secret = {SourceSecret}

            ; another
            [temp]
            type = sts
            access_key_id = {StsId}
            access_key_secret = {StsSecret}
            security_token = {StsToken}
            """);

        AccessKeyCredential byDefault = await new ProfileCredentialProvider(null, null, world.Environment()).GetCredentialAsync(CancellationToken.None);
        world.Variables["ALIBABA_CLOUD_PROFILE"] = "temp";
        AccessKeyCredential named = await new ProfileCredentialProvider(null, null, world.Environment()).GetCredentialAsync(CancellationToken.None);

        Assert.Equal((SourceId, SourceSecret), (byDefault.AccessKeyId, byDefault.AccessKeySecret));
        Assert.Equal((StsId, StsSecret, StsToken), (named.AccessKeyId, named.AccessKeySecret, named.SecurityToken));
    }

    [Fact]
    public async Task ALIBABA_CLOUD_CREDENTIALS_FILE_names_the_file_and_ram_role_arn_calls_STS()
    {
        using var world = new FakeWorld();
        await using ApiEmulator emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = StsOperations.All, Credentials = new[] { new AccessKeyCredential(SourceId, SourceSecret) } });
        emulator.SetResponse("AssumeRole", StsJson(DateTimeOffset.UtcNow.AddHours(1)));
        world.Sts = emulator.Endpoint.ToString();
        world.Variables["ALIBABA_CLOUD_CREDENTIALS_FILE"] = world.Write("elsewhere/creds.ini", $$"""
            [default]
            type = ram_role_arn
            access_key_id = {{SourceId}}
            access_key_secret = {{SourceSecret}}
            role_arn = {{RoleArn}}
            role_session_name = ini-session
            policy = {"Version":"1"}
            """);

        var provider = new ProfileCredentialProvider(null, null, world.Environment());
        AccessKeyCredential credential = await provider.GetCredentialAsync(CancellationToken.None);
        await provider.GetCredentialAsync(CancellationToken.None);

        Assert.Equal(StsToken, credential.SecurityToken);
        EmulatedRequest request = Assert.Single(emulator.Requests);
        Assert.Equal((RoleArn, "ini-session", "{\"Version\":\"1\"}"), (request.GetParameter("RoleArn"), request.GetParameter("RoleSessionName"), request.GetParameter("Policy")));
        Assert.Contains("elsewhere", provider.ToString());
        AssertNoSecret(provider.ToString());
    }

    [Fact]
    public async Task Ini_ecs_ram_role_and_oidc_role_arn_use_their_services()
    {
        using var world = new FakeWorld();
        await using LoopbackServer fake = await ServeAsync(c => c.Request.Method == "PUT"
            ? WriteAsync(c, 200, "tok", "text/plain")
            : c.Request.Path.StartsWithSegments("/latest")
                ? WriteAsync(c, 200, CredentialJson(DateTimeOffset.UtcNow.AddHours(6), "STS.ecs"), "text/plain")
                : WriteAsync(c, 200, StsJson(DateTimeOffset.UtcNow.AddHours(1), "STS.oidc")));
        world.Metadata = fake.BaseUri;
        world.Sts = fake.BaseUri.ToString();
        string tokenFile = world.Write("token", OidcToken);
        world.Write(".alibabacloud/credentials", $"""
            [ecs]
            type = ecs_ram_role
            role_name = WebRole

            [oidc]
            type = oidc_role_arn
            role_arn = {RoleArn}
            oidc_provider_arn = acs:ram::1234:oidc-provider/ack
            oidc_token_file_path = {tokenFile}
            """);

        Assert.Equal("STS.ecs", (await new ProfileCredentialProvider("ecs", null, world.Environment()).GetCredentialAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal("STS.oidc", (await new ProfileCredentialProvider("oidc", null, world.Environment()).GetCredentialAsync(CancellationToken.None)).AccessKeyId);
        Assert.Contains(fake.Requests, r => r.Path == "/latest/meta-data/ram/security-credentials/WebRole");
        Assert.Contains(fake.Requests, r => r.Form.Any(p => p.Key == "OIDCToken" && p.Value == OidcToken));
    }

    [Fact]
    public async Task Ini_problems_are_named_without_values()
    {
        using var world = new FakeWorld();
        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => new ProfileCredentialProvider(null, null, world.Environment()).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains(Path.Combine(world.Home, ".alibabacloud", "credentials"), e.Message);

        world.Write(".alibabacloud/credentials", $"""
            [default]
            type = rsa_key_pair
            public_key_id = x
            private_key_file = /k

            [off]
            enable = false
            type = access_key
            access_key_id = {SourceId}
            access_key_secret = {SourceSecret}

            [partial]
            type = access_key
            access_key_secret = {SourceSecret}
            """);
        e = await Assert.ThrowsAsync<CredentialsException>(() => new ProfileCredentialProvider(null, null, world.Environment()).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("'rsa_key_pair'", e.Message);
        e = await Assert.ThrowsAsync<CredentialsException>(() => new ProfileCredentialProvider("off", null, world.Environment()).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("enable = false", e.Message);
        e = await Assert.ThrowsAsync<CredentialsException>(() => new ProfileCredentialProvider("partial", null, world.Environment()).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("has no AccessKey ID", e.Message);
        AssertNoSecret(e);
        e = await Assert.ThrowsAsync<CredentialsException>(() => new ProfileCredentialProvider("nobody", null, world.Environment()).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("no profile [nobody]", e.Message);
    }

    private static CliProfileCredentialProvider Cli(FakeWorld world) => new(null, null, world.Environment());

    private static string CliConfig(string current, params string[] profiles) =>
        "{\n  \"current\": \"" + current + "\",\n  \"profiles\": [\n" + string.Join(",\n", profiles) + "\n  ],\n  \"meta_path\": \"\"\n}";

    private static string Profile(string name, string mode, string? id, string? secret, params (string Key, object Value)[] extra)
    {
        var fields = new List<string>
        {
            "\"name\": \"" + name + "\"",
            "\"mode\": \"" + mode + "\"",
            "\"access_key_id\": \"" + id + "\"",
            "\"access_key_secret\": \"" + secret + "\"",
            "\"region_id\": \"cn-hangzhou\"",
            "\"output_format\": \"json\"",
            "\"retry_count\": 0",
        };
        foreach ((string key, object value) in extra)
        {
            fields.Add("\"" + key + "\": " + (value is string s ? "\"" + s + "\"" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return "    {" + string.Join(", ", fields) + "}";
    }
}

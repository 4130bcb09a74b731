using Microsoft.AspNetCore.Http;
using SpecClient.Tests.Transport;
using static SpecClient.Tests.Credentials.CredentialTestKit;

namespace SpecClient.Tests.Credentials;

/// <summary>The ECS metadata service (IMDSv2) and credentials URI sources, against loopback fakes.</summary>
public sealed class EcsAndUriProviderTests
{
    private const string MetadataToken = "imds-session-token";

    [Fact]
    public async Task ECS_gets_a_session_token_then_looks_up_the_role_then_its_credential()
    {
        var metadata = new FakeMetadata("EcsRamRoleTest", DateTimeOffset.UtcNow.AddHours(6));
        await using LoopbackServer server = await ServeAsync(metadata.HandleAsync);
        EcsRamRoleCredentialProvider provider = Ecs(server, roleName: null);

        AccessKeyCredential credential = await provider.GetCredentialAsync(CancellationToken.None);

        Assert.Equal((StsId, StsSecret, StsToken), (credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken));
        ReceivedRequest[] requests = server.Requests.ToArray();
        Assert.Equal(
            new[] { "PUT /latest/api/token", "GET /latest/meta-data/ram/security-credentials/", "GET /latest/meta-data/ram/security-credentials/EcsRamRoleTest" },
            requests.Select(r => r.Method + " " + r.Path));
        Assert.Equal("21600", requests[0].Header("X-aliyun-ecs-metadata-token-ttl-seconds"));
        Assert.All(requests.Skip(1), r => Assert.Equal(MetadataToken, r.Header("X-aliyun-ecs-metadata-token")));
    }

    [Fact]
    public async Task ECS_with_a_role_name_skips_the_lookup_and_refreshes_before_expiry()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        var metadata = new FakeMetadata("named-role", clock.Now.AddHours(1));
        await using LoopbackServer server = await ServeAsync(metadata.HandleAsync);
        EcsRamRoleCredentialProvider provider = Ecs(server, "named-role", clock: clock);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => provider.GetCredentialAsync(CancellationToken.None).AsTask())));
        Assert.Equal(2, server.Requests.Count);
        Assert.DoesNotContain(server.Requests, r => r.Path == "/latest/meta-data/ram/security-credentials/");

        metadata.Expiration = clock.Now.AddHours(2);
        metadata.AccessKeyId = "STS.renewed";
        clock.Advance(TimeSpan.FromMinutes(56));
        Assert.Equal("STS.renewed", (await provider.GetCredentialAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task ECS_falls_back_to_requests_without_a_token_unless_IMDSv1_is_disabled()
    {
        var metadata = new FakeMetadata("r", DateTimeOffset.UtcNow.AddHours(1)) { TokenStatus = 403 };
        await using LoopbackServer server = await ServeAsync(metadata.HandleAsync);

        AccessKeyCredential credential = await Ecs(server, "r").GetCredentialAsync(CancellationToken.None);
        Assert.Equal(StsId, credential.AccessKeyId);
        Assert.DoesNotContain(server.Requests.Skip(1), r => r.Headers.Any(h => h.Key.Equals("X-aliyun-ecs-metadata-token", StringComparison.OrdinalIgnoreCase)));

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => Ecs(server, "r", disableImdsV1: true).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("ALIBABA_CLOUD_IMDSV1_DISABLED", e.Message);
        Assert.Contains("403", e.Message);
    }

    [Fact]
    public async Task ECS_without_a_role_or_off_an_instance_says_so()
    {
        var metadata = new FakeMetadata(null, DateTimeOffset.UtcNow.AddHours(1));
        await using LoopbackServer server = await ServeAsync(metadata.HandleAsync);

        CredentialsException noRole = await Assert.ThrowsAsync<CredentialsException>(() => Ecs(server, null).GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("no RAM role", noRole.Message);

        CredentialsException unknownRole = await Assert.ThrowsAsync<CredentialsException>(() => Ecs(server, "ghost").GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("not attached", unknownRole.Message);

        var closed = new EcsRamRoleCredentialProvider("r", false, ClosedPort(), SharedHttpClient.Instance, TimeSpan.FromSeconds(1), null);
        CredentialsException unreachable = await Assert.ThrowsAsync<CredentialsException>(() => closed.GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("could not be reached", unreachable.Message);
    }

    [Fact]
    public async Task ECS_that_does_not_answer_in_time_times_out_quickly()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(TransportTestKit.Stall);
        var provider = new EcsRamRoleCredentialProvider("r", false, server.BaseUri, SharedHttpClient.Instance, TimeSpan.FromMilliseconds(200), null);

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("did not answer within 0.2 s", e.Message);
    }

    [Fact]
    public async Task ECS_answers_that_are_not_Success_or_not_JSON_are_errors_without_secrets()
    {
        var metadata = new FakeMetadata("r", DateTimeOffset.UtcNow.AddHours(1)) { Code = "Failed" };
        await using LoopbackServer server = await ServeAsync(metadata.HandleAsync);

        CredentialsException failed = await Assert.ThrowsAsync<CredentialsException>(() => Ecs(server, "r").GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("Code 'Failed'", failed.Message);
        AssertNoSecret(failed);

        metadata.Body = "{\"AccessKeySecret\":\"" + StsSecret + "\",";
        CredentialsException broken = await Assert.ThrowsAsync<CredentialsException>(() => Ecs(server, "r").GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("not valid JSON", broken.Message);
        AssertNoSecret(broken);
    }

    [Fact]
    public async Task The_credentials_URI_is_fetched_once_and_again_before_expiry()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        string id = "STS.uri-1";
        await using LoopbackServer server = await ServeAsync(c => WriteAsync(c, 200, CredentialJson(clock.Now.AddMinutes(30), id)));
        var provider = new UriCredentialProvider(server.BaseUri + "credentials?role=app&token=q-secret", SharedHttpClient.Instance, TimeSpan.FromSeconds(5), clock.Func);

        AccessKeyCredential[] first = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => provider.GetCredentialAsync(CancellationToken.None).AsTask())));
        Assert.All(first, c => Assert.Equal("STS.uri-1", c.AccessKeyId));
        ReceivedRequest request = server.Single();
        Assert.Equal(("GET", "/credentials", "role=app&token=q-secret"), (request.Method, request.Path, request.RawQuery));

        id = "STS.uri-2";
        clock.Advance(TimeSpan.FromMinutes(28));
        Assert.Equal("STS.uri-2", (await provider.GetCredentialAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal(2, server.Requests.Count);
        Assert.DoesNotContain("q-secret", provider.ToString());
    }

    [Fact]
    public async Task Credentials_URI_errors_name_the_status_or_code_and_never_a_secret()
    {
        int status = 500;
        string body = "oops";
        await using LoopbackServer server = await ServeAsync(c => WriteAsync(c, status, body));
        var provider = new UriCredentialProvider(server.BaseUri.ToString(), SharedHttpClient.Instance, TimeSpan.FromSeconds(5), null);

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("HTTP 500", e.Message);

        status = 200;
        body = CredentialJson(DateTimeOffset.UtcNow.AddHours(1), code: "Forbidden");
        e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("Code 'Forbidden'", e.Message);
        AssertNoSecret(e);

        body = CredentialJson(DateTimeOffset.UtcNow.AddHours(1)).Replace("\"Expiration\":\"", "\"Expiration\":\"soon-", StringComparison.Ordinal);
        e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());
        Assert.Contains("not a time", e.Message);
        AssertNoSecret(e);

        Assert.Throws<ArgumentException>(() => new UriCredentialProvider("file:///etc/passwd"));
        Assert.Throws<ArgumentException>(() => new UriCredentialProvider("not a uri"));
    }

    private static EcsRamRoleCredentialProvider Ecs(LoopbackServer server, string? roleName, bool disableImdsV1 = false, FakeClock? clock = null) =>
        new(roleName, disableImdsV1, server.BaseUri, SharedHttpClient.Instance, TimeSpan.FromSeconds(5), clock?.Func);

    /// <summary>The metadata service's three endpoints, as an ECS instance answers them.</summary>
    private sealed class FakeMetadata
    {
        private readonly string? _role;

        public FakeMetadata(string? role, DateTimeOffset expiration)
        {
            _role = role;
            Expiration = expiration;
        }

        public int TokenStatus { get; set; } = 200;

        public DateTimeOffset Expiration { get; set; }

        public string AccessKeyId { get; set; } = StsId;

        public string Code { get; set; } = "Success";

        public string? Body { get; set; }

        public Task HandleAsync(HttpContext context)
        {
            string path = context.Request.Path.Value ?? string.Empty;
            if (context.Request.Method == "PUT" && path == "/latest/api/token")
            {
                return TokenStatus == 200 ? WriteAsync(context, 200, MetadataToken, "text/plain") : WriteAsync(context, TokenStatus, "forbidden", "text/plain");
            }

            const string prefix = "/latest/meta-data/ram/security-credentials/";
            if (context.Request.Method == "GET" && path == prefix)
            {
                return _role is null ? WriteAsync(context, 404, "Not Found", "text/plain") : WriteAsync(context, 200, _role + "\n", "text/plain");
            }

            if (context.Request.Method == "GET" && path.StartsWith(prefix, StringComparison.Ordinal) && path.Substring(prefix.Length) == _role)
            {
                return WriteAsync(context, 200, Body ?? CredentialJson(Expiration, AccessKeyId, code: Code), "text/plain");
            }

            return WriteAsync(context, 404, "Not Found", "text/plain");
        }
    }
}

using SpecClient.Signing;
using static SpecClient.Tests.Transport.TransportTestKit;

namespace SpecClient.Tests.Transport;

/// <summary>Which exception type an error answer gives, and what it carries, over real loopback HTTP.</summary>
public sealed class ErrorTypesTests
{
    [Theory]
    [InlineData(400, "InvalidParameter", typeof(ClientErrorException))]
    [InlineData(404, "InvalidAction.NotFound", typeof(ClientErrorException))]
    [InlineData(400, "Throttling.User", typeof(ThrottlingException))]
    [InlineData(400, "throttling.api", typeof(ThrottlingException))]
    [InlineData(429, "", typeof(ThrottlingException))]
    [InlineData(503, "ServiceUnavailable", typeof(ThrottlingException))]
    [InlineData(503, "", typeof(ThrottlingException))]
    [InlineData(500, "InternalError", typeof(ServerErrorException))]
    [InlineData(502, "", typeof(ServerErrorException))]
    [InlineData(504, "GatewayTimeout", typeof(ServerErrorException))]
    [InlineData(302, "", typeof(ServiceException))]
    public async Task The_status_and_code_choose_the_exception_type(int status, string code, Type expected)
    {
        string body = code.Length == 0 ? string.Empty : "{\"Code\":\"" + code + "\",\"RequestId\":\"R\"}";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(status, body));
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        options.Retry = RetryOptions.None;

        ServiceException e = await Assert.ThrowsAnyAsync<ServiceException>(
            () => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal(expected, e.GetType());
        Assert.Equal(status, e.StatusCode);
        Assert.IsAssignableFrom<SpecClientException>(e);
    }

    [Fact]
    public async Task AccessDeniedDetail_is_read_from_a_JSON_error()
    {
        const string body = """
            {"RequestId":"R-403","HostId":"domain.aliyuncs.com","Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource.",
             "Recommend":"https://api.aliyun.com/troubleshoot?q=Forbidden.RAM",
             "AccessDeniedDetail":{"PolicyType":"AccountLevelIdentityBasedPolicy","AuthPrincipalOwnerId":"1234567890","EncodedDiagnosticMessage":"AQEAAAAAZ...",
               "AuthPrincipalType":"SubUser","AuthPrincipalDisplayName":"dev","NoPermissionType":"ImplicitDeny","AuthAction":"domain:QueryDomainList","Extra":[1,2]}}
            """;
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(403, body));

        ClientErrorException e = await Assert.ThrowsAsync<ClientErrorException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        AccessDeniedDetail detail = Assert.IsType<AccessDeniedDetail>(e.AccessDeniedDetail);
        Assert.Equal("domain:QueryDomainList", detail.AuthAction);
        Assert.Equal("SubUser", detail.AuthPrincipalType);
        Assert.Equal("1234567890", detail.AuthPrincipalOwnerId);
        Assert.Equal("dev", detail.AuthPrincipalDisplayName);
        Assert.Equal("AccountLevelIdentityBasedPolicy", detail.PolicyType);
        Assert.Equal("ImplicitDeny", detail.NoPermissionType);
        Assert.Equal("AQEAAAAAZ...", detail.EncodedDiagnosticMessage);
        Assert.Contains("\"Extra\":[1,2]", detail.Raw);
        Assert.Equal(detail.Raw, detail.ToString());
        Assert.Equal(("Forbidden.RAM", "R-403", "domain.aliyuncs.com"), (e.Code, e.RequestId, e.HostId));
    }

    [Fact]
    public async Task AccessDeniedDetail_sent_as_a_JSON_string_is_read_too()
    {
        const string body = "{\"Code\":\"NoPermission\",\"AccessDeniedDetail\":\"{\\\"AuthAction\\\":\\\"domain:SaveTask\\\"}\"}";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(403, body));

        ClientErrorException e = await Assert.ThrowsAsync<ClientErrorException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal("domain:SaveTask", e.AccessDeniedDetail!.AuthAction);
    }

    [Fact]
    public async Task Without_AccessDeniedDetail_it_is_null()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(400, "{\"Code\":\"InvalidParameter\"}"));

        ClientErrorException e = await Assert.ThrowsAsync<ClientErrorException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Null(e.AccessDeniedDetail);
    }

    [Fact]
    public async Task An_HTML_error_page_gives_its_title_as_the_message()
    {
        const string page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><TITLE>\n  502 Bad Gateway\n</TITLE></head><body>nginx</body></html>";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(502, page, "text/plain", ("x-acs-request-id", "R-html")));

        ServerErrorException e = await Assert.ThrowsAsync<ServerErrorException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal("502 Bad Gateway", e.ErrorMessage);
        Assert.Null(e.Code);
        Assert.Equal("R-html", e.RequestId);
    }

    [Fact]
    public async Task A_huge_error_body_is_read_only_as_far_as_needed()
    {
        string huge = "{\"RequestId\":\"R-huge\",\"Code\":\"InternalError\",\"Message\":\"m\",\"Pad\":\"" + new string('x', 1_000_000) + "\"}";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(500, huge));

        ServerErrorException e = await Assert.ThrowsAsync<ServerErrorException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal(("R-huge", "InternalError", "m"), (e.RequestId, e.Code, e.ErrorMessage));
    }

    [Fact]
    public async Task An_XML_error_body_gives_the_same_fields_as_JSON()
    {
        const string xml = "<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>R-x</RequestId><HostId>domain.aliyuncs.com</HostId><Code>Forbidden.RAM</Code>"
            + "<Message>no</Message><Recommend>https://api.aliyun.com/troubleshoot?q=Forbidden.RAM&amp;product=Domain</Recommend>"
            + "<AccessDeniedDetail><AuthAction>domain:QueryDomainList</AuthAction><NoPermissionType>ImplicitDeny</NoPermissionType></AccessDeniedDetail></Error>";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(403, xml, "text/xml;charset=utf-8"));

        ClientErrorException e = await Assert.ThrowsAsync<ClientErrorException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal(("R-x", "domain.aliyuncs.com", "Forbidden.RAM", "no"), (e.RequestId, e.HostId, e.Code, e.ErrorMessage));
        Assert.Equal("https://api.aliyun.com/troubleshoot?q=Forbidden.RAM&product=Domain", e.Recommend);
        Assert.Equal(("domain:QueryDomainList", "ImplicitDeny"), (e.AccessDeniedDetail!.AuthAction, e.AccessDeniedDetail.NoPermissionType));
    }

    [Fact]
    public void The_public_constructors_build_what_callers_expect()
    {
        var detail = new AccessDeniedDetail("a", null, null, null, null, "ImplicitDeny", null, "{}");
        ServiceException plain = new(400, "C", "M", "R");
        ServiceException client = new ClientErrorException(400, "C", "M", "R", "H", "Rec", detail);
        ServiceException server = new ServerErrorException(500, "C", "M", "R", innerException: new IOException("x"));
        var throttling = new ThrottlingException(429, "Throttling", "M", "R", null, null, null, TimeSpan.FromSeconds(2));

        Assert.Null(plain.AccessDeniedDetail);
        Assert.Same(detail, client.AccessDeniedDetail);
        Assert.Equal(("H", "Rec"), (client.HostId, client.Recommend));
        Assert.IsType<IOException>(server.InnerException);
        Assert.Equal(TimeSpan.FromSeconds(2), throttling.RetryAfter);
        Assert.Null(new ThrottlingException(503, null, null, null).RetryAfter);
        Assert.Contains("HTTP 429 Throttling: M (RequestId R)", throttling.Message);
    }

    [Fact]
    public async Task Secrets_in_an_access_denied_detail_or_an_HTML_title_are_redacted()
    {
        string body = "{\"Code\":\"Forbidden\",\"AccessDeniedDetail\":{\"AuthAction\":\"" + Secret + "\",\"Note\":\"" + Token.Replace("\"", "") + "\"}}";
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(403, body));

        ClientErrorException e = await Assert.ThrowsAsync<ClientErrorException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Equal("***", e.AccessDeniedDetail!.AuthAction);
        Assert.DoesNotContain(Secret, e.AccessDeniedDetail.Raw);
        Assert.DoesNotContain(Token, e.AccessDeniedDetail.Raw);

        await using LoopbackServer html = await LoopbackServer.StartAsync(LoopbackServer.Reply(502, "<html><title>" + Secret + "</title></html>", "text/html"));
        ServerErrorException page = await Assert.ThrowsAsync<ServerErrorException>(
            () => new ApiTransport(Options(html, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None));
        AssertNoSecret(page);
        Assert.Equal("***", page.ErrorMessage);
    }
}

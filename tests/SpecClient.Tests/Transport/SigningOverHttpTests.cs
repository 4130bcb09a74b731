using System.Globalization;
using System.Text.RegularExpressions;
using SpecClient.Signing;
using static SpecClient.Tests.Transport.TransportTestKit;

namespace SpecClient.Tests.Transport;

/// <summary>
/// Requests go over real loopback HTTP; the server side recomputes each signature from what it received,
/// the way the service (and the emulator) verifies it.
/// </summary>
public sealed class SigningOverHttpTests
{
    [Fact]
    public async Task V1_request_is_a_form_post_whose_signature_verifies_from_the_received_parameters()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, SuccessJson));
        var transport = new ApiTransport(Options(server, SignatureVersion.V1), "unused.example");

        Result result = await transport.SendAsync(Request(), ReadResult, CancellationToken.None);

        Assert.Equal(("req-ok", 2), (result.RequestId, result.Count));
        Assert.Equal(new[] { "a@b.c", "d@e.f" }, result.Emails);
        ReceivedRequest received = server.Single();
        Assert.Equal("POST", received.Method);
        Assert.Equal("/", received.Path);
        Assert.Equal(string.Empty, received.RawQuery);
        Assert.Equal("application/x-www-form-urlencoded", received.ContentType);

        Dictionary<string, string> form = received.Form.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        Assert.Equal(received.Form.Count, form.Count);
        Assert.Equal("JSON", form["Format"]);
        Assert.Equal("2018-01-29", form["Version"]);
        Assert.Equal(AccessKeyId, form["AccessKeyId"]);
        Assert.Equal("HMAC-SHA1", form["SignatureMethod"]);
        Assert.Equal("1.0", form["SignatureVersion"]);
        Assert.Equal(Nonce, form["SignatureNonce"]);
        Assert.Equal("2024-01-02T03:04:05Z", form["Timestamp"]);
        Assert.Equal(Token, form["SecurityToken"]);
        Assert.Equal("ResendEmailVerification", form["Action"]);
        foreach (KeyValuePair<string, string> parameter in Request().Parameters)
        {
            Assert.Equal(parameter.Value, form[parameter.Key]);
        }

        var signed = received.Form.Where(p => p.Key != "Signature").ToList();
        Assert.Equal(form["Signature"], RpcSignatureV1.ComputeSignature("POST", signed, Secret));
        Assert.DoesNotContain(Secret, received.Body);
    }

    [Fact]
    public async Task V3_request_authorization_verifies_from_what_the_server_received()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, SuccessJson));
        var transport = new ApiTransport(Options(server, SignatureVersion.V3), "unused.example");

        Result result = await transport.SendAsync(Request(), ReadResult, CancellationToken.None);

        Assert.Equal("req-ok", result.RequestId);
        ReceivedRequest received = server.Single();
        Assert.Equal("POST", received.Method);
        Assert.Equal("/", received.Path);
        Assert.Equal(string.Empty, received.Body);
        Assert.Equal("ResendEmailVerification", received.Header("x-acs-action"));
        Assert.Equal("2018-01-29", received.Header("x-acs-version"));
        Assert.Equal("2024-01-02T03:04:05Z", received.Header("x-acs-date"));
        Assert.Equal(Nonce, received.Header("x-acs-signature-nonce"));
        Assert.Equal(Token, received.Header("x-acs-security-token"));
        Assert.Equal(Acs3SignatureV3.HashPayload(received.Body), received.Header("x-acs-content-sha256"));
        Assert.Equal(server.BaseUri.Authority, received.Header("host"));

        // Every API parameter arrives in the query, unchanged, and the query is sent in canonical order.
        Assert.Equal(
            Request().Parameters.OrderBy(p => p.Key, StringComparer.Ordinal),
            received.Query.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(Acs3SignatureV3.CanonicalQuery(received.Query), received.RawQuery);

        Acs3CanonicalHeaders headers = Acs3SignatureV3.CanonicalHeaders(received.Headers);
        string canonicalRequest = Acs3SignatureV3.CanonicalRequest(
            received.Method,
            Acs3SignatureV3.CanonicalUri(received.Path),
            Acs3SignatureV3.CanonicalQuery(received.Query),
            headers.CanonicalHeaders,
            headers.SignedHeaders,
            Acs3SignatureV3.HashPayload(received.Body));
        string expected = Acs3SignatureV3.Authorization(
            AccessKeyId,
            headers.SignedHeaders,
            Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(canonicalRequest), Secret));
        Assert.Equal(expected, received.Header("Authorization"));
        Assert.Equal(
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version",
            headers.SignedHeaders);
    }

    [Theory]
    [InlineData(SignatureVersion.V1)]
    [InlineData(SignatureVersion.V3)]
    public async Task An_endpoint_with_a_path_is_posted_to_and_signed_with_that_path(SignatureVersion version)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, SuccessJson));
        SpecClientOptions options = Options(server, version);
        options.Endpoint = server.BaseUri + "emulated/domain";

        await new ApiTransport(options, "unused.example").SendAsync(Request(), ReadResult, CancellationToken.None);

        ReceivedRequest received = server.Single();
        Assert.Equal("/emulated/domain", received.Path);
        if (version == SignatureVersion.V3)
        {
            Acs3CanonicalHeaders headers = Acs3SignatureV3.CanonicalHeaders(received.Headers);
            string canonicalRequest = Acs3SignatureV3.CanonicalRequest(
                "POST", Acs3SignatureV3.CanonicalUri(received.Path), received.RawQuery, headers.CanonicalHeaders, headers.SignedHeaders, Acs3SignatureV3.EmptyPayloadHash);
            Assert.Equal(
                Acs3SignatureV3.Authorization(AccessKeyId, headers.SignedHeaders, Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(canonicalRequest), Secret)),
                received.Header("Authorization"));
        }
        else
        {
            var signed = received.Form.Where(p => p.Key != "Signature").ToList();
            Assert.Equal(received.Form.Single(p => p.Key == "Signature").Value, RpcSignatureV1.ComputeSignature("POST", signed, Secret));
        }
    }

    [Fact]
    public async Task Without_a_token_no_token_is_sent()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, SuccessJson));

        await new ApiTransport(Options(server, SignatureVersion.V1, token: null), "unused.example").SendAsync(Request(), ReadResult, CancellationToken.None);
        await new ApiTransport(Options(server, SignatureVersion.V3, token: null), "unused.example").SendAsync(Request(), ReadResult, CancellationToken.None);

        ReceivedRequest[] requests = server.Requests.ToArray();
        Assert.DoesNotContain(requests[0].Form, p => p.Key == "SecurityToken");
        Assert.DoesNotContain(requests[1].Headers, h => h.Key.Equals("x-acs-security-token", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("x-acs-security-token", requests[1].Header("Authorization"));
    }

    [Fact]
    public async Task Each_call_gets_a_fresh_nonce_and_a_current_UTC_timestamp()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, SuccessJson));
        var credentials = new StaticCredentialProvider(AccessKeyId, Secret);
        var v1 = new ApiTransport(new SpecClientOptions { Endpoint = server.BaseUri.ToString(), AllowInsecureHttp = true, SignatureVersion = SignatureVersion.V1, Credentials = credentials }, "x");
        var v3 = new ApiTransport(new SpecClientOptions { Endpoint = server.BaseUri.ToString(), AllowInsecureHttp = true, Credentials = credentials }, "x");

        DateTimeOffset before = DateTimeOffset.UtcNow.AddSeconds(-1);
        for (int i = 0; i < 2; i++)
        {
            await v1.SendAsync(Request(), ReadResult, CancellationToken.None);
            await v3.SendAsync(Request(), ReadResult, CancellationToken.None);
        }

        DateTimeOffset after = DateTimeOffset.UtcNow.AddSeconds(1);
        ReceivedRequest[] requests = server.Requests.ToArray();
        string[] v1Nonces = { requests[0].Form.Single(p => p.Key == "SignatureNonce").Value, requests[2].Form.Single(p => p.Key == "SignatureNonce").Value };
        string[] v3Nonces = { requests[1].Header("x-acs-signature-nonce"), requests[3].Header("x-acs-signature-nonce") };
        Assert.NotEqual(v1Nonces[0], v1Nonces[1]);
        Assert.NotEqual(v3Nonces[0], v3Nonces[1]);
        Assert.All(v1Nonces, n => Assert.True(Guid.TryParseExact(n, "D", out _), n));
        Assert.All(v3Nonces, n => Assert.Matches("^[0-9a-f]{32}$", n));

        string[] timestamps = { requests[0].Form.Single(p => p.Key == "Timestamp").Value, requests[1].Header("x-acs-date") };
        foreach (string timestamp in timestamps)
        {
            Assert.Matches(new Regex("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"), timestamp);
            DateTimeOffset parsed = DateTimeOffset.ParseExact(timestamp, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            Assert.InRange(parsed, before, after);
        }
    }

    [Fact]
    public async Task A_request_sent_under_the_Turkish_culture_still_verifies()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, SuccessJson));
        var transport = new ApiTransport(Options(server, SignatureVersion.V3), "unused.example");
        var request = new ApiRequest(Operation);
        request.Add("Ratio", 1.5);
        request.Add("ID", "I-i");

        CultureInfo original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
        try
        {
            await transport.SendAsync(request, ReadResult, CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        ReceivedRequest received = server.Single();
        Assert.Equal("2024-01-02T03:04:05Z", received.Header("x-acs-date"));
        Assert.Equal("ID=I-i&Ratio=1.5", received.RawQuery);
        Acs3CanonicalHeaders headers = Acs3SignatureV3.CanonicalHeaders(received.Headers);
        string canonicalRequest = Acs3SignatureV3.CanonicalRequest("POST", "/", received.RawQuery, headers.CanonicalHeaders, headers.SignedHeaders, Acs3SignatureV3.EmptyPayloadHash);
        Assert.Equal(
            Acs3SignatureV3.Authorization(AccessKeyId, headers.SignedHeaders, Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(canonicalRequest), Secret)),
            received.Header("Authorization"));
    }

    [Fact]
    public async Task An_injected_HttpClient_is_used_and_never_disposed()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, SuccessJson));
        using var httpClient = new HttpClient();
        var transport = new ApiTransport(httpClient, Options(server, SignatureVersion.V3), "unused.example");

        await transport.SendAsync(Request(), ReadResult, CancellationToken.None);
        await Assert.ThrowsAsync<ServiceException>(() => transport.SendAsync<int>(Request(), (ref System.Text.Json.Utf8JsonReader r) => throw new ServiceException(0, null, null, null), CancellationToken.None));
        string stillUsable = await httpClient.GetStringAsync(server.BaseUri);

        Assert.Equal(SuccessJson, stillUsable);
        Assert.Equal(3, server.Requests.Count);
    }
}

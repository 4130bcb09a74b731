using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SpecClient.Signing;
using static SpecClient.Tests.Transport.TransportTestKit;

namespace SpecClient.Tests.Transport;

/// <summary>ROA requests through <see cref="ApiTransport"/> over loopback HTTP: the wire form and the signatures the server recomputes.</summary>
public sealed class RoaOverHttpTests
{
    private const string RoaSuccess = "{\"Result\":true,\"RequestId\":\"req-ok\"}";

    [Fact]
    public async Task V3_sends_method_encoded_path_query_headers_and_body_and_signs_what_arrives()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, RoaSuccess));

        string? requestId = await new ApiTransport(Options(server, SignatureVersion.V3), "unused.example").SendAsync(RoaTestKit.Request(), ReadRequestId, CancellationToken.None);

        Assert.Equal("req-ok", requestId);
        ReceivedRequest received = server.Single();
        Assert.Equal("POST", received.Method);
        Assert.Equal(RoaTestKit.EncodedPath, received.RawPath);
        Assert.Equal("/openapi/instances/es-cn-n6w1o1x0w001c*é/actions/recover-zones", received.Path);
        Assert.Equal("clientToken=5A2C%20FF0E%2B~", received.RawQuery);
        Assert.Equal(RoaTestKit.Body, received.Body);
        Assert.Equal("application/json; charset=utf-8", received.ContentType);
        Assert.Equal("v1", received.Header("x-acs-test-header").Trim());
        Assert.Equal("ActivateZones", received.Header("x-acs-action"));
        Assert.Equal("2017-06-13", received.Header("x-acs-version"));
        Assert.Equal(Acs3SignatureV3.HashPayload(received.Body), received.Header("x-acs-content-sha256"));

        Acs3CanonicalHeaders headers = Acs3SignatureV3.CanonicalHeaders(received.Headers);
        string canonicalRequest = Acs3SignatureV3.CanonicalRequest(
            "POST", Acs3SignatureV3.CanonicalUri(received.Path), Acs3SignatureV3.CanonicalQuery(received.Query), headers.CanonicalHeaders, headers.SignedHeaders, Acs3SignatureV3.HashPayload(received.Body));
        Assert.Equal(
            Acs3SignatureV3.Authorization(AccessKeyId, headers.SignedHeaders, Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(canonicalRequest), Secret)),
            received.Header("Authorization"));
        Assert.Contains("content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-test-header;x-acs-version", received.Header("Authorization"));
    }

    [Fact]
    public async Task V1_sends_the_acs_authorization_with_date_accept_and_content_md5()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, RoaSuccess));

        await new ApiTransport(Options(server, SignatureVersion.V1, token: null), "unused.example").SendAsync(RoaTestKit.Request(), ReadRequestId, CancellationToken.None);

        ReceivedRequest received = server.Single();
        Assert.Equal(RoaTestKit.EncodedPath, received.RawPath);
        Assert.Equal("application/json", received.Header("Accept"));
        Assert.Equal("Tue, 02 Jan 2024 03:04:05 GMT", received.Header("Date"));
        Assert.Equal("W9st0mExkuLeRmxGWr0HNA==", received.Header("Content-MD5"));
        Assert.Equal("HMAC-SHA1", received.Header("x-acs-signature-method"));
        Assert.Equal("1.0", received.Header("x-acs-signature-version"));

        // The host is not signed by V1, so the loopback port does not change the independently computed value.
        Assert.Equal(RoaTestKit.V1Authorization, received.Header("Authorization"));
    }

    [Fact]
    public async Task Body_fields_are_written_as_typed_json_in_order_and_nested()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, RoaSuccess));
        var request = new ApiRequest(RoaTestKit.Operation);
        request.Add("InstanceId", "es-1", ParameterLocation.Path);
        request.Add("description", "name \"quoted\" 中文", ParameterLocation.Body);
        request.Add("count", 3, ParameterLocation.Body);
        request.Add("big", 9007199254740993L, ParameterLocation.Body);
        request.Add("dryRun", true, ParameterLocation.Body);
        request.Add("ratio", 0.5, ParameterLocation.Body);
        request.Add("skipped", (string?)null, ParameterLocation.Body);
        request.Body.StartArray("zones");
        request.Body.Item("cn-hangzhou-i");
        request.Body.Item("cn-hangzhou-h");
        request.Body.EndArray();
        request.Body.StartObject("nodeSpec");
        request.Body.Add("disk", 40);
        request.Body.EndObject();
        request.Body.StartArray("configs");
        request.Body.StartObject();
        request.Body.Add("fileName", "a.yml");
        request.Body.EndObject();
        request.Body.EndArray();

        await new ApiTransport(Options(server, SignatureVersion.V3), "unused.example").SendAsync(request, ReadRequestId, CancellationToken.None);

        using JsonDocument body = JsonDocument.Parse(server.Single().Body);
        Assert.Equal(
            "{\"description\":\"name \\\"quoted\\\" 中文\",\"count\":3,\"big\":9007199254740993,\"dryRun\":true,\"ratio\":0.5,"
            + "\"zones\":[\"cn-hangzhou-i\",\"cn-hangzhou-h\"],\"nodeSpec\":{\"disk\":40},\"configs\":[{\"fileName\":\"a.yml\"}]}",
            JsonSerializer.Serialize(body.RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("/openapi/instances/es-1/actions/recover-zones", server.Single().Path);
    }

    [Fact]
    public async Task Without_body_fields_no_body_and_no_content_type_is_sent_and_the_empty_hash_is_signed()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, RoaSuccess));
        var request = new ApiRequest(RoaTestKit.Operation);
        request.Add("InstanceId", "es-1", ParameterLocation.Path);
        request.Add("description", (string?)null, ParameterLocation.Body);

        await new ApiTransport(Options(server, SignatureVersion.V3), "unused.example").SendAsync(request, ReadRequestId, CancellationToken.None);

        ReceivedRequest received = server.Single();
        Assert.Equal(string.Empty, received.Body);
        Assert.Null(received.ContentType);
        Assert.Equal(Acs3SignatureV3.EmptyPayloadHash, received.Header("x-acs-content-sha256"));
        Assert.DoesNotContain("content-type", received.Header("Authorization"));
    }

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task A_body_of_bytes_is_sent_as_given_with_its_own_content_type_and_signed(SignatureVersion version)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, RoaSuccess));
        var request = new ApiRequest(RoaTestKit.Operation);
        request.Add("InstanceId", "es-1", ParameterLocation.Path);
        byte[] bytes = System.Text.Encoding.ASCII.GetBytes("\n\u0006orders\u0012\u0002ok");
        request.SetBody(bytes, "application/x-protobuf");

        await new ApiTransport(Options(server, version, token: null), "unused.example").SendAsync(request, ReadRequestId, CancellationToken.None);

        ReceivedRequest received = server.Single();
        Assert.Equal(System.Text.Encoding.ASCII.GetString(bytes), received.Body);
        Assert.Equal("application/x-protobuf", received.ContentType);
        if (version == SignatureVersion.V3)
        {
            Assert.Equal(Acs3SignatureV3.HashPayload(bytes), received.Header("x-acs-content-sha256"));
            Assert.Contains("content-type;host", received.Header("Authorization"));
        }
        else
        {
            Assert.Equal(Convert.ToBase64String(System.Security.Cryptography.MD5.HashData(bytes)), received.Header("Content-MD5"));
            string stringToSign = RoaSignatureV1.StringToSign(
                "POST",
                received.Header("Accept"),
                received.Header("Content-MD5"),
                "application/x-protobuf",
                received.Header("Date"),
                RoaSignatureV1.CanonicalizedHeaders(received.Headers),
                RoaSignatureV1.CanonicalizedResource(received.RawPath, received.Query));
            Assert.Equal(RoaSignatureV1.Authorization(AccessKeyId, RoaSignatureV1.Sign(stringToSign, Secret)), received.Header("Authorization"));
        }
    }

    [Fact]
    public void A_body_of_bytes_needs_a_content_type_and_excludes_body_fields()
    {
        var request = new ApiRequest(RoaTestKit.Operation);
        request.Add("description", "x", ParameterLocation.Body);

        Assert.Throws<ArgumentException>(() => new ApiRequest(RoaTestKit.Operation).SetBody(new byte[] { 1 }, string.Empty));
        Assert.Throws<InvalidOperationException>(() => request.SetBody(new byte[] { 1 }, "application/x-protobuf"));
    }

    [Fact]
    public async Task A_path_parameter_without_a_value_fails_before_anything_is_sent()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, RoaSuccess));
        var request = new ApiRequest(RoaTestKit.Operation);

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "unused.example").SendAsync(request, ReadRequestId, CancellationToken.None));

        Assert.Contains("InstanceId", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_retried_roa_call_sends_the_same_body_signed_anew()
    {
        int calls = 0;
        await using LoopbackServer server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            bool first = Interlocked.Increment(ref calls) == 1;
            context.Response.StatusCode = first ? 503 : 200;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(first ? "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\",\"RequestId\":\"r1\"}" : RoaSuccess);
        });
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        int nonce = 0;
        options.NonceFactory = () => "nonce-" + Interlocked.Increment(ref nonce);

        await new ApiTransport(options, "unused.example").SendAsync(RoaTestKit.Request(), ReadRequestId, CancellationToken.None);

        ReceivedRequest[] requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.All(requests, r => Assert.Equal(RoaTestKit.Body, r.Body));
        Assert.NotEqual(requests[0].Header("Authorization"), requests[1].Header("Authorization"));
    }

    [Theory]
    [InlineData("{\"Code\":\"InstanceNotFound\",\"Message\":\"The instanceId provided does not exist.\",\"RequestId\":\"r-es\"}", "InstanceNotFound", "r-es")]
    [InlineData("{\"code\":\"InstanceNotFound\",\"message\":\"The instanceId provided does not exist.\",\"requestId\":\"r-es\"}", "InstanceNotFound", "r-es")]
    [InlineData("{\"errorCode\":\"ProjectNotExist\",\"errorMessage\":\"The project does not exist.\"}", "ProjectNotExist", null)]
    public async Task Roa_error_bodies_become_typed_exceptions(string body, string code, string? requestId)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(404, body));

        ClientErrorException error = await Assert.ThrowsAsync<ClientErrorException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "unused.example").SendAsync(RoaTestKit.Request(), ReadRequestId, CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(code, error.Code);
        Assert.Equal(requestId, error.RequestId);
        Assert.Contains("does not exist", error.ErrorMessage);
    }

    private static string? ReadRequestId(ref Utf8JsonReader reader)
    {
        string? id = null;
        if (global::SpecClient.Serialization.JsonRead.BeginObject(ref reader))
        {
            while (global::SpecClient.Serialization.JsonRead.NextProperty(ref reader))
            {
                if (global::SpecClient.Serialization.JsonRead.Property(ref reader, "RequestId"))
                {
                    id = global::SpecClient.Serialization.JsonRead.String(ref reader);
                }
                else
                {
                    global::SpecClient.Serialization.JsonRead.SkipProperty(ref reader);
                }
            }
        }

        return id;
    }
}

using SpecClient.Signing;
using SpecClient.Tests.Transport;
using static SpecClient.Tests.Transport.RoaTestKit;

namespace SpecClient.Tests.Signing;

/// <summary>
/// The ROA request builders (the code that sends) against independently computed values: shared/vectors has
/// no acs3 vector with a ROA path, so the path, query, header and body cases are pinned here.
/// </summary>
public sealed class RoaSigningVectorTests
{
    private static readonly AccessKeyCredential Credential = new(TransportTestKit.AccessKeyId, TransportTestKit.Secret);

    [Fact]
    public async Task V3_message_has_the_independent_authorization_and_sends_the_signed_path_query_and_body()
    {
        ResolvedEndpoint endpoint = ResolvedEndpoint.Resolve(Host, null, allowInsecureHttp: false);

        using HttpRequestMessage message = RoaRequest.Create(Request(), Credential, endpoint, "2024-01-02T03:04:05Z", TransportTestKit.Nonce);

        Assert.Equal(V3Authorization, string.Join(",", message.Headers.GetValues("Authorization")));
        Assert.Equal(HttpMethod.Post, message.Method);
        Assert.Equal(EncodedPath, message.RequestUri!.AbsolutePath);
        Assert.Equal("?clientToken=5A2C%20FF0E%2B~", message.RequestUri.Query);
        Assert.Equal(Body, await message.Content!.ReadAsStringAsync());
        Assert.Equal(Acs3SignatureV3.HashPayload(Body), message.Headers.GetValues("x-acs-content-sha256").Single());
        Assert.Equal("application/json; charset=utf-8", message.Content.Headers.GetValues("Content-Type").Single());
    }

    [Fact]
    public void V3_steps_give_the_same_authorization_as_the_builder()
    {
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", Host), new("x-acs-action", "ActivateZones"), new("x-acs-version", "2017-06-13"),
            new("x-acs-date", "2024-01-02T03:04:05Z"), new("x-acs-signature-nonce", TransportTestKit.Nonce),
            new("x-acs-content-sha256", Acs3SignatureV3.HashPayload(Body)), new("content-type", "application/json; charset=utf-8"),
            new("x-acs-test-header", " v1 "), new("user-agent", "unsigned"),
        };
        Acs3CanonicalHeaders canonical = Acs3SignatureV3.CanonicalHeaders(headers);
        string canonicalRequest = Acs3SignatureV3.CanonicalRequest(
            "POST",
            Acs3SignatureV3.CanonicalUri("/openapi/instances/es-cn-n6w1o1x0w001c*é/actions/recover-zones"),
            Acs3SignatureV3.CanonicalQuery(new[] { new KeyValuePair<string, string>("clientToken", "5A2C FF0E+~") }),
            canonical.CanonicalHeaders,
            canonical.SignedHeaders,
            Acs3SignatureV3.HashPayload(Body));

        string signature = Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(canonicalRequest), TransportTestKit.Secret);

        Assert.Equal(V3Authorization, Acs3SignatureV3.Authorization(TransportTestKit.AccessKeyId, canonical.SignedHeaders, signature));
    }

    [Fact]
    public void V1_message_has_the_independent_string_to_sign_and_authorization()
    {
        ResolvedEndpoint endpoint = ResolvedEndpoint.Resolve(Host, null, allowInsecureHttp: false);

        using HttpRequestMessage message = RoaV1Request.Create(Request(), Credential, endpoint, TransportTestKit.Now, TransportTestKit.Nonce, "application/json");

        Assert.Equal(V1Authorization, message.Headers.GetValues("Authorization").Single());
        Assert.Equal("Tue, 02 Jan 2024 03:04:05 GMT", message.Headers.GetValues("date").Single());
        Assert.Equal("W9st0mExkuLeRmxGWr0HNA==", message.Content!.Headers.GetValues("content-md5").Single());
        Assert.Equal(EncodedPath, message.RequestUri!.AbsolutePath);

        // The public steps, from the same parts, give the same string and signature.
        string stringToSign = RoaSignatureV1.StringToSign(
            "POST", "application/json", RoaSignatureV1.ContentMd5(System.Text.Encoding.UTF8.GetBytes(Body)), "application/json; charset=utf-8", "Tue, 02 Jan 2024 03:04:05 GMT",
            RoaSignatureV1.CanonicalizedHeaders(new KeyValuePair<string, string>[]
            {
                new("X-Acs-Version", "2017-06-13"), new("x-acs-action", "ActivateZones"), new("x-acs-signature-method", "HMAC-SHA1"),
                new("x-acs-signature-nonce", TransportTestKit.Nonce), new("x-acs-signature-version", "1.0"), new("x-acs-test-header", " v1 "),
                new("accept", "application/json"), new("user-agent", "unsigned"),
            }),
            RoaSignatureV1.CanonicalizedResource(EncodedPath, new[] { new KeyValuePair<string, string>("clientToken", "5A2C FF0E+~") }));
        Assert.Equal(V1StringToSign, stringToSign);
        Assert.Equal(V1Authorization, RoaSignatureV1.Authorization(TransportTestKit.AccessKeyId, RoaSignatureV1.Sign(stringToSign, TransportTestKit.Secret)));
    }

    [Fact]
    public void V1_resource_writes_an_empty_value_as_the_bare_name_and_sorts_ordinally()
    {
        string resource = RoaSignatureV1.CanonicalizedResource("/a", new KeyValuePair<string, string>[] { new("b", "2"), new("B", string.Empty), new("a", "1") });

        Assert.Equal("/a?B&a=1&b=2", resource);
        Assert.Equal("/a", RoaSignatureV1.CanonicalizedResource("/a", Array.Empty<KeyValuePair<string, string>>()));
    }
}

using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using SpecClient.Signing;
using SpecClient.Testing.Tests.Support;

namespace SpecClient.Testing.Tests;

/// <summary>
/// The emulator's check of Simple Log Service's LOG signature, with requests signed by hand through the
/// runtime's public <see cref="SlsSignature"/> steps and then bent: what it accepts, and each thing it refuses.
/// </summary>
public sealed class SlsEmulatorTests : EmulatorTestBase
{
    private static readonly OperationDescriptor CreateIndex = new(
        "Sls", "2020-12-30", "CreateIndex", ApiStyle.Sls, "POST", "/logstores/{logstore}/index", new[] { "project", "logstore" },
        null, null, isReadOnly: false, hostParameter: "project");

    protected override EmulatorOptions CreateOptions() => new() { Operations = new[] { CreateIndex } };

    [Fact]
    public async Task A_correctly_signed_request_is_answered_and_its_project_comes_from_the_host()
    {
        var answer = await ServiceAnswer.SendAsync(Http, Signed());

        Assert.True(answer.Status == 200, answer.Body);
        EmulatedRequest received = Assert.Single(Emulator.Requests);
        Assert.Equal(("CreateIndex", "my-project", "app-log"), (received.Action, received.GetParameter("project"), received.GetParameter("logstore")));
    }

    [Fact]
    public async Task A_wrong_signature_is_SignatureNotMatch_with_the_server_string_to_sign()
    {
        var answer = await ServiceAnswer.SendAsync(Http, Signed(signature: "AAAAAAAAAAAAAAAAAAAAAAAAAAA="));

        var fields = answer.AssertError(403, "SignatureNotMatch");
        Assert.Contains("x-log-bodyrawsize:", fields["Message"]);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_InvalidContentMD5()
    {
        var answer = await ServiceAnswer.SendAsync(Http, Signed(sentBody: "{\"ttl\":31}"));

        answer.AssertError(400, "InvalidContentMD5");
    }

    [Fact]
    public async Task A_zlib_compressed_body_is_logged_uncompressed()
    {
        byte[] raw = Encoding.UTF8.GetBytes(new string('a', 300) + "订单");

        var answer = await ServiceAnswer.SendAsync(Http, Signed(compressed: (Zlib(raw), raw.Length)));

        Assert.True(answer.Status == 200, answer.Body);
        Assert.Equal(raw, Assert.Single(Emulator.Requests).Body.ToArray());
    }

    [Fact]
    public async Task A_raw_size_that_is_not_the_uncompressed_size_is_PostBodyInvalid()
    {
        byte[] raw = Encoding.UTF8.GetBytes("{\"ttl\":30}");

        var answer = await ServiceAnswer.SendAsync(Http, Signed(compressed: (Zlib(raw), raw.Length + 1)));

        answer.AssertError(400, "PostBodyInvalid");
    }

    [Fact]
    public async Task A_body_that_is_not_zlib_is_PostBodyUncompressError()
    {
        var answer = await ServiceAnswer.SendAsync(Http, Signed(compressed: (new byte[] { 1, 2, 3, 4, 5 }, 5)));

        answer.AssertError(400, "PostBodyUncompressError");
    }

    [Fact]
    public async Task A_stale_date_is_expired()
    {
        var answer = await ServiceAnswer.SendAsync(Http, Signed(date: DateTimeOffset.UtcNow.AddHours(-1)));

        answer.AssertError(400, "InvalidTimeStamp.Expired");
    }

    [Fact]
    public async Task A_host_without_the_project_misses_the_required_project()
    {
        var answer = await ServiceAnswer.SendAsync(Http, Signed(project: null));

        answer.AssertError(400, "Missingproject");
    }

    [Fact]
    public async Task An_acs3_signature_is_not_accepted_for_an_sls_operation()
    {
        using var request = Signed();
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", "ACS3-HMAC-SHA256 Credential=x,SignedHeaders=host,Signature=00");

        var answer = await ServiceAnswer.SendAsync(Http, request);

        Assert.Equal(404, answer.Status);
    }

    // POST /logstores/app-log/index to my-project.127.0.0.1:port, signed as SLS's SDKs sign it.
    // A compressed body is sent as zlib bytes with x-log-compresstype: deflate and the raw size given.
    private HttpRequestMessage Signed(string? project = "my-project", string? signature = null, string? sentBody = null, DateTimeOffset? date = null, (byte[] Bytes, int RawSize)? compressed = null)
    {
        const string Body = "{\"ttl\":30}";
        AccessKeyCredential credential = EmulatorOptions.DefaultCredential;
        string dateText = (date ?? DateTimeOffset.UtcNow).UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
        byte[] signedBody = compressed?.Bytes ?? Encoding.UTF8.GetBytes(Body);
        string contentType = compressed is null ? "application/json" : "application/x-protobuf";
        string md5 = SlsSignature.ContentMd5(signedBody);
        var headers = new List<KeyValuePair<string, string>>
        {
            new("x-log-apiversion", SlsSignature.ApiVersion),
            new("x-log-signaturemethod", SlsSignature.SignatureMethod),
            new("x-log-bodyrawsize", (compressed?.RawSize ?? Body.Length).ToString(CultureInfo.InvariantCulture)),
        };
        if (compressed is not null)
        {
            headers.Add(new("x-log-compresstype", "deflate"));
        }

        string stringToSign = SlsSignature.StringToSign(
            "POST", md5, contentType, dateText, SlsSignature.CanonicalizedHeaders(headers), SlsSignature.CanonicalizedResource("/logstores/app-log/index", Array.Empty<KeyValuePair<string, string>>()));

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Emulator.Endpoint, "/logstores/app-log/index"))
        {
            Content = sentBody is null ? new ByteArrayContent(signedBody) : new StringContent(sentBody, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Content.Headers.TryAddWithoutValidation("Content-MD5", md5);
        request.Headers.Host = (project is null ? string.Empty : project + ".") + Emulator.Endpoint.Authority;
        request.Headers.TryAddWithoutValidation("Date", dateText);
        foreach (var header in headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        request.Headers.TryAddWithoutValidation("Authorization", SlsSignature.Authorization(credential.AccessKeyId, signature ?? SlsSignature.Sign(stringToSign, credential.AccessKeySecret)));
        return request;
    }

    private static byte[] Zlib(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Optimal))
        {
            zlib.Write(raw);
        }

        return output.ToArray();
    }
}

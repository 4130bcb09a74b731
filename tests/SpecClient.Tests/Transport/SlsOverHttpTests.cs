using System.Globalization;
using System.Text;
using System.Text.Json;
using SpecClient.Serialization;
using SpecClient.Signing;
using static SpecClient.Tests.Transport.TransportTestKit;

namespace SpecClient.Tests.Transport;

/// <summary>
/// Simple Log Service requests through <see cref="ApiTransport"/> over loopback HTTP: the project in the host,
/// SLS's headers and its <c>LOG</c> signature. The expected signatures were computed independently in Python,
/// with the algorithm of aliyun-log-python-sdk (<c>hashlib.md5(...).hexdigest().upper()</c>, sorted
/// <c>x-log-</c>/<c>x-acs-</c> headers, <c>key=value</c> resource parameters, HMAC-SHA1, Base64).
/// </summary>
public sealed class SlsOverHttpTests
{
    private const string GetStringToSign =
        "GET\n\n\nTue, 02 Jan 2024 03:04:05 GMT\nx-acs-security-token:" + Token + "\nx-log-apiversion:0.6.0\nx-log-bodyrawsize:0\n"
        + "x-log-signaturemethod:hmac-sha1\n/logstores/app-log?line=100&offset=&query=status: 200 and *&type=log";

    private const string GetAuthorization = "LOG testid:wxzDrqRr4WDB27iY30eRZB6FCBY=";
    private const string PostBody = "{\"logstoreName\":\"app-log\",\"ttl\":30}";
    private const string PostAuthorization = "LOG testid:qYXpmEzEkFucmT8FmUZqSIeKwqs=";

    private static readonly OperationDescriptor GetLogs = new(
        "Sls", "2020-12-30", "GetLogs", ApiStyle.Sls, "GET", "/logstores/{logstore}", new[] { "project", "logstore" }, "{}", null, isReadOnly: true);

    private static readonly OperationDescriptor CreateLogstore = new(
        "Sls", "2020-12-30", "CreateLogstore", ApiStyle.Sls, "POST", "/logstores", new[] { "project" }, null, null, isReadOnly: false);

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task Get_names_the_project_in_the_host_and_signs_with_LOG_whatever_the_signature_version(SignatureVersion version)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, "{\"count\":0}", "application/json", ("x-log-requestid", "5B0A7465AAEA20CA70DE3064")));

        await new ApiTransport(Options(server, version), "unused.example").SendAsync(GetLogsRequest(), Ignore, CancellationToken.None);

        ReceivedRequest received = server.Single();
        Assert.Equal("my-project." + server.BaseUri.Authority, received.Header("Host"));
        Assert.Equal("/logstores/app-log", received.RawPath);
        Assert.Equal("line=100&offset=&query=status%3A%20200%20and%20%2A&type=log", received.RawQuery);
        Assert.Equal("Tue, 02 Jan 2024 03:04:05 GMT", received.Header("Date"));
        Assert.Equal("0.6.0", received.Header("x-log-apiversion"));
        Assert.Equal("hmac-sha1", received.Header("x-log-signaturemethod"));
        Assert.Equal("0", received.Header("x-log-bodyrawsize"));
        Assert.Equal(Token, received.Header("x-acs-security-token"));
        Assert.Equal(GetAuthorization, received.Header("Authorization"));
        Assert.DoesNotContain(received.Headers, h => h.Key.StartsWith("x-acs-signature", StringComparison.OrdinalIgnoreCase) || h.Key.Equals("x-acs-version", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Public_steps_give_the_independent_string_to_sign_and_signature()
    {
        string stringToSign = SlsSignature.StringToSign(
            "GET",
            null,
            null,
            "Tue, 02 Jan 2024 03:04:05 GMT",
            SlsSignature.CanonicalizedHeaders(new KeyValuePair<string, string>[]
            {
                new("X-Log-SignatureMethod", "hmac-sha1"), new("x-log-apiversion", " 0.6.0 "), new("x-log-bodyrawsize", "0"),
                new("x-acs-security-token", Token), new("user-agent", "unsigned"), new("date", "unsigned here"),
            }),
            SlsSignature.CanonicalizedResource("/logstores/app-log", new KeyValuePair<string, string>[]
            {
                new("type", "log"), new("query", "status: 200 and *"), new("line", "100"), new("offset", string.Empty),
            }));

        Assert.Equal(GetStringToSign, stringToSign);
        Assert.Equal(GetAuthorization, SlsSignature.Authorization(AccessKeyId, SlsSignature.Sign(stringToSign, Secret)));
    }

    [Fact]
    public async Task Post_sends_the_body_with_upper_hex_content_md5_and_its_raw_size_and_reads_an_empty_answer()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, string.Empty, "application/json"));
        var request = new ApiRequest(CreateLogstore);
        request.Add("project", "my-project", ParameterLocation.Host);
        request.Add("logstoreName", "app-log", ParameterLocation.Body);
        request.Add("ttl", 30, ParameterLocation.Body);

        bool read = await new ApiTransport(Options(server, SignatureVersion.V3, token: null), "unused.example").SendAsync(request, Ignore, CancellationToken.None);

        Assert.True(read);

        ReceivedRequest received = server.Single();
        Assert.Equal("POST", received.Method);
        Assert.Equal(PostBody, received.Body);
        Assert.Equal("3BA9C7094C018DD8430D0BF7969F0BE5", received.Header("Content-MD5"));
        Assert.Equal("application/json", received.ContentType);
        Assert.Equal("35", received.Header("x-log-bodyrawsize"));
        Assert.Equal(PostAuthorization, received.Header("Authorization"));
    }

    [Fact]
    public async Task A_body_of_bytes_is_zlib_compressed_with_its_raw_size_and_the_compression_signed()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, string.Empty, "application/json"));
        var request = new ApiRequest(CreateLogstore);
        request.Add("project", "my-project", ParameterLocation.Host);
        byte[] raw = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("level=info message=订单已支付 ", 200)));
        request.SetBody(raw, "application/x-protobuf");

        await new ApiTransport(Options(server, SignatureVersion.V3, token: null), "unused.example").SendAsync(request, Ignore, CancellationToken.None);

        ReceivedRequest received = server.Single();
        Assert.Equal(("deflate", raw.Length.ToString(CultureInfo.InvariantCulture), "application/x-protobuf"), (received.Header("x-log-compresstype"), received.Header("x-log-bodyrawsize"), received.ContentType));
        Assert.True(received.BodyBytes.Length < raw.Length / 4, "compressed to " + received.BodyBytes.Length + " of " + raw.Length + " bytes");
        using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(received.BodyBytes), System.IO.Compression.CompressionMode.Decompress))
        using (var inflated = new MemoryStream())
        {
            zlib.CopyTo(inflated);
            Assert.Equal(raw, inflated.ToArray());
        }

        Assert.Equal(SlsSignature.ContentMd5(received.BodyBytes), received.Header("Content-MD5"));
        string stringToSign = SlsSignature.StringToSign(
            "POST",
            received.Header("Content-MD5"),
            "application/x-protobuf",
            received.Header("Date"),
            SlsSignature.CanonicalizedHeaders(received.Headers),
            SlsSignature.CanonicalizedResource(received.RawPath, received.Query));
        Assert.Contains("x-log-compresstype:deflate\n", stringToSign);
        Assert.Equal(SlsSignature.Authorization(AccessKeyId, SlsSignature.Sign(stringToSign, Secret)), received.Header("Authorization"));
    }

    [Fact]
    public async Task An_sls_error_is_typed_with_the_request_id_of_the_x_log_requestid_header()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(
            404, "{\"errorCode\":\"ProjectNotExist\",\"errorMessage\":\"The Project does not exist : my-project\"}", "application/json", ("x-log-requestid", "5B0A7465AAEA20CA70DE3064")));

        var error = await Assert.ThrowsAsync<ClientErrorException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "unused.example").SendAsync(GetLogsRequest(), Ignore, CancellationToken.None));

        Assert.Equal("ProjectNotExist", error.Code);
        Assert.Equal("5B0A7465AAEA20CA70DE3064", error.RequestId);
        Assert.Equal(404, error.StatusCode);
        Assert.DoesNotContain(Secret, error.ToString());
    }

    [Theory]
    [InlineData("evil.example.com")]
    [InlineData("a/b")]
    [InlineData("user@host")]
    [InlineData("host:443")]
    [InlineData("-leading")]
    [InlineData("")]
    public void A_host_label_that_could_send_the_request_elsewhere_is_refused(string project)
    {
        var request = new ApiRequest(GetLogs);

        var error = Assert.Throws<ArgumentException>(() => request.Add("project", project, ParameterLocation.Host));

        Assert.Equal("project", error.ParamName);
        Assert.Null(request.HostLabel);
    }

    [Fact]
    public void A_named_endpoint_gets_the_project_as_its_first_label()
    {
        ResolvedEndpoint endpoint = ResolvedEndpoint.Resolve("cn-hangzhou.log.aliyuncs.com", allowInsecureHttp: false).WithHostLabel("my-project");

        using HttpRequestMessage message = SlsRequest.Create(GetLogsRequest(), new AccessKeyCredential(AccessKeyId, Secret), endpoint, Now);

        Assert.Equal("https://my-project.cn-hangzhou.log.aliyuncs.com/logstores/app-log", message.RequestUri!.GetLeftPart(UriPartial.Path));
        Assert.Equal("my-project.cn-hangzhou.log.aliyuncs.com", message.Headers.Host);
        Assert.StartsWith("LOG testid:", message.Headers.GetValues("Authorization").Single());
    }

    private static ApiRequest GetLogsRequest()
    {
        var request = new ApiRequest(GetLogs);
        request.Add("project", "my-project", ParameterLocation.Host);
        request.Add("logstore", "app-log", ParameterLocation.Path);
        request.Add("type", "log");
        request.Add("query", "status: 200 and *");
        request.Add("line", 100);
        request.Add("offset", string.Empty);
        return request;
    }

    // True once the reader saw the JSON object the body is (an empty body reads as {}).
    private static bool Ignore(ref Utf8JsonReader reader)
    {
        bool isObject = JsonRead.BeginObject(ref reader);
        reader.Skip();
        return isObject;
    }
}

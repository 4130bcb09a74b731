using System.Xml.Linq;
using SpecClient.Testing.Tests.Support;

namespace SpecClient.Testing.Tests;

/// <summary>Each way a request can be wrong gets the service's status, code and JSON shape.</summary>
public sealed class ErrorTests : EmulatorTestBase
{
    [Theory]
    [InlineData("V1")]
    [InlineData("V3")]
    public async Task Wrong_signature_is_SignatureDoesNotMatch_in_the_service_shape(string version)
    {
        var call = new RpcCall { SignatureOverride = version == "V1" ? "AAAAAAAAAAAAAAAAAAAAAAAAAAA=" : new string('0', 64) };

        var answer = await SendAsync(version, call);

        var error = answer.AssertError(400, "SignatureDoesNotMatch");
        Assert.Equal("127.0.0.1:" + Emulator.Endpoint.Port, error["HostId"]);
        Assert.StartsWith("Specified signature does not match our calculation. server string to sign is:", error["Message"]);
        Assert.Equal("https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Domain", error["Recommend"]);
        Assert.DoesNotContain("emulator-key-secret", answer.Body);
        Assert.True(Guid.TryParse(error["RequestId"], out _));
    }

    [Fact]
    public async Task V1_message_shows_the_server_string_to_sign_a_client_can_compare()
    {
        var call = new RpcCall { SignatureOverride = "bogus" };

        var answer = await SendV1Async(call, HttpMethod.Get);

        var message = answer.AssertError(400, "SignatureDoesNotMatch")["Message"];
        Assert.Contains("server string to sign is:GET&%2F&AccessKeyId%3Demulator-key-id%26Action%3DResendEmailVerification%26Email%3D", message);
    }

    [Fact]
    public async Task V3_request_changed_after_signing_is_SignatureDoesNotMatch()
    {
        var request = new RpcCall().SignV3(Emulator.Endpoint);
        request.RequestUri = new Uri(request.RequestUri!.ToString().Replace("test1", "evil1"));

        var answer = await ServiceAnswer.SendAsync(Http, request);

        var message = answer.AssertError(400, "SignatureDoesNotMatch")["Message"];
        Assert.Contains("server canonical request is:\nPOST\n/\nEmail=evil1%40aliyun.com\nhost:127.0.0.1:", message);
    }

    [Fact]
    public async Task Missing_V1_signature_is_SignatureDoesNotMatch()
    {
        var request = new RpcCall().SignV1(Emulator.Endpoint, HttpMethod.Get);
        var query = request.RequestUri!.Query.TrimStart('?').Split('&').Where(p => !p.StartsWith("Signature=", StringComparison.Ordinal));
        request.RequestUri = new Uri(Emulator.Endpoint, "/?" + string.Join("&", query));

        var answer = await ServiceAnswer.SendAsync(Http, request);

        answer.AssertError(400, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task An_unsigned_x_acs_header_is_IncompleteSignature()
    {
        var request = new RpcCall().SignV3(
            Emulator.Endpoint, extraHeaders: new[] { new KeyValuePair<string, string>("x-acs-extra", "1") }, signExtraHeaders: false);

        var answer = await ServiceAnswer.SendAsync(Http, request);

        Assert.Contains("x-acs-extra", answer.AssertError(400, "IncompleteSignature")["Message"]);
    }

    [Theory]
    [InlineData("V1")]
    [InlineData("V3")]
    public async Task Unknown_AccessKeyId_is_InvalidAccessKeyId_NotFound(string version)
    {
        var call = new RpcCall { Credential = new AccessKeyCredential("nobody", "whatever") };

        var answer = await SendAsync(version, call);

        var error = answer.AssertError(404, "InvalidAccessKeyId.NotFound");
        Assert.Equal("Specified access key is not found.", error["Message"]);
    }

    [Theory]
    [InlineData("V1")]
    [InlineData("V3")]
    public async Task Missing_required_parameter_is_Missing_name(string version)
    {
        var call = new RpcCall();
        call.Parameters.Clear();
        call.With("Lang", "en");

        var answer = await SendAsync(version, call);

        var error = answer.AssertError(400, "MissingEmail");
        Assert.Equal("Email is mandatory for this action.", error["Message"]);
        Assert.Equal("https://api.aliyun.com/troubleshoot?q=MissingEmail&product=Domain", error["Recommend"]);
    }

    [Fact]
    public async Task A_repeat_list_parameter_without_any_index_is_missing()
    {
        var call = new RpcCall { Action = "TagResources" };
        call.Parameters.Clear();
        call.With("ResourceType", "DOMAIN").With("Tag.Key", "env");

        var answer = await SendV3Async(call);

        answer.AssertError(400, "MissingTag.N.Key");
    }

    [Theory]
    [InlineData("V1")]
    [InlineData("V3")]
    public async Task Reused_nonce_is_SignatureNonceUsed(string version)
    {
        var call = new RpcCall();

        var first = await SendAsync(version, call);
        var second = await SendAsync(version, call);

        Assert.Equal(200, first.Status);
        var error = second.AssertError(400, "SignatureNonceUsed");
        Assert.Equal("Specified signature nonce was used already.", error["Message"]);
    }

    [Fact]
    public async Task A_rejected_request_does_not_burn_its_nonce()
    {
        var call = new RpcCall { SignatureOverride = new string('0', 64) };
        (await SendV3Async(call)).AssertError(400, "SignatureDoesNotMatch");

        call.SignatureOverride = null;
        var retry = await SendV3Async(call);

        Assert.Equal(200, retry.Status);
    }

    [Theory]
    [InlineData("V1", -20)]
    [InlineData("V3", -20)]
    [InlineData("V3", 20)]
    public async Task Timestamp_more_than_15_minutes_off_is_InvalidTimeStamp_Expired(string version, int minutes)
    {
        var call = new RpcCall { Timestamp = DateTimeOffset.UtcNow.AddMinutes(minutes) };

        var answer = await SendAsync(version, call);

        answer.AssertError(400, "InvalidTimeStamp.Expired");
    }

    [Fact]
    public async Task Timestamp_within_15_minutes_is_accepted()
    {
        var answer = await SendV1Async(new RpcCall { Timestamp = DateTimeOffset.UtcNow.AddMinutes(-10) });

        Assert.Equal(200, answer.Status);
    }

    [Theory]
    [InlineData("V1")]
    [InlineData("V3")]
    public async Task Unknown_action_is_InvalidAction_NotFound(string version)
    {
        var answer = await SendAsync(version, new RpcCall { Action = "ResendEmailVerifications" });

        var error = answer.AssertError(404, "InvalidAction.NotFound");
        Assert.Equal("https://api.aliyun.com/troubleshoot?q=InvalidAction.NotFound", error["Recommend"]);
    }

    [Fact]
    public async Task Unknown_version_is_InvalidVersion()
    {
        var answer = await SendV3Async(new RpcCall { Version = "2016-05-11" });

        answer.AssertError(400, "InvalidVersion");
    }

    [Fact]
    public async Task Sts_credential_requires_its_token()
    {
        await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions
        {
            Operations = DomainOperations.All,
            Credentials = new[] { new AccessKeyCredential("sts-id", "sts-secret", "sts-token") },
        });

        var without = await ServiceAnswer.SendAsync(
            Http, new RpcCall { Credential = new AccessKeyCredential("sts-id", "sts-secret") }.SignV3(emulator.Endpoint));
        var wrong = await ServiceAnswer.SendAsync(
            Http, new RpcCall { Credential = new AccessKeyCredential("sts-id", "sts-secret", "other-token") }.SignV1(emulator.Endpoint, HttpMethod.Post));

        without.AssertError(400, "MissingSecurityToken");
        wrong.AssertError(400, "InvalidSecurityToken.MismatchWithAccessKey");
        Assert.DoesNotContain("sts-token", without.Body + wrong.Body);
    }

    [Fact]
    public async Task Format_XML_errors_are_XML_in_the_same_shape()
    {
        var answer = await SendV1Async(new RpcCall { Format = "XML", SignatureOverride = "bogus" });

        Assert.Equal(400, answer.Status);
        Assert.Equal("text/xml; charset=utf-8", answer.ContentType);
        var error = XDocument.Parse(answer.Body).Root!;
        Assert.Equal("Error", error.Name.LocalName);
        Assert.Equal(new[] { "RequestId", "HostId", "Code", "Message", "Recommend" }, error.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("SignatureDoesNotMatch", error.Element("Code")!.Value);
        Assert.Equal(answer.RequestIdHeader, error.Element("RequestId")!.Value);
    }

    [Fact]
    public async Task A_request_with_no_credentials_at_all_is_MissingAccessKeyId()
    {
        var answer = await ServiceAnswer.SendAsync(
            Http, new HttpRequestMessage(HttpMethod.Get, new Uri(Emulator.Endpoint, "/?Action=ResendEmailVerification&Version=2018-01-29&Email=a%40b.c")));

        answer.AssertError(400, "MissingAccessKeyId");
    }

    [Fact]
    public async Task A_request_without_action_is_MissingAction()
    {
        var answer = await ServiceAnswer.SendAsync(Http, new HttpRequestMessage(HttpMethod.Get, Emulator.Endpoint));

        answer.AssertError(400, "MissingAction");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_with_a_request_id()
    {
        await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = DomainOperations.All, MaxRequestBodyBytes = 1024 });
        var request = new HttpRequestMessage(HttpMethod.Post, emulator.Endpoint) { Content = new ByteArrayContent(new byte[4096]) };

        var answer = await ServiceAnswer.SendAsync(Http, request);

        answer.AssertError(413, "RequestEntityTooLarge");
    }
}

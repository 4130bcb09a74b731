using SpecClient.Signing;
using SpecClient.Tests.Serialization;
using static SpecClient.Tests.Transport.TransportTestKit;

namespace SpecClient.Tests.Transport;

/// <summary><c>Format=XML</c> on the wire, signed, and XML answers read by the same readers as JSON.</summary>
public sealed class XmlFormatTests
{
    private const string XmlSuccess = "<?xml version='1.0' encoding='UTF-8'?><ResendEmailVerificationResponse><RequestId>req-ok</RequestId><Count>2</Count>"
        + "<SuccessEmails><SuccessEmail>a@b.c</SuccessEmail><SuccessEmail>d@e.f</SuccessEmail></SuccessEmails></ResendEmailVerificationResponse>";

    [Fact]
    public async Task V1_asks_for_XML_in_the_signed_form_and_reads_the_XML_answer()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, XmlSuccess, "text/xml;charset=utf-8"));
        SpecClientOptions options = Options(server, SignatureVersion.V1);
        options.Format = ResponseFormat.Xml;

        Result result = await new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None);

        Assert.Equal(("req-ok", 2), (result.RequestId, result.Count));
        Assert.Equal(new[] { "a@b.c", "d@e.f" }, result.Emails);
        ReceivedRequest received = server.Single();
        Assert.Equal("XML", received.Form.Single(p => p.Key == "Format").Value);
        Assert.Equal("application/xml", received.Header("Accept"));
        var signed = received.Form.Where(p => p.Key != "Signature").ToList();
        Assert.Equal(received.Form.Single(p => p.Key == "Signature").Value, RpcSignatureV1.ComputeSignature("POST", signed, Secret));
    }

    [Fact]
    public async Task V3_asks_for_XML_in_the_signed_query_and_reads_the_XML_answer()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, XmlSuccess, "text/xml"));
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        options.Format = ResponseFormat.Xml;

        Result result = await new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None);

        Assert.Equal(new[] { "a@b.c", "d@e.f" }, result.Emails);
        ReceivedRequest received = server.Single();
        Assert.Equal("XML", received.Query.Single(p => p.Key == "Format").Value);
        Assert.Equal(Acs3SignatureV3.CanonicalQuery(received.Query), received.RawQuery);
        Acs3CanonicalHeaders headers = Acs3SignatureV3.CanonicalHeaders(received.Headers);
        string canonical = Acs3SignatureV3.CanonicalRequest("POST", "/", received.RawQuery, headers.CanonicalHeaders, headers.SignedHeaders, Acs3SignatureV3.EmptyPayloadHash);
        Assert.Equal(
            Acs3SignatureV3.Authorization(AccessKeyId, headers.SignedHeaders, Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(canonical), Secret)),
            received.Header("Authorization"));
    }

    [Fact]
    public async Task JSON_is_the_default_and_V3_then_sends_no_Format()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, SuccessJson));

        await new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None);

        Assert.Equal(ResponseFormat.Json, new SpecClientOptions().Format);
        Assert.DoesNotContain(server.Single().Query, p => p.Key == "Format");
        Assert.Equal("application/json", server.Single().Header("Accept"));
    }

    [Fact]
    public async Task An_XML_answer_to_a_JSON_request_is_read_all_the_same()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, XmlSuccess, "application/xml"));

        Result result = await new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None);

        Assert.Equal("req-ok", result.RequestId);
    }

    [Fact]
    public async Task The_doc_page_XML_sample_reads_through_the_transport()
    {
        string page = File.ReadAllText(Path.Combine(TestPaths.SharedDir, "corpus", "md", "domain", "ResendEmailVerification.md"));
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, XmlToJsonTests.Sample(page, "XML"), "text/xml"));
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        options.Format = ResponseFormat.Xml;

        XmlToJsonTests.EmailResult result = await new ApiTransport(options, "x").SendAsync(Request(), XmlToJsonTests.EmailResult.Read, CancellationToken.None);

        Assert.Equal(new[] { "test1@aliyun.com", "test2@aliyun.com" }, result.FailList.Select(f => f.Email));
        Assert.Equal("0EA54E99-DB48-4CE3-A099-6ED8E451B8AC", result.RequestId);
    }

    [Theory]
    [InlineData("<html><body>maintenance</body></html>", "text/html", "HTML page")]
    [InlineData("<!doctype html><p>login</p>", "text/plain", "HTML page")]
    [InlineData("<Response><RequestId>r</RequestId>", "text/xml", "not valid XML")]
    [InlineData("<!DOCTYPE R [<!ENTITY e \"x\">]><R>&e;</R>", "text/xml", "not valid XML")]
    public async Task Markup_that_is_not_a_usable_answer_is_a_format_error(string body, string contentType, string problem)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, body, contentType, ("x-acs-request-id", "R-h")));
        SpecClientOptions options = Options(server, SignatureVersion.V3);
        options.Format = ResponseFormat.Xml;

        ResponseFormatException e = await Assert.ThrowsAsync<ResponseFormatException>(
            () => new ApiTransport(options, "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Contains(problem, e.Message);
        Assert.Equal("R-h", e.RequestId);
        Assert.NotNull(e.BodyExcerpt);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_XML_answer_whose_values_do_not_fit_reports_the_mismatch()
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, "<R><RequestId>R-bad</RequestId><Count>many</Count></R>", "text/xml"));

        ResponseFormatException e = await Assert.ThrowsAsync<ResponseFormatException>(
            () => new ApiTransport(Options(server, SignatureVersion.V3), "x").SendAsync(Request(), ReadResult, CancellationToken.None));

        Assert.Contains("does not match the documented response", e.Message);
        Assert.Equal("R-bad", e.RequestId);
        Assert.StartsWith("<R>", e.BodyExcerpt);
    }
}

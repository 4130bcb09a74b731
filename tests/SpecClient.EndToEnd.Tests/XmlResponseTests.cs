using SpecClient.EndToEnd.Tests.Domain;
using SpecClient.Signing;
using SpecClient.Testing;

namespace SpecClient.EndToEnd.Tests;

/// <summary>
/// <see cref="ResponseFormat.Xml"/> end to end: the generated Domain client asks the emulator for XML, which
/// answers with the doc page's own XML sample, and the generated readers give the same typed values as JSON.
/// </summary>
public sealed class XmlResponseTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly ApiEmulator _emulator;

    public XmlResponseTests(EmulatorFixture fixture)
    {
        _emulator = fixture.Emulator;
        _emulator.ResetResponses();
        _emulator.ClearRequests();
    }

    public void Dispose() => _emulator.ResetResponses();

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task Repeated_elements_of_the_XML_sample_read_into_the_generated_list(SignatureVersion version)
    {
        var client = new DomainClient(XmlOptions(version));

        ResendEmailVerificationResponse response = await client.ResendEmailVerificationAsync(
            new ResendEmailVerificationRequest { Email = "test1@aliyun.com,test2@aliyun.com" });

        Assert.Equal("0EA54E99-DB48-4CE3-A099-6ED8E451B8AC", response.RequestId);
        Assert.Collection(
            response.FailList,
            item => Assert.Equal(("SendTokenQuotaExceeded", "test1@aliyun.com"), (item.Code, item.Email)),
            item => Assert.Equal(("ParameterIllegall", "test2@aliyun.com", "Parameter error"), (item.Code, item.Email, item.Message)));
        Assert.Empty(response.SuccessList);
        EmulatedRequest received = Assert.Single(_emulator.Requests);
        Assert.Equal("XML", received.GetParameter("Format"));
        Assert.Equal(200, received.StatusCode);
    }

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task The_item_wrapper_shape_of_the_XML_sample_reads_like_the_JSON_sample(SignatureVersion version)
    {
        var request = new QueryTaskDetailListRequest { PageNum = 1, PageSize = 1, TaskNo = "75addb07-28a3-450e-b5ec-test" };

        QueryTaskDetailListResponse xml = await new DomainClient(XmlOptions(version)).QueryTaskDetailListAsync(request);
        QueryTaskDetailListResponse json = await new DomainClient(_emulator.CreateClientOptions(version)).QueryTaskDetailListAsync(request);

        Assert.Equal("6A2320E4-D870-49C9-A6DC-test", xml.RequestId);
        Assert.Equal((1, 2, 1, 1, true, false), (xml.CurrentPageNum, xml.PageSize, xml.TotalItemNum, xml.TotalPageNum, xml.NextPage, xml.PrePage));
        QueryTaskDetailListResponse.TaskDetail detail = Assert.Single(xml.Data);
        QueryTaskDetailListResponse.TaskDetail expected = Assert.Single(json.Data);
        Assert.Equal(
            (expected.DomainName, expected.InstanceId, expected.TaskNo, expected.TaskStatusCode, expected.CreateTime, expected.TaskStatus, expected.TryCount, expected.TaskType, expected.TaskResult, expected.TaskDetailNo),
            (detail.DomainName, detail.InstanceId, detail.TaskNo, detail.TaskStatusCode, detail.CreateTime, detail.TaskStatus, detail.TryCount, detail.TaskType, detail.TaskResult, detail.TaskDetailNo));
        Assert.Equal(("example.com", 2, "12345"), (detail.DomainName, detail.TaskStatusCode, detail.TaskResult));
        Assert.Equal(
            (json.RequestId, json.CurrentPageNum, json.PageSize, json.TotalItemNum, json.NextPage, json.PrePage),
            (xml.RequestId, xml.CurrentPageNum, xml.PageSize, xml.TotalItemNum, xml.NextPage, xml.PrePage));
    }

    [Fact]
    public async Task An_XML_error_answer_becomes_the_same_typed_exception()
    {
        _emulator.SetError("ResendEmailVerification", 400, "SendTokenQuotaExceeded", "The maximum number of attempts is exceeded.");
        var client = new DomainClient(XmlOptions(SignatureVersion.V3));

        ClientErrorException error = await Assert.ThrowsAsync<ClientErrorException>(() =>
            client.ResendEmailVerificationAsync(new ResendEmailVerificationRequest { Email = "a@example.com" }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("SendTokenQuotaExceeded", error.Code);
        Assert.Equal("The maximum number of attempts is exceeded.", error.ErrorMessage);
        Assert.Equal(_emulator.Requests.Single().RequestId, error.RequestId);
        Assert.False(string.IsNullOrEmpty(error.HostId));
        Assert.Equal("https://api.aliyun.com/troubleshoot?q=SendTokenQuotaExceeded&product=Domain", error.Recommend);
    }

    [Fact]
    public async Task A_throttled_call_is_retried_and_then_succeeds_through_the_generated_client()
    {
        _emulator.SetError("ResendEmailVerification", 400, "Throttling.User", "Request was denied due to user flow control.");
        SpecClientOptions options = XmlOptions(SignatureVersion.V3);
        options.Retry.ThrottlingBaseDelay = TimeSpan.FromMilliseconds(10);
        var client = new DomainClient(options);

        ThrottlingException error = await Assert.ThrowsAsync<ThrottlingException>(() =>
            client.ResendEmailVerificationAsync(new ResendEmailVerificationRequest { Email = "a@example.com" }));

        Assert.Equal("Throttling.User", error.Code);
        Assert.Equal(3, _emulator.Requests.Count);
        Assert.Equal(3, _emulator.Requests.Select(r => r.RequestId).Distinct().Count());
    }

    private SpecClientOptions XmlOptions(SignatureVersion version)
    {
        SpecClientOptions options = _emulator.CreateClientOptions(version);
        options.Format = ResponseFormat.Xml;
        return options;
    }
}

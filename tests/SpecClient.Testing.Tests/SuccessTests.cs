using System.Text.Json;
using SpecClient.Signing;
using SpecClient.Testing.Tests.Support;

namespace SpecClient.Testing.Tests;

/// <summary>Correctly signed requests over real loopback HTTP get the doc page's sample.</summary>
public sealed class SuccessTests : EmulatorTestBase
{
    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task V1_signed_request_gets_the_sample_json(string method)
    {
        var answer = await SendV1Async(new RpcCall(), new HttpMethod(method));

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/json; charset=utf-8", answer.ContentType);
        Assert.Equal(DomainOperations.SampleJson, answer.Body);
        Assert.True(Guid.TryParse(answer.RequestIdHeader, out _), answer.RequestIdHeader);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task V3_signed_request_gets_the_sample_json(bool parametersInBody)
    {
        var answer = await SendV3Async(new RpcCall(), parametersInBody);

        Assert.True(answer.Status == 200, answer.Body);
        Assert.Equal("application/json; charset=utf-8", answer.ContentType);
        using var json = JsonDocument.Parse(answer.Body);
        Assert.Equal(DomainOperations.SampleRequestId, json.RootElement.GetProperty("requestId").GetString());
        Assert.True(Guid.TryParse(answer.RequestIdHeader, out _));
        Assert.Equal("test1@aliyun.com", Emulator.Requests.Single().GetParameter("Email"));
    }

    [Theory]
    [InlineData("V1")]
    [InlineData("V3")]
    public async Task Reserved_and_multibyte_characters_survive_signing(string version)
    {
        var call = new RpcCall();
        call.Parameters.Clear();
        call.With("Email", "a b+c*d~e/é@例え.com,x&y=z");

        var answer = await SendAsync(version, call);

        Assert.True(answer.Status == 200, answer.Body);
        Assert.Equal("a b+c*d~e/é@例え.com,x&y=z", Emulator.Requests.Single().GetParameter("Email"));
    }

    [Theory]
    [InlineData("V1")]
    [InlineData("V3")]
    public async Task Format_XML_gets_the_sample_xml(string version)
    {
        var answer = await SendAsync(version, new RpcCall { Format = "XML" });

        Assert.Equal(200, answer.Status);
        Assert.Equal("text/xml; charset=utf-8", answer.ContentType);
        Assert.StartsWith("<?xml version='1.0' encoding='UTF-8'?><ResendEmailVerificationResponse>", answer.Body);
        var document = System.Xml.Linq.XDocument.Parse(answer.Body);
        Assert.Equal(DomainOperations.SampleRequestId, document.Root!.Element("requestId")!.Value);
    }

    [Fact]
    public async Task An_operation_without_sample_answers_its_request_id()
    {
        var call = new RpcCall { Action = "SaveNothing" };
        call.Parameters.Clear();

        var answer = await SendV3Async(call);

        Assert.Equal(200, answer.Status);
        Assert.Equal("{\"RequestId\":\"" + answer.RequestIdHeader + "\"}", answer.Body);
    }

    [Fact]
    public async Task A_repeat_list_required_parameter_is_satisfied_by_its_first_index()
    {
        var call = new RpcCall { Action = "TagResources" };
        call.Parameters.Clear();
        call.With("ResourceType", "DOMAIN").With("Tag.1.Key", "env").With("Tag.1.Value", "test");

        var answer = await SendV1Async(call);

        Assert.True(answer.Status == 200, answer.Body);
    }

    [Fact]
    public async Task Sts_credentials_are_accepted_with_their_token()
    {
        await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions
        {
            Operations = DomainOperations.All,
            Credentials = new[] { new AccessKeyCredential("sts-id", "sts-secret", "sts-token") },
        });
        var call = new RpcCall { Credential = emulator.Credential };

        var v1 = await ServiceAnswer.SendAsync(Http, call.SignV1(emulator.Endpoint, HttpMethod.Post));
        call.Nonce = Guid.NewGuid().ToString("N");
        var v3 = await ServiceAnswer.SendAsync(Http, call.SignV3(emulator.Endpoint));

        Assert.True(v1.Status == 200, v1.Body);
        Assert.True(v3.Status == 200, v3.Body);
        Assert.Equal("***", emulator.Requests[0].GetParameter("SecurityToken"));
    }

    [Fact]
    public async Task Client_options_point_at_the_emulator_with_its_credential()
    {
        var options = Emulator.CreateClientOptions(SignatureVersion.V1);

        Assert.Equal("http://127.0.0.1:" + Emulator.Endpoint.Port, options.Endpoint);
        Assert.True(options.AllowInsecureHttp);
        Assert.Equal(SignatureVersion.V1, options.SignatureVersion);
        var credential = await options.Credentials!.GetCredentialAsync(CancellationToken.None);
        Assert.Equal("emulator-key-id", credential.AccessKeyId);
        Assert.Equal("emulator-key-secret", credential.AccessKeySecret);
        Assert.Equal(SignatureVersion.V3, Emulator.CreateClientOptions().SignatureVersion);
    }
}

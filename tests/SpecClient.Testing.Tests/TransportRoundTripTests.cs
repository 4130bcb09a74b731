using System.Text.Json;
using SpecClient.Serialization;
using SpecClient.Signing;
using SpecClient.Testing.Tests.Support;

namespace SpecClient.Testing.Tests;

/// <summary>
/// The runtime's real <see cref="ApiTransport"/> against the emulator, configured only through
/// <see cref="ApiEmulator.CreateClientOptions"/>: client signing and the emulator's independent verification
/// must agree for both signature versions, and the emulator's errors must reach the caller as typed exceptions.
/// </summary>
public sealed class TransportRoundTripTests : EmulatorTestBase
{
    private static readonly ResponseReader<string?> ReadRequestId = (ref Utf8JsonReader reader) =>
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.TryGetProperty("requestId", out var id) ? id.GetString() : document.RootElement.GetProperty("RequestId").GetString();
    };

    [Theory]
    [InlineData(SignatureVersion.V1)]
    [InlineData(SignatureVersion.V3)]
    public async Task Transport_calls_succeed_and_are_recorded(SignatureVersion version)
    {
        var transport = new ApiTransport(Http, Emulator.CreateClientOptions(version), "domain.aliyuncs.com");
        var request = new ApiRequest(DomainOperations.ResendEmailVerification);
        request.Add("Email", "test1@aliyun.com,test2@aliyun.com");
        request.Add("Lang", "en");

        var requestId = await transport.SendAsync(request, ReadRequestId, CancellationToken.None);

        Assert.Equal(DomainOperations.SampleRequestId, requestId);
        var recorded = Emulator.Requests.Single();
        Assert.Equal(version, recorded.SignatureVersion);
        Assert.Equal(200, recorded.StatusCode);
        Assert.Equal("test1@aliyun.com,test2@aliyun.com", recorded.GetParameter("Email"));
    }

    [Theory]
    [InlineData(SignatureVersion.V1)]
    [InlineData(SignatureVersion.V3)]
    public async Task Emulator_errors_reach_the_caller_as_ServiceException(SignatureVersion version)
    {
        var transport = new ApiTransport(Http, Emulator.CreateClientOptions(version), "domain.aliyuncs.com");
        var request = new ApiRequest(DomainOperations.ResendEmailVerification); // no Email: MissingEmail

        var error = await Assert.ThrowsAsync<ClientErrorException>(() => transport.SendAsync(request, ReadRequestId, CancellationToken.None));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("MissingEmail", error.Code);
        Assert.Equal("Email is mandatory for this action.", error.ErrorMessage);
        Assert.Equal(Emulator.Requests.Single().RequestId, error.RequestId);
        Assert.Equal("https://api.aliyun.com/troubleshoot?q=MissingEmail&product=Domain", error.Recommend);
    }

    [Fact]
    public async Task A_wrong_secret_is_reported_as_SignatureDoesNotMatch()
    {
        var options = Emulator.CreateClientOptions();
        options.Credentials = new StaticCredentialProvider("emulator-key-id", "not-the-secret");
        var transport = new ApiTransport(Http, options, "domain.aliyuncs.com");
        var request = new ApiRequest(DomainOperations.ResendEmailVerification);
        request.Add("Email", "a@b.c");

        var error = await Assert.ThrowsAsync<ClientErrorException>(() => transport.SendAsync(request, ReadRequestId, CancellationToken.None));

        Assert.Equal("SignatureDoesNotMatch", error.Code);
        Assert.DoesNotContain("not-the-secret", error.ToString());
    }
}

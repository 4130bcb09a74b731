using SpecClient.Testing.Tests.Support;

namespace SpecClient.Testing.Tests;

/// <summary>SetResponse / SetError replace an action's answer, after the usual checks.</summary>
public sealed class OverrideTests : EmulatorTestBase
{
    [Theory]
    [InlineData("V1")]
    [InlineData("V3")]
    public async Task SetError_answers_the_error_in_the_service_shape(string version)
    {
        Emulator.SetError("ResendEmailVerification", 403, "Forbidden.RAM", "User not authorized to operate on the specified resource.");

        var answer = await SendAsync(version, new RpcCall());

        var error = answer.AssertError(403, "Forbidden.RAM");
        Assert.Equal("User not authorized to operate on the specified resource.", error["Message"]);
        Assert.Equal("https://api.aliyun.com/troubleshoot?q=Forbidden.RAM&product=Domain", error["Recommend"]);
        Assert.Equal("Forbidden.RAM", Emulator.Requests.Single().ErrorCode);
    }

    [Fact]
    public async Task SetResponse_answers_the_given_json_until_reset()
    {
        Emulator.SetResponse("ResendEmailVerification", """{"RequestId":"R-1","successList":[]}""");

        var overridden = await SendV3Async(new RpcCall());
        Emulator.ResetResponses();
        var reset = await SendV3Async(new RpcCall());

        Assert.Equal(200, overridden.Status);
        Assert.Equal("""{"RequestId":"R-1","successList":[]}""", overridden.Body);
        Assert.Equal(DomainOperations.SampleJson, reset.Body);
    }

    [Fact]
    public async Task Overrides_still_check_the_signature()
    {
        Emulator.SetResponse("ResendEmailVerification", "{}");

        var answer = await SendV1Async(new RpcCall { SignatureOverride = "bogus" });

        answer.AssertError(400, "SignatureDoesNotMatch");
    }

    [Fact]
    public void Overrides_for_unknown_actions_or_non_error_statuses_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Emulator.SetResponse("NoSuchAction", "{}"));
        Assert.Throws<ArgumentException>(() => Emulator.SetError("NoSuchAction", 400, "X", "Y"));
        Assert.Throws<ArgumentException>(() => Emulator.SetError("ResendEmailVerification", 200, "X", "Y"));
    }
}

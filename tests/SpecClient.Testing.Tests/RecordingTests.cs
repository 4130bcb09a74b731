using SpecClient.Signing;
using SpecClient.Testing.Tests.Support;

namespace SpecClient.Testing.Tests;

/// <summary>What tests can read back about the requests the emulator received.</summary>
public sealed class RecordingTests : EmulatorTestBase
{
    protected override EmulatorOptions CreateOptions() =>
        new() { Operations = DomainOperations.All, MaxRecordedRequests = 5 };

    [Fact]
    public async Task Requests_are_recorded_in_order_with_what_was_sent_and_answered()
    {
        await SendV1Async(new RpcCall().With("Lang", "en"), HttpMethod.Get);
        await SendV3Async(new RpcCall(), parametersInBody: true);
        await SendV3Async(new RpcCall { Action = "Nope" });

        var requests = Emulator.Requests;
        Assert.Equal(3, requests.Count);

        var v1 = requests[0];
        Assert.Equal("GET", v1.HttpMethod);
        Assert.Equal("ResendEmailVerification", v1.Action);
        Assert.Equal("2018-01-29", v1.Version);
        Assert.Equal("Domain", v1.Product);
        Assert.Equal(SignatureVersion.V1, v1.SignatureVersion);
        Assert.Equal("emulator-key-id", v1.AccessKeyId);
        Assert.Equal("test1@aliyun.com", v1.GetParameter("Email"));
        Assert.Equal("en", v1.GetParameter("Lang"));
        Assert.Equal(200, v1.StatusCode);
        Assert.Null(v1.ErrorCode);

        Assert.Equal(SignatureVersion.V3, requests[1].SignatureVersion);
        Assert.Equal("POST", requests[1].HttpMethod);
        Assert.Equal("test1@aliyun.com", requests[1].GetParameter("Email"));

        Assert.Equal(404, requests[2].StatusCode);
        Assert.Equal("InvalidAction.NotFound", requests[2].ErrorCode);
        Assert.Null(requests[2].Product);
        Assert.All(requests, r => Assert.True(Guid.TryParse(r.RequestId, out _)));
    }

    [Fact]
    public async Task The_record_is_bounded_and_can_be_cleared()
    {
        for (var i = 0; i < 7; i++)
        {
            await SendV3Async(new RpcCall().With("Lang", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(new[] { "2", "3", "4", "5", "6" }, Emulator.Requests.Select(r => r.GetParameter("Lang")));
        Emulator.ClearRequests();
        Assert.Empty(Emulator.Requests);
    }

    [Fact]
    public async Task Concurrent_requests_are_all_answered_and_recorded()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => SendV3Async(new RpcCall())));

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.Equal(5, Emulator.Requests.Count);
        Assert.Equal(5, answers.Select(a => a.RequestIdHeader).Distinct().Count());
    }
}

using SpecClient.EndToEnd.Tests.Domain;
using SpecClient.Testing;

namespace SpecClient.EndToEnd.Tests;

/// <summary>
/// Extensible enums over real loopback HTTP: a value the docs do not list (one the service added later) reads
/// without error, keeps its text, and is sent back unchanged; listed values compare equal to their members.
/// </summary>
public sealed class EnumRoundTripTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly ApiEmulator _emulator;

    public EnumRoundTripTests(EmulatorFixture fixture)
    {
        _emulator = fixture.Emulator;
        _emulator.ResetResponses();
        _emulator.ClearRequests();
    }

    public void Dispose() => _emulator.ResetResponses();

    [Fact]
    public async Task An_unknown_value_is_read_and_sent_back_unchanged()
    {
        var client = new DomainClient(_emulator.CreateClientOptions());
        _emulator.SetResponse("QueryRegistrantProfiles", """
            {"RequestId":"R-1","RegistrantProfiles":{"RegistrantProfile":[
              {"RegistrantProfileId":1,"RealNameStatus":"PENDING_MANUAL_REVIEW"},
              {"RegistrantProfileId":2,"RealNameStatus":"SUCCEED"}]}}
            """);

        QueryRegistrantProfilesResponse response = await client.QueryRegistrantProfilesAsync(new QueryRegistrantProfilesRequest());

        QueryRegistrantProfilesResponse.RegistrantProfile unknown = response.RegistrantProfiles[0];
        Assert.Equal("PENDING_MANUAL_REVIEW", unknown.RealNameStatus?.Value);
        Assert.NotEqual(QueryRegistrantProfilesResponse.RegistrantProfile.RealNameStatusValue.SUCCEED, unknown.RealNameStatus);
        Assert.Equal(QueryRegistrantProfilesResponse.RegistrantProfile.RealNameStatusValue.SUCCEED, response.RegistrantProfiles[1].RealNameStatus);

        // The page's own sample has a trailing comma (not JSON): the answer set above serves the second call too.
        _emulator.ClearRequests();
        await client.QueryRegistrantProfilesAsync(new QueryRegistrantProfilesRequest { RealNameStatus = unknown.RealNameStatus!.Value.ToString() });

        Assert.Equal("PENDING_MANUAL_REVIEW", Assert.Single(_emulator.Requests).GetParameter("RealNameStatus"));
    }

    [Fact]
    public async Task A_listed_value_is_sent_as_its_wire_text_and_an_unset_one_is_left_out()
    {
        var client = new DomainClient(_emulator.CreateClientOptions());

        await client.CheckDomainAsync(new CheckDomainRequest { DomainName = "example.com", FeeCommand = CheckDomainRequest.FeeCommandValue.Renew, Lang = "zh" });

        EmulatedRequest request = Assert.Single(_emulator.Requests);
        Assert.Equal("renew", request.GetParameter("FeeCommand"));
        Assert.Equal("zh", request.GetParameter("Lang"));
        Assert.Null(request.GetParameter("FeeCurrency"));
    }

    [Fact]
    public void Values_compare_by_their_text()
    {
        CheckDomainRequest.LangValue fromText = "en";

        Assert.Equal(CheckDomainRequest.LangValue.En, fromText);
        Assert.True(fromText == CheckDomainRequest.LangValue.En);
        Assert.NotEqual(CheckDomainRequest.LangValue.En, (CheckDomainRequest.LangValue)"EN");
        Assert.Equal(CheckDomainRequest.LangValue.En.GetHashCode(), fromText.GetHashCode());
        Assert.Equal("en", (string)fromText);
        Assert.Equal(string.Empty, default(CheckDomainRequest.LangValue).ToString());
        Assert.Throws<ArgumentNullException>(() => new CheckDomainRequest.LangValue(null!));
    }
}

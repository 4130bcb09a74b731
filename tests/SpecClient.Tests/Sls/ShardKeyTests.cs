using System.Text.Json;
using SpecClient.Serialization;
using SpecClient.Signing;
using SpecClient.Sls;
using SpecClient.Tests.Transport;
using static SpecClient.Tests.Transport.TransportTestKit;

namespace SpecClient.Tests.Sls;

/// <summary>PutLogs' KeyHash mode: the MD5 hex hash key, and a write with one sent to /shards/route?key= with the key signed.</summary>
public sealed class ShardKeyTests
{
    private static readonly OperationDescriptor PutLogs = new(
        "Sls", "2020-12-30", "PutLogs", ApiStyle.Sls, "POST", "/logstores/{logstore}/shards/lb", new[] { "project", "logstore", "body" }, null, null, isReadOnly: false);

    [Theory]
    [InlineData("", "d41d8cd98f00b204e9800998ecf8427e")]                                          // RFC 1321's test suite
    [InlineData("message digest", "f96b697d7cb7938d525a2f31aaf161d0")]
    [InlineData("The quick brown fox jumps over the lazy dog", "9e107d9d372bb6826bd81d3542a419d6")]
    public void Md5Hex_is_the_md5_of_the_utf8_key_in_lower_case_hex(string key, string expected)
    {
        Assert.Equal(expected, ShardKey.Md5Hex(key));
    }

    [Theory]
    [InlineData(true, "/logstores/app-log/shards/route", "key=14d2f850ad6ea48e46e4547edbbb27e0")]
    [InlineData(false, "/logstores/app-log/shards/lb", "")]
    public async Task A_write_with_a_hash_key_goes_to_the_route_path_with_the_key_signed(bool hashed, string path, string query)
    {
        await using LoopbackServer server = await LoopbackServer.StartAsync(LoopbackServer.Reply(200, string.Empty, "application/json"));
        var request = new ApiRequest(PutLogs);
        request.Add("project", "my-project", ParameterLocation.Host);
        request.Add("logstore", "app-log", ParameterLocation.Path);
        request.SetBody(new byte[] { 0x0A, 0x00 }, "application/x-protobuf");
        request.Add("key", hashed ? "14d2f850ad6ea48e46e4547edbbb27e0" : null);

        await new ApiTransport(Options(server, SignatureVersion.V3, token: null), "unused.example").SendAsync(request, Skip, CancellationToken.None);

        ReceivedRequest received = server.Single();
        Assert.Equal((path, query), (received.RawPath, received.RawQuery));
        string stringToSign = SlsSignature.StringToSign(
            "POST", received.Header("Content-MD5"), "application/x-protobuf", received.Header("Date"),
            SlsSignature.CanonicalizedHeaders(received.Headers), SlsSignature.CanonicalizedResource(path, received.Query));
        Assert.Equal(SlsSignature.Authorization(AccessKeyId, SlsSignature.Sign(stringToSign, Secret)), received.Header("Authorization"));
    }

    private static bool Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return true;
    }
}

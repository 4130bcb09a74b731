using System.Reflection;
using System.Text;
using System.Text.Json;
using SpecClient.Testing.Internal;

namespace SpecClient.Testing.Tests;

/// <summary>
/// The emulator's own server-side signature code (independent of the runtime's client code) against the
/// shared vectors, published ones included: this is what makes the emulator a real check on clients.
/// </summary>
public sealed class ServerSignatureVectorTests
{
    private static readonly JsonElement Vectors = Load();

    public static IEnumerable<object[]> RpcNames() => Names("rpc");

    public static IEnumerable<object[]> Acs3Names() => Names("acs3");

    [Theory]
    [MemberData(nameof(RpcNames))]
    public void V1_server_computation_matches(string name)
    {
        var v = Find("rpc", name);
        var parameters = Pairs(v.GetProperty("parameters"));

        var canonical = RpcV1Signature.CanonicalizedQuery(parameters);
        var stringToSign = RpcV1Signature.StringToSign(v.GetProperty("method").GetString()!, canonical);

        Assert.Equal(v.GetProperty("canonicalizedQuery").GetString(), canonical);
        Assert.Equal(v.GetProperty("stringToSign").GetString(), stringToSign);
        Assert.Equal(v.GetProperty("signature").GetString(), RpcV1Signature.Sign(stringToSign, v.GetProperty("accessKeySecret").GetString()!));
    }

    [Theory]
    [MemberData(nameof(Acs3Names))]
    public void V3_server_computation_matches(string name)
    {
        var v = Find("acs3", name);
        var expectedAuthorization = v.GetProperty("authorization").GetString()!;
        Assert.True(Acs3Authorization.TryParse(expectedAuthorization, out var authorization, out var problem), problem);
        var headers = Pairs(v.GetProperty("headers"));

        var canonicalRequest = Acs3Signature.CanonicalRequest(
            v.GetProperty("method").GetString()!,
            Acs3Signature.CanonicalUri(v.GetProperty("path").GetString()!),
            Acs3Signature.CanonicalQuery(Pairs(v.GetProperty("query"))),
            Acs3Signature.CanonicalHeaders(
                authorization!.SignedHeaders,
                wanted => headers.Where(h => string.Equals(h.Key, wanted, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)),
            authorization.SignedHeadersText,
            Acs3Signature.HashHex(Encoding.UTF8.GetBytes(v.GetProperty("body").GetString()!)));
        var stringToSign = Acs3Signature.StringToSign(canonicalRequest);

        Assert.Equal(v.GetProperty("canonicalRequest").GetString(), canonicalRequest);
        Assert.Equal(v.GetProperty("stringToSign").GetString(), stringToSign);
        Assert.Equal(authorization.Signature, Acs3Signature.Sign(stringToSign, v.GetProperty("accessKeySecret").GetString()!));
        Assert.Equal(v.GetProperty("accessKeyId").GetString(), authorization.Credential);
    }

    [Theory]
    [InlineData("Tag.N.Key", "Tag.1.Key", true)]
    [InlineData("Tag.N.Key", "Tag.12.Key", true)]
    [InlineData("Tag.N", "Tag.3.Value", true)]
    [InlineData("Tag.N.Key", "Tag.Key", false)]
    [InlineData("Tag.N.Key", "Tag.x.Key", false)]
    [InlineData("Tag.N.Key", "Tag.1.Value", false)]
    [InlineData("Email", "Email", true)]
    [InlineData("Email", "email", false)]
    public void Repeat_list_names_match_any_index(string required, string sent, bool matches)
    {
        Assert.Equal(matches, RequestParameters.NameMatches(required, sent));
    }

    private static IEnumerable<object[]> Names(string kind) =>
        Vectors.GetProperty(kind).EnumerateArray().Select(v => new object[] { v.GetProperty("name").GetString()! }).ToArray();

    private static JsonElement Find(string kind, string name) =>
        Vectors.GetProperty(kind).EnumerateArray().Single(v => v.GetProperty("name").GetString() == name);

    private static List<KeyValuePair<string, string>> Pairs(JsonElement array) =>
        array.EnumerateArray().Select(p => new KeyValuePair<string, string>(p[0].GetString()!, p[1].GetString()!)).ToList();

    private static JsonElement Load()
    {
        var repoRoot = typeof(ServerSignatureVectorTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot").Value!;
        var path = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "vectors", "signatures.json"));
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}

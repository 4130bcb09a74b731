using SpecClient.Signing;

namespace SpecClient.Tests.Signing;

public sealed class Acs3SignatureV3Tests
{
    [Fact]
    public void Only_host_content_type_and_x_acs_headers_are_signed()
    {
        Acs3CanonicalHeaders result = Acs3SignatureV3.CanonicalHeaders(new[]
        {
            Pair("User-Agent", "ua"),
            Pair("Accept", "application/json"),
            Pair("Content-MD5", "abc"),
            Pair("Date", "today"),
            Pair("X-Acs-Action", "Run"),
            Pair("Content-Type", "application/json"),
            Pair("Host", "ecs.aliyuncs.com"),
            Pair("x-custom", "no"),
        });

        Assert.Equal("content-type:application/json\nhost:ecs.aliyuncs.com\nx-acs-action:Run\n", result.CanonicalHeaders);
        Assert.Equal("content-type;host;x-acs-action", result.SignedHeaders);
    }

    [Fact]
    public void Values_are_trimmed_and_repeated_names_merged_in_ordinal_order()
    {
        Acs3CanonicalHeaders result = Acs3SignatureV3.CanonicalHeaders(new[]
        {
            Pair("x-acs-meta", " \tzeta "),
            Pair("X-ACS-META", "Alpha\t"),
            Pair("x-Acs-Meta", "alpha"),
            Pair("host", "  h  "),
        });

        Assert.Equal("host:h\nx-acs-meta:Alpha, alpha, zeta\n", result.CanonicalHeaders);
        Assert.Equal("host;x-acs-meta", result.SignedHeaders);
    }

    [Fact]
    public void No_signed_headers_give_empty_strings()
    {
        Acs3CanonicalHeaders result = Acs3SignatureV3.CanonicalHeaders(new[] { Pair("accept", "x") });
        Assert.Equal(string.Empty, result.CanonicalHeaders);
        Assert.Equal(string.Empty, result.SignedHeaders);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("/clusters/c-1/nodes", "/clusters/c-1/nodes")]
    [InlineData("/a b/c*d/", "/a%20b/c%2Ad/")]
    [InlineData("/中/~", "/%E4%B8%AD/~")]
    public void Canonical_uri_encodes_each_segment(string path, string expected)
    {
        Assert.Equal(expected, Acs3SignatureV3.CanonicalUri(path));
    }

    [Fact]
    public void Canonical_query_sorts_by_name_and_keeps_empty_values()
    {
        string query = Acs3SignatureV3.CanonicalQuery(new[] { Pair("b", "2 3"), Pair("A", ""), Pair("_c", "*") });
        Assert.Equal("A=&_c=%2A&b=2%203", query);
        Assert.Equal(string.Empty, Acs3SignatureV3.CanonicalQuery(Array.Empty<KeyValuePair<string, string>>()));
    }

    [Fact]
    public void Payload_hash_of_empty_body_is_the_documented_constant()
    {
        Assert.Equal(Acs3SignatureV3.EmptyPayloadHash, Acs3SignatureV3.HashPayload(string.Empty));
        Assert.Equal(Acs3SignatureV3.EmptyPayloadHash, Acs3SignatureV3.HashPayload(Array.Empty<byte>()));
        Assert.Equal("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", Acs3SignatureV3.HashPayload("test"));
    }

    [Fact]
    public void Signature_key_has_no_ampersand_unlike_V1()
    {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), a well-known test value.
        Assert.Equal(
            "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
            Acs3SignatureV3.Signature("The quick brown fox jumps over the lazy dog", "key"));
    }

    [Fact]
    public void V1_signature_key_is_secret_plus_ampersand()
    {
        // Base64(HMAC-SHA1("key&", "data")) computed independently with the framework's HMACSHA1.
        byte[] expected = System.Security.Cryptography.HMACSHA1.HashData("key&"u8, "data"u8);
        Assert.Equal(Convert.ToBase64String(expected), RpcSignatureV1.Sign("data", "key"));
    }

    [Fact]
    public void Authorization_joins_its_parts()
    {
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host;x-acs-date,Signature=abc",
            Acs3SignatureV3.Authorization("id", "host;x-acs-date", "abc"));
    }

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
}

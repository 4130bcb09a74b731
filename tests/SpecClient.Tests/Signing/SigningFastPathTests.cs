using System.Text;
using SpecClient.Signing;

namespace SpecClient.Tests.Signing;

/// <summary>
/// The transport signs through internal one-go paths that skip the public steps' intermediate strings and reuse
/// the credential's keyed HMAC (<see cref="Acs3SignatureV3.Sign"/>, <see cref="RpcSignatureV1.SignedFormBody"/>).
/// They must give exactly what the public steps give, for every kind of input, and they must stay cheap.
/// </summary>
public sealed class SigningFastPathTests
{
    private const string Secret = "test-secret-\u00E9\u4E2D";

    private static readonly AccessKeyCredential Credential = new("test-id", Secret);

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 1; seed <= 40; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Acs3_sign_equals_the_public_steps(int seed)
    {
        var random = new Random(seed);
        List<KeyValuePair<string, string>> query = RandomPairs(random, random.Next(0, 6));
        List<KeyValuePair<string, string>> headers = RandomHeaders(random);
        string canonicalUri = Acs3SignatureV3.CanonicalUri("/" + RandomText(random, random.Next(0, 12)));
        string canonicalQuery = Acs3SignatureV3.CanonicalQuery(query);
        string payload = Acs3SignatureV3.HashPayload(RandomText(random, random.Next(0, 40)));

        Acs3CanonicalHeaders canonicalHeaders = Acs3SignatureV3.CanonicalHeaders(headers);
        string expected = Acs3SignatureV3.Signature(
            Acs3SignatureV3.StringToSign(Acs3SignatureV3.CanonicalRequest(
                "POST", canonicalUri, canonicalQuery, canonicalHeaders.CanonicalHeaders, canonicalHeaders.SignedHeaders, payload)),
            Secret);

        string actual = Acs3SignatureV3.Sign("POST", canonicalUri, canonicalQuery, headers, payload, Credential.Acs3Key, out string signedHeaders);

        Assert.Equal(canonicalHeaders.SignedHeaders, signedHeaders);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Acs3_sign_of_headers_in_canonical_order_equals_the_public_steps(int seed)
    {
        // Lower-case, trimmed, unique and sorted, as the transport builds them: the signing takes such a list as it is.
        var random = new Random(seed);
        List<KeyValuePair<string, string>> headers = RandomHeaders(random)
            .Select(h => new KeyValuePair<string, string>(h.Key.Trim().ToLowerInvariant(), h.Value.Trim()))
            .Where(h => Acs3SignatureV3.IsSignedHeader(h.Key))
            .GroupBy(h => h.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .ToList();
        if (seed % 3 == 0)
        {
            // Nearly canonical: one value with a space to trim, which the general path must still do.
            int i = random.Next(headers.Count);
            headers[i] = new KeyValuePair<string, string>(headers[i].Key, headers[i].Value + " ");
        }

        string query = Acs3SignatureV3.CanonicalQuery(RandomPairs(random, 3));
        string expected = PublicStepsSignature(query, headers, out string expectedSignedHeaders);

        Assert.Equal(expected, Acs3SignatureV3.Sign("POST", "/", query, headers, Acs3SignatureV3.EmptyPayloadHash, Credential.Acs3Key, out string signedHeaders));
        Assert.Equal(expectedSignedHeaders, signedHeaders);
    }

    [Fact]
    public void Acs3_sign_of_the_same_header_names_again_equals_the_public_steps()
    {
        // A transport names the same headers (the same string instances) on every call; the signing then reuses what
        // it found about the names, but the values are new each time and must still be checked and signed.
        string[] names = ["host", "x-acs-action", "x-acs-date", "x-acs-signature-nonce"];
        string query = Acs3SignatureV3.CanonicalQuery(new[] { new KeyValuePair<string, string>("A", "1") });
        string[][] calls =
        [
            ["example.com", "Describe", "2024-05-06T07:08:09Z", "n1"],
            ["example.com", "Describe", "2024-05-06T07:08:10Z", "n2"],
            ["example.com", " Describe", "2024-05-06T07:08:11Z", "n3 "], // values to trim: not canonical as given
            ["example.com", "List", "2024-05-06T07:08:12Z", "n4"],
        ];
        foreach (string[] values in calls)
        {
            var headers = names.Select((name, i) => new KeyValuePair<string, string>(name, values[i])).ToList();
            string expected = PublicStepsSignature(query, headers, out _);

            Assert.Equal(expected, Acs3SignatureV3.Sign("POST", "/", query, headers, Acs3SignatureV3.EmptyPayloadHash, Credential.Acs3Key, out string signedHeaders));
            Assert.Equal("host;x-acs-action;x-acs-date;x-acs-signature-nonce", signedHeaders);
            Assert.Equal(
                Acs3SignatureV3.Authorization(Credential.AccessKeyId, signedHeaders, expected),
                Acs3SignatureV3.SignedAuthorization("POST", "/", query.AsSpan(), headers, Acs3SignatureV3.EmptyPayloadHash, Credential));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Rpc_sign_equals_the_public_steps(int seed)
    {
        var random = new Random(seed);
        List<KeyValuePair<string, string>> pairs = RandomPairs(random, random.Next(0, 12));

        Assert.Equal(PublicStepsFormBody(pairs), Encoding.ASCII.GetString(RpcSignatureV1.SignedFormBody("POST", pairs, Credential.RpcV1Key)));
    }

    [Fact]
    public void Long_values_grow_the_pooled_buffers_without_changing_the_result()
    {
        // Far past any initial capacity: every buffer has to grow, several times.
        string big = string.Concat(Enumerable.Repeat("\u4E2D a&b=c/\U0001F600~", 5000));
        var pairs = new List<KeyValuePair<string, string>> { new("Big", big), new("Small", "x") };
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", "example.com"), new("x-acs-big", big), new("X-Acs-Big", " second "), new("x-acs-date", "2024-01-01T00:00:00Z"),
        };

        string query = RpcSignatureV1.CanonicalizeQuery(pairs);
        Assert.StartsWith("Big=" + PercentEncoding.Encode(big) + "&Small=x", query, StringComparison.Ordinal);
        Assert.Equal("POST&%2F&" + PercentEncoding.Encode(query), RpcSignatureV1.StringToSign("POST", query));
        Assert.Equal(PublicStepsFormBody(pairs), Encoding.ASCII.GetString(RpcSignatureV1.SignedFormBody("POST", pairs, Credential.RpcV1Key)));

        Acs3CanonicalHeaders canonical = Acs3SignatureV3.CanonicalHeaders(headers);
        // Repeated names: values sorted ordinal ("second" before the CJK text), joined with ", ".
        Assert.Equal("host:example.com\nx-acs-big:second, " + big + "\nx-acs-date:2024-01-01T00:00:00Z\n", canonical.CanonicalHeaders);
        string canonicalRequest = Acs3SignatureV3.CanonicalRequest("POST", "/", query, canonical.CanonicalHeaders, canonical.SignedHeaders, Acs3SignatureV3.EmptyPayloadHash);
        Assert.Equal("POST\n/\n" + query + "\n" + canonical.CanonicalHeaders + "\n" + canonical.SignedHeaders + "\n" + Acs3SignatureV3.EmptyPayloadHash, canonicalRequest);
        Assert.Equal(
            Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(canonicalRequest), Secret),
            Acs3SignatureV3.Sign("POST", "/", query, headers, Acs3SignatureV3.EmptyPayloadHash, Credential.Acs3Key, out _));
    }

    [Fact]
    public void String_to_sign_is_the_algorithm_line_and_the_lower_hex_sha256_of_the_utf8_request()
    {
        string canonicalRequest = "POST\n/\nA=%E4%B8%AD\nhost:h\n\nhost\n" + Acs3SignatureV3.EmptyPayloadHash + "\u00E9";
        byte[] hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest));
        Assert.Equal("ACS3-HMAC-SHA256\n" + Convert.ToHexString(hash).ToLowerInvariant(), Acs3SignatureV3.StringToSign(canonicalRequest));
    }

    [Fact]
    public void Signing_a_typical_call_allocates_little()
    {
        // The ResendEmailVerification call of the benchmark. The bounds have room; they catch a return of the
        // intermediate strings (the V3 steps allocated about 7.8 KB, the V1 steps about 3 KB, before the one-go paths).
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", "domain.aliyuncs.com"), new("x-acs-action", "ResendEmailVerification"), new("x-acs-version", "2018-01-29"),
            new("x-acs-date", "2026-01-02T03:04:05Z"), new("x-acs-signature-nonce", "0123456789abcdef0123456789abcdef"),
            new("x-acs-content-sha256", Acs3SignatureV3.EmptyPayloadHash),
        };
        string query = Acs3SignatureV3.CanonicalQuery(new[] { new KeyValuePair<string, string>("Email", "test1@aliyun.com,test2@aliyun.com") });
        var rpcParameters = new List<KeyValuePair<string, string>>
        {
            new("Format", "JSON"), new("Version", "2018-01-29"), new("AccessKeyId", "id"),
            new("SignatureMethod", "HMAC-SHA1"), new("SignatureVersion", "1.0"), new("SignatureNonce", "0b9c2f5e-5d8a-4c1e-9e3f-2a7b6c5d4e3f"),
            new("Timestamp", "2026-01-02T03:04:05Z"), new("Action", "ResendEmailVerification"), new("Email", "test1@aliyun.com,test2@aliyun.com"),
        };

        long acs3 = AllocatedPerCall(() => Acs3SignatureV3.Sign("POST", "/", query, headers, Acs3SignatureV3.EmptyPayloadHash, Credential.Acs3Key, out _));
        long rpc = AllocatedPerCall(() => RpcSignatureV1.SignedFormBody("POST", rpcParameters, Credential.RpcV1Key));

        // What is left: the list of sorted headers and the signature (V3); the body the request sends (V1, about 300 bytes).
        Assert.True(acs3 < 512, $"Acs3SignatureV3.Sign allocated {acs3} bytes per call");
        Assert.True(rpc < 512, $"RpcSignatureV1.SignedFormBody allocated {rpc} bytes per call");
    }

    [Fact]
    public void Pooled_buffers_go_back_cleared()
    {
        // A string to sign can hold a security token: nothing of it may stay in arrays the pool hands out again.
        const string Token = "SECRET-TOKEN-VALUE-0123456789";
        char[] rented;
        using (var buffer = new SigningBuffer(64))
        {
            buffer.Append("x-acs-security-token:").Append(Token).AppendEncoded(Token);
            _ = buffer.Utf8();
            rented = (char[])typeof(SigningBuffer).GetField("_chars", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(buffer)!;
            Assert.Contains(Token, new string(rented));
        }

        Assert.DoesNotContain(Token, new string(rented));
        Assert.DoesNotContain(PercentEncoding.Encode(Token), new string(rented));
    }

    private static long AllocatedPerCall(Func<object> sign)
    {
        const int Calls = 200;
        for (int i = 0; i < Calls; i++)
        {
            sign();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            sign();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
    }

    // The signature of a POST to "/" with an empty body from the public steps.
    private static string PublicStepsSignature(string query, List<KeyValuePair<string, string>> headers, out string signedHeaders)
    {
        Acs3CanonicalHeaders canonical = Acs3SignatureV3.CanonicalHeaders(headers);
        signedHeaders = canonical.SignedHeaders;
        return Acs3SignatureV3.Signature(
            Acs3SignatureV3.StringToSign(Acs3SignatureV3.CanonicalRequest(
                "POST", "/", query, canonical.CanonicalHeaders, canonical.SignedHeaders, Acs3SignatureV3.EmptyPayloadHash)),
            Secret);
    }

    // The form body from the public steps: the canonicalized query, then the percent-encoded signature.
    private static string PublicStepsFormBody(List<KeyValuePair<string, string>> pairs)
    {
        string query = RpcSignatureV1.CanonicalizeQuery(pairs);
        return query + "&Signature=" + PercentEncoding.Encode(RpcSignatureV1.Sign(RpcSignatureV1.StringToSign("POST", query), Secret));
    }

    private static List<KeyValuePair<string, string>> RandomPairs(Random random, int count)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        for (int i = 0; i < count; i++)
        {
            string name = random.Next(4) == 0 && pairs.Count > 0 ? pairs[random.Next(pairs.Count)].Key : RandomText(random, random.Next(1, 10));
            pairs.Add(new KeyValuePair<string, string>(name, RandomText(random, random.Next(0, 60))));
        }

        return pairs;
    }

    private static List<KeyValuePair<string, string>> RandomHeaders(Random random)
    {
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", "example.aliyuncs.com"),
            new("x-acs-date", "2024-05-06T07:08:09Z"),
            new("x-acs-signature-nonce", random.Next().ToString("x8")),
        };
        string[] names = ["X-Acs-Meta", "x-acs-meta", "Content-Type", "User-Agent", "x-acs-security-token", "Accept", " x-acs-pad "];
        int extra = random.Next(0, 6);
        for (int i = 0; i < extra; i++)
        {
            headers.Add(new KeyValuePair<string, string>(names[random.Next(names.Length)], " " + RandomText(random, random.Next(0, 30)) + "\t"));
        }

        return headers.OrderBy(_ => random.Next()).ToList();
    }

    // ASCII of every kind (unreserved, reserved, space, controls), Latin-1, CJK and a surrogate pair.
    private static string RandomText(Random random, int length)
    {
        const string Alphabet = "abcXYZ019-_.~ !*'()&=+/?%#@,;:\u00E9\u00FC\u4E2D\u6587\t";
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            if (random.Next(20) == 0)
            {
                builder.Append("\U0001F600");
            }
            else
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return builder.ToString();
    }
}

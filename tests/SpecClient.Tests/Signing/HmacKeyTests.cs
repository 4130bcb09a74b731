using System.Security.Cryptography;
using System.Text;
using SpecClient.Signing;

namespace SpecClient.Tests.Signing;

/// <summary>
/// A credential keys its HMACs once and reuses them (<see cref="HmacKey"/>): the reused instances must give what a
/// fresh HMAC gives, under concurrent calls too, and must say nothing of the secret.
/// </summary>
public sealed class HmacKeyTests
{
    private const string Secret = "hmac-secret-\u00E9\u4E2D";

    [Fact]
    public void Concurrent_calls_give_what_a_fresh_hmac_gives()
    {
        var credential = new AccessKeyCredential("id", Secret);
        byte[] v1Key = Encoding.UTF8.GetBytes(Secret + "&");
        byte[] v3Key = Encoding.UTF8.GetBytes(Secret);
        int mismatches = 0;

        // More threads than the key's slots, each with its own data: a shared instance would mix their inputs.
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            byte[] data = Encoding.UTF8.GetBytes("string to sign " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + new string('x', i % 97));
            if (!credential.RpcV1Key.Compute(new ArraySegment<byte>(data)).AsSpan().SequenceEqual(HMACSHA1.HashData(v1Key, data))
                || !credential.Acs3Key.Compute(new ArraySegment<byte>(data)).AsSpan().SequenceEqual(HMACSHA256.HashData(v3Key, data)))
            {
                Interlocked.Increment(ref mismatches);
            }

            Span<byte> hash = stackalloc byte[32];
            credential.Acs3Key.Compute(data, hash);
            if (!hash.SequenceEqual(HMACSHA256.HashData(v3Key, data)))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Each_credential_keys_its_own_and_keeps_it()
    {
        var one = new AccessKeyCredential("id", Secret);
        var other = new AccessKeyCredential("id", Secret + "2");
        byte[] data = Encoding.ASCII.GetBytes("POST&%2F&Action%3DX");

        Assert.Same(one.RpcV1Key, one.RpcV1Key);
        Assert.Same(one.Acs3Key, one.Acs3Key);
        Assert.NotEqual(
            Convert.ToBase64String(one.RpcV1Key.Compute(new ArraySegment<byte>(data))),
            Convert.ToBase64String(other.RpcV1Key.Compute(new ArraySegment<byte>(data))));
    }

    [Fact]
    public void Nothing_of_the_secret_is_shown()
    {
        var credential = new AccessKeyCredential("id", Secret);
        credential.RpcV1Key.Compute(new ArraySegment<byte>(new byte[] { 1 }));

        foreach (string text in new[] { credential.ToString(), credential.RpcV1Key.ToString()!, credential.Acs3Key.ToString()! })
        {
            Assert.DoesNotContain("hmac-secret", text, StringComparison.Ordinal);
        }
    }
}

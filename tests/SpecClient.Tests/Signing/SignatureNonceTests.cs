using System.Collections.Concurrent;
using SpecClient.Signing;

namespace SpecClient.Tests.Signing;

/// <summary>The transport's signature nonces: random version-4 UUIDs, one random-generator call per 32.</summary>
public sealed class SignatureNonceTests
{
    [Fact]
    public void Nonces_are_version_4_uuids_with_the_rfc_4122_variant()
    {
        for (int i = 0; i < 500; i++)
        {
            string text = SignatureNonce.NewGuid().ToString("N");
            Assert.Matches("^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$", text);
        }
    }

    [Fact]
    public void Nonces_are_unique_across_refills_and_threads()
    {
        var seen = new ConcurrentDictionary<Guid, bool>();
        int duplicates = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            // Many blocks per thread: every refill path is taken.
            for (int i = 0; i < 2000; i++)
            {
                if (!seen.TryAdd(SignatureNonce.NewGuid(), true))
                {
                    Interlocked.Increment(ref duplicates);
                }
            }
        });

        Assert.Equal(0, duplicates);
        Assert.Equal(16000, seen.Count);
    }

    [Fact]
    public void Nonces_are_not_all_zero_or_repeating_bytes()
    {
        // Guards against handing out a cleared or never-filled block.
        var bytes = Enumerable.Range(0, 64).SelectMany(_ => SignatureNonce.NewGuid().ToByteArray()).ToArray();
        Assert.True(bytes.Distinct().Count() > 100, "the nonces' bytes look far from random");
    }
}

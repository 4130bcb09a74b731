using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace SpecClient.Signing;

/// <summary>
/// One secret's HMAC, keyed once and reused: setting an HMAC up (key schedule, the hash context) cost about half
/// of a signature, about 3-4 µs a call here, on every request. A few keyed instances wait in slots between calls;
/// a call takes one (or keys a new one when all are busy) and puts it back, so concurrent calls never share one.
/// </summary>
/// <remarks>
/// An instance lives as long as the <see cref="AccessKeyCredential"/> that owns it (its <c>RpcV1Key</c> and
/// <c>Acs3Key</c>), which holds the secret anyway: nothing secret-derived outlives the credential or is kept per
/// thread. It refers to the credential's own secret string (no copy) to key more instances, clears the key bytes it
/// makes for that, and prints nothing of either.
/// </remarks>
internal sealed class HmacKey
{
    // Enough for the calls a process signs at the same instant on most machines; more are keyed and dropped.
    private const int Slots = 4;

    private readonly HashAlgorithmName _algorithm;
    private readonly IncrementalHash?[] _idle = new IncrementalHash?[Slots];
    private readonly string _secret;
    private readonly string _suffix;

    /// <summary>An HMAC keyed with the UTF-8 bytes of <paramref name="secret"/> followed by <paramref name="suffix"/>.</summary>
    public HmacKey(HashAlgorithmName algorithm, string secret, string suffix)
    {
        _algorithm = algorithm;
        _secret = secret;
        _suffix = suffix;
    }

#if NET8_0_OR_GREATER
    /// <summary>The HMAC of <paramref name="data"/>, written to <paramref name="destination"/> (20 bytes for SHA-1, 32 for SHA-256).</summary>
    public void Compute(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        IncrementalHash hmac = Rent();
        try
        {
            hmac.AppendData(data);
            hmac.GetHashAndReset(destination);
        }
        catch
        {
            // Its state is unknown now: never hand it out again.
            hmac.Dispose();
            throw;
        }

        Return(hmac);
    }
#endif

    /// <summary>The HMAC of <paramref name="data"/>.</summary>
    public byte[] Compute(ArraySegment<byte> data)
    {
        IncrementalHash hmac = Rent();
        byte[] hash;
        try
        {
            hmac.AppendData(data.Array!, data.Offset, data.Count);
            hash = hmac.GetHashAndReset();
        }
        catch
        {
            hmac.Dispose();
            throw;
        }

        Return(hmac);
        return hash;
    }

    /// <summary>Says what this is without anything of the key.</summary>
    public override string ToString() => "HmacKey { " + _algorithm.Name + " }";

    private IncrementalHash Rent()
    {
        for (int i = 0; i < Slots; i++)
        {
            IncrementalHash? idle = Interlocked.Exchange(ref _idle[i], null);
            if (idle is not null)
            {
                return idle;
            }
        }

        // Every keyed instance is busy (or none was made yet): key one more.
        return Create();
    }

    private IncrementalHash Create()
    {
        byte[] key = new byte[Encoding.UTF8.GetByteCount(_secret) + Encoding.UTF8.GetByteCount(_suffix)];
        try
        {
            int length = Encoding.UTF8.GetBytes(_secret, 0, _secret.Length, key, 0);
            Encoding.UTF8.GetBytes(_suffix, 0, _suffix.Length, key, length);
            return IncrementalHash.CreateHMAC(_algorithm, key);
        }
        finally
        {
            Array.Clear(key, 0, key.Length);
        }
    }

    private void Return(IncrementalHash hmac)
    {
        for (int i = 0; i < Slots; i++)
        {
            if (Interlocked.CompareExchange(ref _idle[i], hmac, null) is null)
            {
                return;
            }
        }

        hmac.Dispose();
    }
}

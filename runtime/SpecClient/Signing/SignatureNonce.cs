using System;
using System.Security.Cryptography;

namespace SpecClient.Signing;

/// <summary>
/// Signature nonces: random version-4 UUIDs, as <see cref="Guid.NewGuid"/> makes them, but with the system's
/// cryptographic random generator asked once per 32 nonces (per thread) instead of once per nonce. That call is
/// a system call, a measurable part of a signed call's client-side cost.
/// </summary>
internal static class SignatureNonce
{
    private const int GuidSize = 16;
    private const int BlockSize = 32 * GuidSize;

#if !NET8_0_OR_GREATER
    private static readonly RandomNumberGenerator s_random = RandomNumberGenerator.Create();
#endif

    [ThreadStatic]
    private static byte[]? t_block;

    [ThreadStatic]
    private static int t_used;

    /// <summary>A new random UUID (version 4, RFC 4122 variant).</summary>
    public static Guid NewGuid()
    {
        byte[]? block = t_block;
        if (block is null || t_used == BlockSize)
        {
            block ??= t_block = new byte[BlockSize];
#if NET8_0_OR_GREATER
            RandomNumberGenerator.Fill(block);
#else
            s_random.GetBytes(block);
#endif
            t_used = 0;
        }

        int offset = t_used;
        t_used = offset + GuidSize;

        // Version 4 in the top bits of the third group, the RFC 4122 variant in the top bits of the fourth.
        var guid = new Guid(
            BitConverter.ToInt32(block, offset),
            BitConverter.ToInt16(block, offset + 4),
            (short)((BitConverter.ToInt16(block, offset + 6) & 0x0FFF) | 0x4000),
            (byte)((block[offset + 8] & 0x3F) | 0x80),
            block[offset + 9],
            block[offset + 10],
            block[offset + 11],
            block[offset + 12],
            block[offset + 13],
            block[offset + 14],
            block[offset + 15]);

        // A nonce is public once sent, but the rest of the block is not: nothing handed out stays behind.
        Array.Clear(block, offset, GuidSize);
        return guid;
    }
}

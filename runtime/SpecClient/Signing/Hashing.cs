using System;
using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace SpecClient.Signing;

/// <summary>The hashes and HMACs of the two signature versions, with the one-shot APIs where the target has them.</summary>
internal static class Hashing
{
    private const string LowerHexDigits = "0123456789abcdef";

    public static byte[] Sha256(byte[] data) => Sha256(new ArraySegment<byte>(data));

    public static byte[] Sha256(ArraySegment<byte> data)
    {
#if NET8_0_OR_GREATER
        return SHA256.HashData(data.AsSpan());
#else
        using SHA256 sha = SHA256.Create();
        return sha.ComputeHash(data.Array!, data.Offset, data.Count);
#endif
    }

    public static byte[] Sha256(string data)
    {
        byte[] bytes = RentUtf8(data, out int count);
        try
        {
            return Sha256(new ArraySegment<byte>(bytes, 0, count));
        }
        finally
        {
            ReturnCleared(bytes, count);
        }
    }

    public static byte[] HmacSha256(string key, string data)
    {
        byte[] bytes = RentUtf8(data, out int count);
        try
        {
            return HmacSha256(key, new ArraySegment<byte>(bytes, 0, count));
        }
        finally
        {
            ReturnCleared(bytes, count);
        }
    }

    public static byte[] HmacSha256(string key, ArraySegment<byte> data)
    {
        byte[] keyBytes = Encoding.UTF8.GetBytes(key);
#if NET8_0_OR_GREATER
        return HMACSHA256.HashData(keyBytes, data.AsSpan());
#else
        using var hmac = new HMACSHA256(keyBytes);
        return hmac.ComputeHash(data.Array!, data.Offset, data.Count);
#endif
    }

    // SHA-1 is what signature V1 is defined with; it is not used for anything else.
    public static byte[] HmacSha1(string key, string data)
    {
        byte[] bytes = RentUtf8(data, out int count);
        try
        {
            return HmacSha1(key, new ArraySegment<byte>(bytes, 0, count));
        }
        finally
        {
            ReturnCleared(bytes, count);
        }
    }

    public static byte[] HmacSha1(string key, ArraySegment<byte> data)
    {
        byte[] keyBytes = Encoding.UTF8.GetBytes(key);
#if NET8_0_OR_GREATER
        return HMACSHA1.HashData(keyBytes, data.AsSpan());
#else
        using var hmac = new HMACSHA1(keyBytes);
        return hmac.ComputeHash(data.Array!, data.Offset, data.Count);
#endif
    }

    // MD5 only for ROA signature V1's Content-MD5 header, which the service checks against the body, and SLS's shard hash keys (ShardKey).
    public static byte[] Md5(byte[] data)
    {
#if NET8_0_OR_GREATER
        return MD5.HashData(data);
#else
        using MD5 md5 = MD5.Create();
        return md5.ComputeHash(data);
#endif
    }

    public static string LowerHex(byte[] bytes) => LowerHex(string.Empty, bytes);

    /// <summary><paramref name="prefix"/> followed by <paramref name="bytes"/> in lower-case hex, as one string.</summary>
    public static string LowerHex(string prefix, byte[] bytes)
    {
#if NET8_0_OR_GREATER
        return string.Create(prefix.Length + (bytes.Length * 2), (prefix, bytes), static (chars, state) =>
        {
            state.prefix.AsSpan().CopyTo(chars);
            WriteHex(state.bytes, chars.Slice(state.prefix.Length));
        });
#else
        char[] chars = new char[prefix.Length + (bytes.Length * 2)];
        prefix.CopyTo(0, chars, 0, prefix.Length);
        WriteHex(bytes, chars.AsSpan(prefix.Length));
        return new string(chars);
#endif
    }

#if NET8_0_OR_GREATER
    /// <summary><paramref name="bytes"/> (at most 64) in lower-case hex.</summary>
    public static string LowerHex(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[bytes.Length * 2];
        WriteHex(bytes, chars);
        return new string(chars);
    }

    /// <summary>Writes <paramref name="bytes"/> in lower-case hex as ASCII bytes.</summary>
    public static void WriteLowerHex(ReadOnlySpan<byte> bytes, Span<byte> ascii)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            ascii[2 * i] = (byte)LowerHexDigits[bytes[i] >> 4];
            ascii[(2 * i) + 1] = (byte)LowerHexDigits[bytes[i] & 0xF];
        }
    }
#endif

    // The UTF-8 bytes of a signing step's text in a pooled array: they are hashed and dropped.
    private static byte[] RentUtf8(string text, out int count)
    {
        byte[] bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        count = Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
        return bytes;
    }

    // Cleared first: a string to sign can hold a security token.
    private static void ReturnCleared(byte[] bytes, int count)
    {
        Array.Clear(bytes, 0, count);
        ArrayPool<byte>.Shared.Return(bytes);
    }

    private static void WriteHex(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = LowerHexDigits[bytes[i] >> 4];
            chars[(2 * i) + 1] = LowerHexDigits[bytes[i] & 0xF];
        }
    }
}

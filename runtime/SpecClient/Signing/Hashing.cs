using System;
using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace SpecClient.Signing;

/// <summary>The hashes and HMACs of the two signature versions, with the one-shot APIs where the target has them.</summary>
internal static class Hashing
{
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

#if NET8_0_OR_GREATER
    // One reused SHA-256 context per thread: the one-shot SHA256.HashData sets a context up and frees it on every
    // call, which costs more than the hashing of a canonical request. Nothing secret stays in it after a hash.
    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    /// <summary>The SHA-256 of <paramref name="data"/>, written to <paramref name="destination"/> (32 bytes).</summary>
    public static void Sha256(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        IncrementalHash sha = t_sha256 ?? IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        t_sha256 = null;
        try
        {
            sha.AppendData(data);
            sha.GetHashAndReset(destination);
        }
        catch
        {
            sha.Dispose();
            throw;
        }

        // Put back only after a hash that completed: after an exception its state is unknown.
        t_sha256 = sha;
    }
#endif

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
    /// <summary>Writes <paramref name="bytes"/> in lower-case hex as ASCII bytes.</summary>
    public static void WriteLowerHex(ReadOnlySpan<byte> bytes, Span<byte> ascii)
    {
        ascii = ascii.Slice(0, bytes.Length * 2);
        for (int i = 0; i < bytes.Length; i++)
        {
            ascii[2 * i] = (byte)LowerHexDigit(bytes[i] >> 4);
            ascii[(2 * i) + 1] = (byte)LowerHexDigit(bytes[i] & 0xF);
        }
    }
#endif

    /// <summary>Writes <paramref name="bytes"/> in lower-case hex.</summary>
    public static void WriteLowerHex(ReadOnlySpan<byte> bytes, Span<char> chars) => WriteHex(bytes, chars);

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
        chars = chars.Slice(0, bytes.Length * 2);
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = LowerHexDigit(bytes[i] >> 4);
            chars[(2 * i) + 1] = LowerHexDigit(bytes[i] & 0xF);
        }
    }

    // '0'-'9' for 0-9, 'a'-'f' for 10-15, without a branch or a table lookup.
    private static char LowerHexDigit(int nibble) => (char)(nibble + '0' + (((9 - nibble) >> 31) & ('a' - '0' - 10)));
}

using System.Security.Cryptography;
using System.Text;

namespace SpecClient.Signing;

/// <summary>The hashes and HMACs of the two signature versions, with the one-shot APIs where the target has them.</summary>
internal static class Hashing
{
    private const string LowerHexDigits = "0123456789abcdef";

    public static byte[] Sha256(byte[] data)
    {
#if NET8_0_OR_GREATER
        return SHA256.HashData(data);
#else
        using SHA256 sha = SHA256.Create();
        return sha.ComputeHash(data);
#endif
    }

    public static byte[] HmacSha256(string key, string data)
    {
        byte[] keyBytes = Encoding.UTF8.GetBytes(key);
        byte[] dataBytes = Encoding.UTF8.GetBytes(data);
#if NET8_0_OR_GREATER
        return HMACSHA256.HashData(keyBytes, dataBytes);
#else
        using var hmac = new HMACSHA256(keyBytes);
        return hmac.ComputeHash(dataBytes);
#endif
    }

    // SHA-1 is what signature V1 is defined with; it is not used for anything else.
    public static byte[] HmacSha1(string key, string data)
    {
        byte[] keyBytes = Encoding.UTF8.GetBytes(key);
        byte[] dataBytes = Encoding.UTF8.GetBytes(data);
#if NET8_0_OR_GREATER
        return HMACSHA1.HashData(keyBytes, dataBytes);
#else
        using var hmac = new HMACSHA1(keyBytes);
        return hmac.ComputeHash(dataBytes);
#endif
    }

    public static string LowerHex(byte[] bytes)
    {
        char[] chars = new char[bytes.Length * 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = LowerHexDigits[bytes[i] >> 4];
            chars[(2 * i) + 1] = LowerHexDigits[bytes[i] & 0xF];
        }

        return new string(chars);
    }
}

using System;
using System.Text;

namespace SpecClient.Testing.Internal;

/// <summary>
/// The emulator's own percent-encoding. It deliberately does not reuse the runtime's signing code: the emulator
/// stands in for the real service, so a bug shared by client and emulator would pass every test and fail in
/// production. Two independent implementations that agree (and match the published vectors) are the check.
/// </summary>
internal static class Rfc3986
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>UTF-8, keep <c>A-Z a-z 0-9 - _ . ~</c>, everything else <c>%XX</c> in upper case.</summary>
    public static string Encode(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Decodes a query or form component as a web server does: <c>+</c> is a space (the form encoding most
    /// HTTP stacks also apply to query strings), malformed escapes are kept as they are.
    /// </summary>
    public static string Decode(string value)
    {
        if (value.IndexOf('+') >= 0)
        {
            value = value.Replace('+', ' ');
        }

        return value.IndexOf('%') >= 0 ? Uri.UnescapeDataString(value) : value;
    }

    private static bool IsUnreserved(byte b) =>
        (b >= (byte)'A' && b <= (byte)'Z')
        || (b >= (byte)'a' && b <= (byte)'z')
        || (b >= (byte)'0' && b <= (byte)'9')
        || b == (byte)'-' || b == (byte)'_' || b == (byte)'.' || b == (byte)'~';
}

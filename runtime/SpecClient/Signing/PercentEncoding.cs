using System;
using System.Text;

namespace SpecClient.Signing;

/// <summary>
/// The one percent-encoder both signature versions (and the V1 form body) use: RFC 3986 with the
/// Alibaba Cloud rules.
/// </summary>
/// <remarks>
/// The value is encoded as UTF-8; the bytes <c>A-Z a-z 0-9 - _ . ~</c> are kept and every other byte is
/// written as <c>%XX</c> with upper-case hex digits. A space is <c>%20</c> (never <c>+</c>), <c>*</c> is
/// <c>%2A</c> and <c>~</c> is kept. No Unicode normalization is applied: <c>é</c> (U+00E9) and <c>e</c>
/// followed by U+0301 encode differently, as the service computes them. A lone surrogate is encoded as
/// U+FFFD, as <see cref="Encoding.UTF8"/> would.
/// </remarks>
public static class PercentEncoding
{
    private const string HexDigits = "0123456789ABCDEF";

    // Reused per thread: the encoder runs for every name and value of every request.
    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>Percent-encodes <paramref name="value"/>.</summary>
    /// <param name="value">The raw (not encoded) text.</param>
    /// <returns>The encoded text; <paramref name="value"/> itself when nothing needs encoding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Encode(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        int first = FirstToEncode(value);
        if (first < 0)
        {
            return value;
        }

        StringBuilder builder = t_builder ?? new StringBuilder(256);
        t_builder = null;
        builder.Clear();
        builder.Append(value, 0, first);
        AppendFrom(builder, value, first);
        string encoded = builder.ToString();
        if (builder.Capacity <= 4096)
        {
            t_builder = builder;
        }

        return encoded;
    }

    /// <summary>True for the characters that are never encoded.</summary>
    internal static bool IsUnreserved(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~';

    private static int FirstToEncode(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (!IsUnreserved(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // UTF-8 by hand: netstandard2.0 has no span-based Encoding API, and this avoids an intermediate byte array.
    private static void AppendFrom(StringBuilder builder, string value, int start)
    {
        for (int i = start; i < value.Length; i++)
        {
            char c = value[i];
            if (IsUnreserved(c))
            {
                builder.Append(c);
            }
            else if (c < 0x80)
            {
                AppendByte(builder, c);
            }
            else if (c < 0x800)
            {
                AppendByte(builder, 0xC0 | (c >> 6));
                AppendByte(builder, 0x80 | (c & 0x3F));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, value[i + 1]);
                i++;
                AppendByte(builder, 0xF0 | (codePoint >> 18));
                AppendByte(builder, 0x80 | ((codePoint >> 12) & 0x3F));
                AppendByte(builder, 0x80 | ((codePoint >> 6) & 0x3F));
                AppendByte(builder, 0x80 | (codePoint & 0x3F));
            }
            else
            {
                // A lone surrogate becomes U+FFFD, like Encoding.UTF8.
                int codePoint = char.IsSurrogate(c) ? 0xFFFD : c;
                AppendByte(builder, 0xE0 | (codePoint >> 12));
                AppendByte(builder, 0x80 | ((codePoint >> 6) & 0x3F));
                AppendByte(builder, 0x80 | (codePoint & 0x3F));
            }
        }
    }

    private static void AppendByte(StringBuilder builder, int b)
    {
        builder.Append('%');
        builder.Append(HexDigits[b >> 4]);
        builder.Append(HexDigits[b & 0xF]);
    }
}

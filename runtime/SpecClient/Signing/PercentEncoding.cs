using System;
using System.Buffers;
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

    // The unreserved set as two 64-bit masks (characters 0-63 and 64-127): one shift and test per character.
    private const ulong UnreservedLow = (1UL << '-') | (1UL << '.') | (0x3FFUL << '0');
    private const ulong UnreservedHigh = (0x3FFFFFFUL << ('A' - 64)) | (1UL << ('_' - 64)) | (0x3FFFFFFUL << ('a' - 64)) | (1UL << ('~' - 64));

    // A UTF-16 char becomes at most 3 UTF-8 bytes, each written as 3 characters.
    private const int MaxEncodedPerChar = 9;

#if NET8_0_OR_GREATER
    // The same set as the masks, for the vectorized searches of .NET 8.
    private static readonly SearchValues<char> s_unreserved =
        SearchValues.Create("-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~");
#endif

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

        int first = FirstToEncode(value.AsSpan());
        if (first < 0)
        {
            return value;
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(first + ((value.Length - first) * MaxEncodedPerChar));
        int length = 0;
        try
        {
            value.CopyTo(0, buffer, 0, first);
            length = EncodeFrom(value.AsSpan(), first, buffer, first);
            return new string(buffer, 0, length);
        }
        finally
        {
            // Cleared first: the value can be a security token.
            Array.Clear(buffer, 0, length);
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes <paramref name="value"/> encoded into <paramref name="destination"/> at <paramref name="position"/>, which has room for <see cref="MaxEncodedLength"/>; returns the new position.</summary>
    internal static int EncodeTo(ReadOnlySpan<char> value, char[] destination, int position)
    {
        int first = FirstToEncode(value);
        int plain = first < 0 ? value.Length : first;
        value.Slice(0, plain).CopyTo(destination.AsSpan(position));
        return first < 0 ? position + plain : EncodeFrom(value, first, destination, position + plain);
    }

    /// <summary>
    /// Writes <paramref name="value"/> encoded, as ASCII bytes, into <paramref name="destination"/> at
    /// <paramref name="position"/>, which has room for 3 bytes per character; returns the new position, or -1 when
    /// <paramref name="value"/> is not all ASCII (nothing then is of use). For text that is mostly percent-encoded
    /// already (V1's string to sign encodes the encoded query once more): a byte or a <c>%XX</c> per character, with
    /// no run search, UTF-16 copy or UTF-8 pass.
    /// </summary>
    internal static int EncodeAsciiTo(ReadOnlySpan<char> value, byte[] destination, int position)
    {
        foreach (char c in value)
        {
            if (IsUnreserved(c))
            {
                destination[position++] = (byte)c;
            }
            else if (c < 0x80)
            {
                destination[position] = (byte)'%';
                destination[position + 1] = (byte)HexDigits[c >> 4];
                destination[position + 2] = (byte)HexDigits[c & 0xF];
                position += 3;
            }
            else
            {
                return -1;
            }
        }

        return position;
    }

    /// <summary>The most characters <paramref name="value"/> can take once encoded.</summary>
    internal static int MaxEncodedLength(ReadOnlySpan<char> value) => value.Length * MaxEncodedPerChar;

    /// <summary>True for the characters that are never encoded.</summary>
    internal static bool IsUnreserved(char c) =>
        c < 64 ? ((UnreservedLow >> c) & 1) != 0 : c < 128 && ((UnreservedHigh >> (c - 64)) & 1) != 0;

    private static int FirstToEncode(ReadOnlySpan<char> value)
    {
#if NET8_0_OR_GREATER
        return value.IndexOfAnyExcept(s_unreserved);
#else
        for (int i = 0; i < value.Length; i++)
        {
            if (!IsUnreserved(value[i]))
            {
                return i;
            }
        }

        return -1;
#endif
    }

    // UTF-8 by hand: netstandard2.0 has no span-based Encoding API, and this avoids an intermediate byte array.
    private static int EncodeFrom(ReadOnlySpan<char> value, int start, char[] destination, int position)
    {
        for (int i = start; i < value.Length; i++)
        {
            char c = value[i];
            if (IsUnreserved(c))
            {
#if NET8_0_OR_GREATER
                // The whole run of unreserved characters at once (a vectorized search and copy).
                int run = value.Slice(i).IndexOfAnyExcept(s_unreserved);
                run = run < 0 ? value.Length - i : run;
                value.Slice(i, run).CopyTo(destination.AsSpan(position));
                position += run;
                i += run - 1;
#else
                destination[position++] = c;
#endif
            }
            else if (c < 0x80)
            {
                position = WriteByte(destination, position, c);
            }
            else if (c < 0x800)
            {
                position = WriteByte(destination, position, 0xC0 | (c >> 6));
                position = WriteByte(destination, position, 0x80 | (c & 0x3F));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, value[i + 1]);
                i++;
                position = WriteByte(destination, position, 0xF0 | (codePoint >> 18));
                position = WriteByte(destination, position, 0x80 | ((codePoint >> 12) & 0x3F));
                position = WriteByte(destination, position, 0x80 | ((codePoint >> 6) & 0x3F));
                position = WriteByte(destination, position, 0x80 | (codePoint & 0x3F));
            }
            else
            {
                // A lone surrogate becomes U+FFFD, like Encoding.UTF8.
                int codePoint = char.IsSurrogate(c) ? 0xFFFD : c;
                position = WriteByte(destination, position, 0xE0 | (codePoint >> 12));
                position = WriteByte(destination, position, 0x80 | ((codePoint >> 6) & 0x3F));
                position = WriteByte(destination, position, 0x80 | (codePoint & 0x3F));
            }
        }

        return position;
    }

    private static int WriteByte(char[] destination, int position, int b)
    {
        destination[position] = '%';
        destination[position + 1] = HexDigits[b >> 4];
        destination[position + 2] = HexDigits[b & 0xF];
        return position + 3;
    }
}

using System;
using System.Globalization;
using System.IO;

namespace SpecClient.Serialization;

/// <summary>
/// How Simple Log Service compresses a body of bytes, in either direction: <c>x-log-compresstype</c> names the
/// compression (<c>deflate</c>, which is zlib, or <c>lz4</c>) and <c>x-log-bodyrawsize</c> the uncompressed size.
/// The runtime sends <c>deflate</c> and asks for it (<c>Accept-Encoding</c>), which SLS accepts; it reads both, as
/// an answer may come in the lz4 SLS's SDKs default to.
/// </summary>
internal static class SlsCompression
{
    public const string CompressTypeHeader = "x-log-compresstype";
    public const string RawSizeHeader = "x-log-bodyrawsize";
    public const string Deflate = "deflate";
    public const string Lz4Name = "lz4";

    /// <summary>What a request that expects bytes asks SLS to compress them with.</summary>
    public const string AcceptEncoding = Deflate;

    /// <summary>
    /// The body as the service meant it: decompressed as <paramref name="compressType"/> says, and exactly
    /// <paramref name="rawSize"/> bytes when the service gave a size (which compressed bodies must).
    /// </summary>
    /// <exception cref="InvalidDataException">The compression is neither deflate nor lz4, the size is missing, wrong or over <paramref name="limit"/>, or the data is broken.</exception>
    public static byte[] Decode(string? compressType, string? rawSize, byte[] buffer, int length, int limit)
    {
        int? size = null;
        if (rawSize is not null)
        {
            if (!int.TryParse(rawSize, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
            {
                throw new InvalidDataException(RawSizeHeader + " (" + rawSize + ") is not a size in bytes.");
            }

            if (parsed > limit)
            {
                throw new InvalidDataException("the body is " + parsed.ToString(CultureInfo.InvariantCulture) + " bytes uncompressed (" + RawSizeHeader + "), more than the "
                    + limit.ToString(CultureInfo.InvariantCulture) + " of SpecClientOptions.MaxResponseBytes.");
            }

            size = parsed;
        }

        if (string.IsNullOrEmpty(compressType))
        {
            if (size is { } expected && expected != length)
            {
                throw new InvalidDataException("the body is " + length.ToString(CultureInfo.InvariantCulture) + " bytes, not the " + expected.ToString(CultureInfo.InvariantCulture) + " of " + RawSizeHeader + ".");
            }

            var copy = new byte[length];
            Buffer.BlockCopy(buffer, 0, copy, 0, length);
            return copy;
        }

        if (size is null)
        {
            throw new InvalidDataException("the body is compressed (" + CompressTypeHeader + ": " + compressType + ") but " + RawSizeHeader + " does not give its size.");
        }

        if (string.Equals(compressType, Deflate, StringComparison.OrdinalIgnoreCase))
        {
            return Zlib.Decompress(buffer, 0, length, size.Value);
        }

        if (string.Equals(compressType, Lz4Name, StringComparison.OrdinalIgnoreCase))
        {
            return Lz4.Decompress(new ReadOnlySpan<byte>(buffer, 0, length), size.Value);
        }

        throw new InvalidDataException("the body is compressed with " + compressType + ", which SpecClient does not read (it asks for " + AcceptEncoding + ").");
    }
}

using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;

namespace SpecClient.Testing.Internal;

/// <summary>
/// An SLS request body as the service reads it: decompressed when <c>x-log-compresstype</c> says <c>deflate</c>
/// (zlib) or <c>lz4</c>, and its size held to <c>x-log-bodyrawsize</c>. The emulator decompresses with .NET's own
/// <see cref="ZLibStream"/>, not with the client's code.
/// </summary>
internal static class SlsBody
{
    /// <summary>The uncompressed body, or an error when it does not decompress to <c>x-log-bodyrawsize</c> bytes.</summary>
    public static (byte[]? Body, EmulatorError? Error) Read(ReceivedRequest request)
    {
        string? compression = request.Header("x-log-compresstype");
        byte[] body = request.Body;
        if (compression is not null)
        {
            if (!string.Equals(compression, "deflate", StringComparison.Ordinal))
            {
                return (null, new EmulatorError(400, "InvalidCompressType", "The emulator reads x-log-compresstype deflate only, not " + compression + "."));
            }

            try
            {
                using var input = new ZLibStream(new MemoryStream(request.Body), CompressionMode.Decompress);
                using var output = new MemoryStream();
                input.CopyTo(output);
                body = output.ToArray();
            }
            catch (InvalidDataException)
            {
                return (null, new EmulatorError(400, "PostBodyUncompressError", "The body is not valid zlib data."));
            }
        }

        string? rawSize = request.Header("x-log-bodyrawsize");
        if (rawSize is null || !int.TryParse(rawSize, NumberStyles.None, CultureInfo.InvariantCulture, out int size) || size != body.Length)
        {
            return (null, new EmulatorError(400, "PostBodyInvalid", "x-log-bodyrawsize (" + (rawSize ?? "missing") + ") is not the size of the uncompressed body (" + body.Length + ")."));
        }

        return (body, null);
    }

    /// <summary>The body for the request log: uncompressed when it can be, else as received.</summary>
    public static byte[] ForLog(ReceivedRequest request) => Read(request).Body ?? request.Body;
}

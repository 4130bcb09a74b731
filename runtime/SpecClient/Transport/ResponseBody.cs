using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// A response body read whole into a pooled buffer, up to a limit. Reading stops one byte past the limit, so a
/// huge or endless body costs at most the limit in memory.
/// </summary>
/// <remarks>
/// Every read honours the cancellation token, so a body that trickles in is cut off by the call's (or the
/// attempt's) time limit rather than by the last byte.
/// </remarks>
internal sealed class ResponseBody : IDisposable
{
    private const int InitialSize = 16 * 1024;

    // Array.MaxLength of .NET, which netstandard2.0 lacks.
    private const int MaxArrayLength = 0x7FFFFFC7;

    private byte[]? _buffer;

    private ResponseBody(byte[]? buffer, int length, bool isTooLarge)
    {
        _buffer = buffer;
        Length = length;
        IsTooLarge = isTooLarge;
    }

    /// <summary>The number of bytes read.</summary>
    public int Length { get; }

    /// <summary>True when the body is larger than the limit; the content read so far is kept for an excerpt.</summary>
    public bool IsTooLarge { get; }

    public ReadOnlySpan<byte> Span => _buffer is null ? ReadOnlySpan<byte>.Empty : new ReadOnlySpan<byte>(_buffer, 0, Length);

    /// <summary>The buffer holding the body from index 0 (longer than <see cref="Length"/>), or an empty array.</summary>
    public byte[] Buffer => _buffer ?? Array.Empty<byte>();

    /// <summary>Reads the body, at most <paramref name="limit"/> bytes (plus one to tell that it is longer).</summary>
    /// <param name="content">The content, or null.</param>
    /// <param name="limit">The most bytes kept.</param>
    /// <param name="keepPrefix">
    /// When the declared length is over the limit, read the first bytes anyway (for an error body, whose start
    /// still tells the code) instead of reading nothing.
    /// </param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async Task<ResponseBody> ReadAsync(HttpContent? content, int limit, bool keepPrefix, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return new ResponseBody(null, 0, false);
        }

        long? declared = content.Headers.ContentLength;
        if (declared > limit && !keepPrefix)
        {
            return new ResponseBody(null, 0, true);
        }

        int capacity = (int)Math.Min((long)limit + 1, MaxArrayLength);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(declared is { } size ? (int)Math.Min(size + 1, capacity) : Math.Min(InitialSize, capacity));
        int length = 0;
        try
        {
#if NET8_0_OR_GREATER
            Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            using (stream)
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        if (length >= capacity)
                        {
                            break;
                        }

                        byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, capacity));
                        System.Buffer.BlockCopy(buffer, 0, larger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    int read = await stream.ReadAsync(buffer, length, Math.Min(buffer.Length, capacity) - length, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new ResponseBody(buffer, length, length > limit);
    }

    public void Dispose()
    {
        byte[]? buffer = _buffer;
        _buffer = null;
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

using System;
using System.Buffers;
using System.Text;

namespace SpecClient.Signing;

/// <summary>
/// Text built on a pooled array, for the signing steps' intermediate strings: a canonical request is hashed and
/// dropped, so only what a step returns is allocated. Dispose returns the arrays to the pool, cleared: the text
/// can hold a security token, which must not linger in arrays the pool hands to other code.
/// </summary>
internal sealed class SigningBuffer : IDisposable
{
    private char[] _chars;
    private byte[]? _bytes;
    private int _byteCount;

    public SigningBuffer(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
    }

    public int Length { get; private set; }

    public SigningBuffer Append(char value)
    {
        Reserve(1);
        _chars[Length++] = value;
        return this;
    }

    public SigningBuffer Append(string value)
    {
        Reserve(value.Length);
        value.CopyTo(0, _chars, Length, value.Length);
        Length += value.Length;
        return this;
    }

    public SigningBuffer Append(ReadOnlySpan<char> value)
    {
        Reserve(value.Length);
        value.CopyTo(_chars.AsSpan(Length));
        Length += value.Length;
        return this;
    }

    /// <summary>Appends <paramref name="value"/> percent-encoded (see <see cref="PercentEncoding"/>).</summary>
    public SigningBuffer AppendEncoded(string value) => AppendEncoded(value.AsSpan());

    /// <summary>Appends <paramref name="value"/> percent-encoded (see <see cref="PercentEncoding"/>).</summary>
    public SigningBuffer AppendEncoded(ReadOnlySpan<char> value)
    {
        Reserve(PercentEncoding.MaxEncodedLength(value));
        Length = PercentEncoding.EncodeTo(value, _chars, Length);
        return this;
    }

    /// <summary>The text so far; valid until the next change.</summary>
    public ReadOnlySpan<char> AsSpan() => new(_chars, 0, Length);

    /// <summary>Removes the last <paramref name="count"/> characters.</summary>
    public void Shorten(int count) => Length -= count;

    /// <summary>The UTF-8 bytes of the text, in a pooled array that lives as long as this buffer.</summary>
    public ArraySegment<byte> Utf8()
    {
        int needed = Encoding.UTF8.GetMaxByteCount(Length);
        if (_bytes is null || _bytes.Length < needed)
        {
            ReturnBytes();
            _bytes = ArrayPool<byte>.Shared.Rent(needed);
        }

        Array.Clear(_bytes, 0, _byteCount);
        _byteCount = Encoding.UTF8.GetBytes(_chars, 0, Length, _bytes, 0);
        return new ArraySegment<byte>(_bytes, 0, _byteCount);
    }

    /// <summary>The text as ASCII bytes, in a new array: for text that is all ASCII (percent-encoded, for one).</summary>
    public byte[] AsciiBytes()
    {
        byte[] bytes = new byte[Length];
        Encoding.ASCII.GetBytes(_chars, 0, Length, bytes, 0);
        return bytes;
    }

    public override string ToString() => new(_chars, 0, Length);

    public void Dispose()
    {
        Array.Clear(_chars, 0, Length);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = Array.Empty<char>();
        Length = 0;
        ReturnBytes();
    }

    private void ReturnBytes()
    {
        if (_bytes is not null)
        {
            Array.Clear(_bytes, 0, _byteCount);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = null;
            _byteCount = 0;
        }
    }

    private void Reserve(int count)
    {
        if (Length + count > _chars.Length)
        {
            char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + count));
            Array.Copy(_chars, larger, Length);
            Array.Clear(_chars, 0, Length);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }
    }
}

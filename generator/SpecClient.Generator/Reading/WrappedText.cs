using System;
using System.IO;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The text <c>before + body + after</c> as a <see cref="TextReader"/>, without joining the three into one string:
/// <paramref name="body"/> is a slice of a page (an XML sample, read in place by <see cref="SampleXml"/>).
/// </summary>
internal sealed class WrappedText(ReadOnlyMemory<char> body, string before, string after) : TextReader
{
    private int _at;

    private int Length => before.Length + body.Length + after.Length;

    public override int Peek() => _at < Length ? Current(_at).Span[0] : -1;

    public override int Read() => _at < Length ? Current(_at++).Span[0] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        int read = 0;
        while (read < count && _at < Length)
        {
            ReadOnlySpan<char> part = Current(_at).Span;
            int taken = Math.Min(part.Length, count - read);
            part.Slice(0, taken).CopyTo(buffer.AsSpan(index + read, taken));
            read += taken;
            _at += taken;
        }

        return read;
    }

    // The rest of the part the position at is in, from at on.
    private ReadOnlyMemory<char> Current(int at)
    {
        if (at < before.Length)
        {
            return before.AsMemory(at);
        }

        at -= before.Length;
        return at < body.Length ? body.Slice(at) : after.AsMemory(at - body.Length);
    }
}

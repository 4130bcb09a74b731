using System;
using System.Numerics;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SpecClient.Generator.Emit;

/// <summary>The characters of one generated file, in one array: what <see cref="SourceWriter"/> writes into.</summary>
/// <remarks>
/// A StringBuilder would do, but the file's text is read once more at its end (<see cref="ToSourceText"/>), and
/// netstandard2.0's StringBuilder gives no access to its characters without a copy.
/// <para>
/// Characters, then bytes at the end, rather than bytes from the start (measured 2026-11-26, emit of every file,
/// runs of both builds alternated in one process): narrowing each piece as it is appended took a quarter more time,
/// since most pieces are a few characters and the runtime copies characters with vector instructions; one vectorized
/// narrowing pass at the end instead of the runtime's count and narrowing took the same time, the end's cost being
/// the fresh memory of the file's bytes rather than the passes over it.
/// </para>
/// </remarks>
internal sealed class TextBuffer
{
    private char[] _chars;
    private int _length;

    // ToSourceText's runs of characters above 0x7F (see NarrowSourceText), gathered here before their exact copies.
    private int[] _runStarts = new int[16];
    private int[] _runOffsets = new int[16];
    private char[] _wide = new char[256];

    public TextBuffer(int capacity) => _chars = new char[capacity];

    /// <summary>The size of the array: a buffer kept for the next file is one that has not grown too large.</summary>
    public int Capacity => _chars.Length;

    public TextBuffer Append(string? text)
    {
        if (text is not null)
        {
            Append(text, 0, text.Length);
        }

        return this;
    }

    public TextBuffer Append(string text, int start, int count)
    {
        if (_length + count > _chars.Length)
        {
            Grow(count);
        }

        text.CopyTo(start, _chars, _length, count);
        _length += count;
        return this;
    }

    public TextBuffer Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
        return this;
    }

    /// <summary>Two characters with one bounds check: the escapes of literals (a quote is <c>\"</c>).</summary>
    public TextBuffer Append(char first, char second)
    {
        if (_length + 2 > _chars.Length)
        {
            Grow(2);
        }

        _chars[_length] = first;
        _chars[_length + 1] = second;
        _length += 2;
        return this;
    }

    public TextBuffer Append(char c, int count)
    {
        if (_length + count > _chars.Length)
        {
            Grow(count);
        }

        for (int i = 0; i < count; i++)
        {
            _chars[_length + i] = c;
        }

        _length += count;
        return this;
    }

    public void Clear() => _length = 0;

    public override string ToString() => new string(_chars, 0, _length);

    /// <summary>The text for <c>AddSource</c>: a <see cref="NarrowSourceText"/>, or the string <c>AddSource(string, string)</c> would wrap where that would take less.</summary>
    public SourceText ToSourceText()
    {
        // UTF-8 takes one byte per ASCII character and more for any other: the runtime counts them with vector
        // instructions, and narrows ASCII characters the same way.
        var bytes = new byte[_length];
        if (Encoding.UTF8.GetByteCount(_chars, 0, _length) == _length)
        {
            Encoding.ASCII.GetBytes(_chars, 0, _length, bytes, 0);
            return new NarrowSourceText(bytes);
        }

        // The ASCII stretches narrowed whole (with other characters in them, the runtime's narrowing falls back
        // character by character), the runs of others gathered beside, in this buffer's own arrays: kept from file to
        // file with it, so only the text's exact arrays are new (lists grown for each file were 0.6 MB a run).
        int runs = 0;
        int wideCount = 0;
        int ascii = 0;
        int i;
        while ((i = NextWide(ascii)) < _length)
        {
            Encoding.ASCII.GetBytes(_chars, ascii, i - ascii, bytes, ascii);
            if (runs + 1 >= _runStarts.Length)
            {
                Array.Resize(ref _runStarts, _runStarts.Length * 2);
                Array.Resize(ref _runOffsets, _runOffsets.Length * 2);
            }

            _runStarts[runs] = i;
            _runOffsets[runs++] = wideCount;
            for (; i < _length && _chars[i] >= 0x80; i++)
            {
                if (wideCount == _wide.Length)
                {
                    Array.Resize(ref _wide, _wide.Length * 2);
                }

                _wide[wideCount++] = _chars[i];
                bytes[i] = 0x80;
            }

            ascii = i;
        }

        Encoding.ASCII.GetBytes(_chars, ascii, _length - ascii, bytes, ascii);

        // Mostly Chinese, or single characters between ASCII ones (eight bytes a run): the string takes less. One file
        // of the corpus's 1,484 (ECS ModifyInvocationAttribute from its metadata: 1,980 Chinese characters in 8,864).
        if (wideCount * 2 + runs * 8 > _length / 2)
        {
            return SourceText.From(ToString(), Encoding.UTF8);
        }

        _runOffsets[runs] = wideCount;
        return new NarrowSourceText(bytes, Copy(_runStarts, runs), Copy(_runOffsets, runs + 1), Copy(_wide, wideCount));
    }

    private static T[] Copy<T>(T[] array, int count)
    {
        var copy = new T[count];
        Array.Copy(array, copy, count);
        return copy;
    }

    // The position of the first character above 0x7F from a position on, or the length: a vector of characters
    // passed over at once where they are all ASCII, as in most of any file.
    private int NextWide(int from) => CharScan.First(new ReadOnlySpan<char>(_chars, 0, _length), from, default(WideTest));

    private readonly struct WideTest : ICharTest
    {
        public bool MayHold(Vector<ushort> chars) => !Vector.EqualsAll(Vector.BitwiseAnd(chars, new Vector<ushort>(0xFF80)), Vector<ushort>.Zero);

        public bool Is(char c) => c >= 0x80;
    }

    private void Grow(int needed)
    {
        var larger = new char[Math.Max(_chars.Length * 2, _length + needed)];
        Array.Copy(_chars, larger, _length);
        _chars = larger;
    }
}

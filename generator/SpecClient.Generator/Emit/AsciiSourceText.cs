using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SpecClient.Generator.Emit;

/// <summary>A generated file whose characters are all ASCII, held as one byte per character.</summary>
/// <remarks>
/// <para>
/// The driver keeps every generated text for as long as it lives (a build, or the IDE's session), and a string of
/// it costs two bytes per character: 21.8 MB for the corpus, the largest thing a run allocates. Most generated
/// files are ASCII throughout (the English pages' files: 7.6 of the corpus's 10.9 M characters), and this text keeps
/// them in half of that. Files with any other character (pages in Chinese, curly quotes) stay strings.
/// </para>
/// <para>
/// The compiler parses a generated text lazily, reading it through <see cref="CopyTo"/>; lines, checksums,
/// <c>ContentEquals</c> and writing to disk are <see cref="SourceText"/>'s own implementations over
/// <see cref="CopyTo"/>, as for the string text. <see cref="Encoding"/> is UTF-8, as <c>AddSource(string, string)</c>
/// gives: checksums (of the UTF-8 bytes) and files written to disk are the same as for a string of the same text.
/// </para>
/// </remarks>
internal sealed class AsciiSourceText : SourceText
{
    private readonly byte[] _bytes;

    /// <param name="bytes">Characters below 0x80, one per byte; the text owns the array.</param>
    public AsciiSourceText(byte[] bytes) => _bytes = bytes;

    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _bytes.Length;

    public override char this[int position] => (char)_bytes[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        Encoding.ASCII.GetChars(_bytes, sourceIndex, count, destination, destinationIndex);

    public override string ToString(TextSpan span)
    {
        if (span.End > _bytes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span));
        }

        return Encoding.ASCII.GetString(_bytes, span.Start, span.Length);
    }
}

using System;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>The start offset of every line of a spec file, to turn (line, column) into diagnostic locations.</summary>
internal sealed class LineIndex
{
    private readonly string _path;
    private readonly int[] _starts;

    public LineIndex(string path, string text)
    {
        _path = path;
        _starts = StartsOf(text);
        TextLength = text.Length;
    }

    public string FilePath => _path;

    public int LineCount => _starts.Length;

    /// <summary>Where each line starts: 0, then after every line feed (a markdown page shares them, <see cref="PageOutline"/>).</summary>
    internal int[] Starts => _starts;

    public int TextLength { get; }

    public int LineStart(int line) => _starts[line];

    /// <summary>The location of <paramref name="length"/> characters at 0-based line and column.</summary>
    public LocationInfo At(int line, int column, int length)
    {
        if (line < 0 || line >= _starts.Length)
        {
            return LocationInfo.FileStart(_path);
        }

        int start = _starts[line] + column;
        if (start > TextLength)
        {
            start = TextLength;
        }

        if (start + length > TextLength)
        {
            length = TextLength - start;
        }

        return new LocationInfo(_path, start, length, line, column, line, column + length);
    }

    // One pass over the text into a per-thread buffer, then an exact copy: counting the line feeds first doubled the
    // scan, 3 % of reading the corpus.
    [ThreadStatic]
    private static int[]? t_starts;

    private static int[] StartsOf(string text)
    {
        int[] buffer = t_starts ??= new int[1024];
        buffer[0] = 0;
        int count = 1;
        for (int at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                t_starts = buffer;
            }

            buffer[count++] = at + 1;
        }

        var starts = new int[count];
        Array.Copy(buffer, starts, count);
        return starts;
    }
}

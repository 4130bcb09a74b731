using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>The start offset of every line of a spec file, to turn (line, column) into diagnostic locations.</summary>
internal sealed class LineIndex
{
    private readonly string _path;
    private readonly List<int> _starts = new() { 0 };

    public LineIndex(string path, string text)
    {
        _path = path;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _starts.Add(i + 1);
            }
        }

        TextLength = text.Length;
    }

    public string FilePath => _path;

    public int LineCount => _starts.Count;

    public int TextLength { get; }

    public int LineStart(int line) => _starts[line];

    /// <summary>The location of <paramref name="length"/> characters at 0-based line and column.</summary>
    public LocationInfo At(int line, int column, int length)
    {
        if (line < 0 || line >= _starts.Count)
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
}

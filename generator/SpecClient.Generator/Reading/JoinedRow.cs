using System.Text;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The text of a table row that runs over several lines: its lines joined with '\n' (<see cref="TableScanner"/>).
/// On a page whose lines end with '\n' alone that is the page's own text from the row's first character to its last, so
/// the row is read in place (<see cref="InPlace"/>: <see cref="Start"/>, <see cref="Length"/> in the page) and nothing is
/// copied. The text goes into <see cref="Copy"/> only once a piece does not follow on from the one before it (a '\r'
/// before a line break, or a code line whose pipes the scanner escapes). Joined copies of multi-line rows were about
/// 2 MB of each corpus run.
/// </summary>
internal struct JoinedRow
{
    private readonly string _page;
    private bool _copied;

    /// <param name="page">The page's text.</param>
    /// <param name="start">Where the row's first line's text starts in the page.</param>
    /// <param name="copy">A builder to copy into should the row not read in place (cleared then).</param>
    public JoinedRow(string page, int start, StringBuilder copy)
    {
        _page = page;
        _copied = false;
        Start = start;
        Copy = copy;
        Length = 0;
        LastNonWhiteSpace = '\0';
    }

    /// <summary>Where the row's text starts in the page, while <see cref="InPlace"/>.</summary>
    public int Start { get; }

    public int Length { get; private set; }

    public bool InPlace => !_copied;

    /// <summary>The row's text, once it is not <see cref="InPlace"/>.</summary>
    public StringBuilder Copy { get; }

    /// <summary>The text's last character that is not white space ('\0' for none).</summary>
    public char LastNonWhiteSpace { get; private set; }

    /// <summary>Adds the page's text [start, start + length), after a line break unless it is the row's first piece.</summary>
    public void Append(int start, int length, bool newLine)
    {
        int end = Start + Length;
        if (!_copied && (newLine ? start == end + 1 && _page[end] == '\n' : start == end))
        {
            Length = start + length - Start;
        }
        else
        {
            CopySoFar();
            if (newLine)
            {
                Copy.Append('\n');
            }

            Copy.Append(_page, start, length);
            Length = Copy.Length;
        }

        Track(_page, start, length);
    }

    /// <summary>Adds a line break and a text that is not the page's own.</summary>
    public void AppendLine(string text)
    {
        CopySoFar();
        Copy.Append('\n').Append(text);
        Length = Copy.Length;
        Track(text, 0, text.Length);
    }

    private void CopySoFar()
    {
        if (!_copied)
        {
            Copy.Clear();
            Copy.Append(_page, Start, Length);
            _copied = true;
        }
    }

    private void Track(string text, int start, int length)
    {
        for (int i = start + length - 1; i >= start; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                LastNonWhiteSpace = text[i];
                return;
            }
        }
    }
}

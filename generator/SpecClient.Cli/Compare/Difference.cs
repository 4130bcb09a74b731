using SpecClient.Generator.Model;

namespace SpecClient.Cli.Compare;

/// <summary>One way a doc page and the metadata disagree about an operation, placed on the page's row or table.</summary>
internal sealed record Difference(LocationInfo Location, string Text)
{
    /// <summary>The compiler's text form, 1-based: <c>path(line,col): difference: text</c>.</summary>
    public override string ToString() =>
        Location.FilePath + "(" + (Location.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ","
        + (Location.Column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "): difference: " + Text;
}

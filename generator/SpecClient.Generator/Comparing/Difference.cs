using System.Globalization;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Comparing;

/// <summary>
/// One way a doc page and the metadata disagree about an operation: placed on the page's row or table
/// (<see cref="Location"/>) and on the metadata's entry (<see cref="MetadataLocation"/>).
/// </summary>
internal sealed record Difference(LocationInfo Location, LocationInfo MetadataLocation, string Text)
{
    /// <summary>The compiler's text form, 1-based: <c>path(line,col): difference: text</c>.</summary>
    public override string ToString() => Place(Location) + ": difference: " + Text;

    /// <summary>A location as <c>path(line,col)</c>, 1-based.</summary>
    public static string Place(LocationInfo location) =>
        location.FilePath + "(" + (location.Line + 1).ToString(CultureInfo.InvariantCulture) + ","
        + (location.Column + 1).ToString(CultureInfo.InvariantCulture) + ")";
}

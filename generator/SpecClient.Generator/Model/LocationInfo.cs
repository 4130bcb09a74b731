namespace SpecClient.Generator.Model;

/// <summary>
/// A place in a spec file: 0-based line and column (as Roslyn's LinePosition) and the character span.
/// Plain values, so diagnostics can travel through the cached pipeline; turned into a Roslyn Location at the edge.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public static LocationInfo FileStart(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);
}

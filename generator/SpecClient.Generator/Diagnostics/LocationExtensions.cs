using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Diagnostics;

/// <summary>Turns model values into Roslyn diagnostics at the pipeline's edge (PITFALLS 5).</summary>
internal static class LocationExtensions
{
    public static Location ToLocation(this LocationInfo location) =>
        Location.Create(
            location.FilePath,
            new TextSpan(location.Start, location.Length),
            new LinePositionSpan(new LinePosition(location.Line, location.Column), new LinePosition(location.EndLine, location.EndColumn)));

    public static Diagnostic ToDiagnostic(this DiagnosticInfo info) =>
        Diagnostic.Create(DiagnosticDescriptors.Get(info.Id), info.Location.ToLocation(), info.Message);
}

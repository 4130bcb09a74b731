using System.Globalization;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Diagnostics;

/// <summary>A diagnostic in the compiler's own text form: <c>path(line,col): warning SPEC005: message</c> (1-based).</summary>
internal static class DiagnosticText
{
    public static string Format(DiagnosticInfo diagnostic) =>
        diagnostic.Location.FilePath + "("
        + (diagnostic.Location.Line + 1).ToString(CultureInfo.InvariantCulture) + ","
        + (diagnostic.Location.Column + 1).ToString(CultureInfo.InvariantCulture) + "): "
        + DiagnosticDescriptors.Get(diagnostic.Id).DefaultSeverity.ToString().ToLowerInvariant() + " "
        + diagnostic.Id + ": " + diagnostic.Message;
}

using SpecClient.Generator.Model;

namespace SpecClient.Generator.Comparing;

/// <summary>
/// The kinds compared, in words: int32 and int64 are one kind (integer), as the fidelity check counts them;
/// a doc page's Long and the metadata's int32 describe the same field.
/// </summary>
internal static class ShapeText
{
    public static string Of(ValueShape shape, ScalarKind kind) => shape switch
    {
        ValueShape.Scalar => Of(kind),
        ValueShape.ScalarList => "list of " + Of(kind),
        ValueShape.Object => "object",
        _ => "list of objects",
    };

    public static string Of(ScalarKind kind) => kind switch
    {
        ScalarKind.Int32 or ScalarKind.Int64 => "integer",
        ScalarKind.Boolean => "boolean",
        ScalarKind.Double => "number",
        _ => "string",
    };

    public static string WithArticle(string text) => (text.StartsWith("o", System.StringComparison.Ordinal) || text.StartsWith("i", System.StringComparison.Ordinal) ? "an " : "a ") + text;
}

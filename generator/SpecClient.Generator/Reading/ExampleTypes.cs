using System;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The Type cell a table would have for a value a doc example shows, where the table does not say (body fields a
/// RequestBody section names only in prose, the items of an untyped Array).
/// </summary>
internal static class ExampleTypes
{
    /// <summary>String, Boolean, Long, Double or <c>Array of X</c>; null for objects, mixed lists and nulls.</summary>
    public static string? TypeText(SampleNode value) => value.Kind switch
    {
        SampleNodeKind.String => "String",
        SampleNodeKind.Boolean => "Boolean",
        SampleNodeKind.Number => value.TextSpan.IndexOfAny('.', 'e', 'E') >= 0 ? "Double" : "Long",
        SampleNodeKind.Array when value.Items.Count > 0 && value.Items[0].Kind != SampleNodeKind.Array
            && value.Items.TrueForAll(i => i.Kind == value.Items[0].Kind) && TypeText(value.Items[0]) is { } item => "Array of " + item,
        _ => null,
    };
}

namespace SpecClient.Generator.Model;

/// <summary>
/// One value a doc page lists for a parameter or field ("Valid values: **zh**: Chinese", an <c>enum</c> array
/// in metadata): the wire text and what the docs say it means.
/// </summary>
internal sealed record DocValue(string Value, string? Description);

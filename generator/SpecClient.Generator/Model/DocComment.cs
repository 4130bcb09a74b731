namespace SpecClient.Generator.Model;

/// <summary>
/// What the doc page says about a parameter or field, cleaned of markdown, for XML doc comments: the
/// description, an example, the default, the values it lists and the range it gives ("1 to 100"). The listed
/// values are docs first; a string parameter with such a list is also typed as an extensible enum
/// (<see cref="RequestParameter.EnumTypeName"/>).
/// </summary>
internal sealed record DocComment(string Summary, string? Example, string? DefaultValue, EquatableArray<DocValue> Values = default, string? Range = null)
{
    public static readonly DocComment None = new(string.Empty, null, null);

    // Never a default(ImmutableArray) inside: most rows list no values, and a default array throws when enumerated directly.
    public EquatableArray<DocValue> Values { get; init; } = new(Values.Items);
}

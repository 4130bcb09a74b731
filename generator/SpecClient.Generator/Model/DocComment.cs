namespace SpecClient.Generator.Model;

/// <summary>What the doc page says about a parameter or field, cleaned of markdown, for XML doc comments.</summary>
internal sealed record DocComment(string Summary, string? Example, string? DefaultValue)
{
    public static readonly DocComment None = new(string.Empty, null, null);
}

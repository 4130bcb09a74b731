namespace SpecClient.Generator.Model;

/// <summary>
/// The MSBuild item metadata of one ApiSpec item (each overrides what the page says) plus the project's
/// root namespace.
/// </summary>
internal sealed record SpecOptions(
    string? Product,
    string? Version,
    string? Endpoint,
    string? Namespace,
    string? ClientName,
    string? RootNamespace)
{
    public static readonly SpecOptions None = new(null, null, null, null, null, null);
}

namespace SpecClient.Generator.Model;

/// <summary>
/// One client: the operations of one product and version, after the pages were merged, and the product's
/// per-region endpoints when a spec lists them (empty for doc pages).
/// </summary>
internal sealed record ProductClient(
    string Product,
    string Version,
    string Namespace,
    string ClientName,
    string DefaultEndpoint,
    EquatableArray<Operation> Operations,
    EquatableArray<RegionEndpoint> RegionEndpoints = default)
{
    // Never a default(ImmutableArray) inside: doc pages leave the list out, and a default array throws when enumerated directly.
    public EquatableArray<RegionEndpoint> RegionEndpoints { get; init; } = new(RegionEndpoints.Items);
}

namespace SpecClient.Generator.Model;

/// <summary>
/// One client: the operations of one product and version, after the pages were merged, and where its requests
/// go. A product with a <see cref="RegionalPattern"/> (<c>ecs.{region}.aliyuncs.com</c>) is served per region;
/// one without is central, served from <see cref="DefaultEndpoint"/> whatever the region.
/// <see cref="RegionEndpoints"/> lists the regions whose host differs from that (empty when nothing does).
/// </summary>
internal sealed record ProductClient(
    string Product,
    string Version,
    string Namespace,
    string ClientName,
    string DefaultEndpoint,
    EquatableArray<Operation> Operations,
    EquatableArray<RegionEndpoint> RegionEndpoints = default,
    string? RegionalPattern = null)
{
    // Never a default(ImmutableArray) inside: doc pages leave the list out, and a default array throws when enumerated directly.
    public EquatableArray<RegionEndpoint> RegionEndpoints { get; init; } = new(RegionEndpoints.Items);

    /// <summary>True when the product is served from one host whatever the region (Domain, RAM, STS).</summary>
    public bool IsCentral => RegionalPattern is null;
}

using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>What an api-docs.json file says about its product, with the ApiSpec item's overrides applied.</summary>
internal sealed record ProductFacts(
    string? Product,
    string? Version,
    string? Endpoint,
    string? Namespace,
    string? ClientName,
    ApiStyleKind Style,
    EquatableArray<RegionEndpoint> RegionEndpoints);

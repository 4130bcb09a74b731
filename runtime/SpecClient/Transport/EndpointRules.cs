using System;
using System.Collections.Generic;

namespace SpecClient;

/// <summary>
/// Where a product's requests go, as its spec tells: a region table, and either one central endpoint (a product
/// served from one host whatever the region, such as Domain's <c>domain.aliyuncs.com</c>) or a per-region rule
/// (<c>ecs.{region}.aliyuncs.com</c>). Generated clients hold one as a static <c>Endpoints</c> property.
/// </summary>
/// <remarks>
/// <see cref="Resolve"/> applies the order of Alibaba Cloud's SDKs: an explicit <see cref="SpecClientOptions.Endpoint"/>;
/// else, for <see cref="SpecClientOptions.RegionId"/>, the region's table entry, then the central endpoint, then the
/// rule; with no region, the central endpoint. It runs once per client, never per call.
/// </remarks>
public sealed class EndpointRules
{
    /// <summary>The placeholder of <see cref="RegionalPattern"/> that stands for the region id.</summary>
    public const string RegionPlaceholder = "{region}";

    private readonly RegionEndpoint[] _regions;

    /// <summary>Creates the rules of a product.</summary>
    /// <param name="product">The product's name, for error messages (for example <c>Ecs</c>); null for none.</param>
    /// <param name="centralEndpoint">The one endpoint of a central product; null for a product served per region.</param>
    /// <param name="regionalPattern">The host of an unlisted region, with <see cref="RegionPlaceholder"/>; null for none.</param>
    /// <param name="regions">The region table; entries win over the central endpoint and the rule.</param>
    /// <exception cref="ArgumentException"><paramref name="regionalPattern"/> has no <see cref="RegionPlaceholder"/>.</exception>
    public EndpointRules(string? product, string? centralEndpoint, string? regionalPattern, IReadOnlyList<RegionEndpoint>? regions = null)
    {
        Product = Blank(product);
        CentralEndpoint = Blank(centralEndpoint);
        RegionalPattern = Blank(regionalPattern);
        if (RegionalPattern is not null && RegionalPattern.IndexOf(RegionPlaceholder, StringComparison.Ordinal) < 0)
        {
            throw new ArgumentException("The regional pattern '" + RegionalPattern + "' has no " + RegionPlaceholder + ".", nameof(regionalPattern));
        }

        _regions = new RegionEndpoint[regions?.Count ?? 0];
        for (int i = 0; i < _regions.Length; i++)
        {
            _regions[i] = regions![i] ?? throw new ArgumentException("The region table has a null entry.", nameof(regions));
        }
    }

    /// <summary>The product's name, for example <c>Ecs</c>, or null.</summary>
    public string? Product { get; }

    /// <summary>The endpoint of a central product (used for every region the table does not list); null when per region.</summary>
    public string? CentralEndpoint { get; }

    /// <summary>The host of a region the table does not list, for example <c>ecs.{region}.aliyuncs.com</c>; null for none.</summary>
    public string? RegionalPattern { get; }

    /// <summary>The region table.</summary>
    public IReadOnlyList<RegionEndpoint> Regions => _regions;

    /// <summary>The rules of a product with one endpoint for every region (or none, when <paramref name="endpoint"/> is null).</summary>
    /// <param name="product">The product's name, for error messages; null for none.</param>
    /// <param name="endpoint">Its endpoint.</param>
    /// <returns>The rules.</returns>
    public static EndpointRules Central(string? product, string? endpoint) => new(product, endpoint, null);

    /// <summary>The endpoint a client with these options calls.</summary>
    /// <param name="endpoint">An explicit endpoint (<see cref="SpecClientOptions.Endpoint"/>); it always wins.</param>
    /// <param name="regionId">The region (<see cref="SpecClientOptions.RegionId"/>), or null.</param>
    /// <returns>A host name or an absolute URI, as <see cref="SpecClientOptions.Endpoint"/> takes.</returns>
    /// <exception cref="ArgumentException">Nothing resolves, or <paramref name="regionId"/> is not a region id.</exception>
    public string Resolve(string? endpoint, string? regionId)
    {
        if (Blank(endpoint) is { } configured)
        {
            return configured;
        }

        string? region = Blank(regionId);
        if (region is null)
        {
            return CentralEndpoint ?? throw new ArgumentException(
                RegionalPattern is null && _regions.Length == 0
                    ? "No endpoint" + ForProduct() + ": set SpecClientOptions.Endpoint to the service's host name."
                    : "No endpoint" + ForProduct() + ": " + (Product ?? "the product") + " is served per region. Set SpecClientOptions.RegionId "
                      + "(for example \"cn-hangzhou\") or SpecClientOptions.Endpoint.",
                "options");
        }

        if (!IsRegionId(region))
        {
            throw new ArgumentException(
                "SpecClientOptions.RegionId '" + region + "' is not a region id (letters, digits and '-', for example \"cn-hangzhou\").",
                "options");
        }

        foreach (RegionEndpoint entry in _regions)
        {
            if (string.Equals(entry.RegionId, region, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Endpoint;
            }
        }

        return CentralEndpoint
            ?? RegionalPattern?.Replace(RegionPlaceholder, region.ToLowerInvariant())
            ?? throw new ArgumentException(
                "No endpoint" + ForProduct() + " in region '" + region + "': its spec lists no endpoint for the region and no rule. "
                + "Set SpecClientOptions.Endpoint.",
                "options");
    }

    // A region id becomes part of a host name: anything but letters, digits and '-' could point the signed request elsewhere.
    private static bool IsRegionId(string region)
    {
        foreach (char c in region)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private string ForProduct() => Product is null ? string.Empty : " for the " + Product + " client";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}

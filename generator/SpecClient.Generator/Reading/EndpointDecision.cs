using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Decides whether a product is central (one host whatever the region: Domain, RAM, CDN) or served per region
/// (<c>ecs.{region}.aliyuncs.com</c>), and which regions need a table entry. The runtime's
/// <c>SpecClient.EndpointRules</c> applies the answer; here it is only decided, once per product.
/// </summary>
/// <remarks>
/// With api-docs.json metadata the region table tells: a product is regional when at least two regions have a
/// host naming their own region (ECS, KMS, SLB, SLS's <c>{region}.log.aliyuncs.com</c>); otherwise it is central
/// (RAM's 54 regions share one host, CDN's international regions one other). Doc pages show one sample host: a
/// host naming a region is regional; a plain <c>x.aliyuncs.com</c> is regional when most operations take a
/// <c>RegionId</c> (ECS, SLB pages show the central <c>ecs.aliyuncs.com</c>, yet every ECS region has
/// <c>ecs.{region}.aliyuncs.com</c>), else central. Pages that show both <c>x.aliyuncs.com</c> and
/// <c>x-intl.aliyuncs.com</c> (Domain) have an international site, which the metadata maps to ap-southeast-1.
/// </remarks>
internal static class EndpointDecision
{
    private const string Suffix = ".aliyuncs.com";
    private const string Placeholder = "{region}";
    private const string InternationalRegion = "ap-southeast-1";

    // A region id inside a host: cn-hangzhou, ap-southeast-1, cn-shanghai-finance-1 (preceded by '.', '-' or the start).
    private static readonly Regex RegionInHost = new(
        @"(?<=^|[.-])(?:cn|ap|us|eu|me|rus|ru|na|sa|af|ca|jp|kr|in)-[a-z]+(?:-[a-z]+)?(?:-\d+)?(?=\.)",
        RegexOptions.CultureInvariant);

    public static (string DefaultEndpoint, string? RegionalPattern, EquatableArray<RegionEndpoint> Regions) Decide(
        string product,
        string defaultEndpoint,
        IReadOnlyCollection<Operation> operations,
        EquatableArray<RegionEndpoint> table)
    {
        if (table.Count > 0)
        {
            string? pattern = MostCommon(table.Select(e => Template(e.Endpoint, e.RegionId)).Where(t => t is not null), minimum: 2);
            return (defaultEndpoint, pattern, Exceptions(table, pattern ?? defaultEndpoint));
        }

        string host = defaultEndpoint.ToLowerInvariant();
        Match region = RegionInHost.Match(host);
        if (region.Success)
        {
            return (defaultEndpoint, host.Substring(0, region.Index) + Placeholder + host.Substring(region.Index + region.Length), EquatableArray<RegionEndpoint>.Empty);
        }

        string code = host.EndsWith(Suffix, StringComparison.Ordinal) && host.IndexOf('.') == host.Length - Suffix.Length
            ? host.Substring(0, host.Length - Suffix.Length)
            : product.ToLowerInvariant();
        int withRegionId = 0;
        foreach (Operation operation in operations)
        {
            withRegionId += HasRegionId(operation) ? 1 : 0;
        }

        if (withRegionId * 2 > operations.Count)
        {
            return (defaultEndpoint, code + "." + Placeholder + Suffix, EquatableArray<RegionEndpoint>.Empty);
        }

        string central = code + Suffix;
        string international = code + "-intl" + Suffix;
        var hosts = new HashSet<string>(operations.Where(o => o.Endpoint is not null).Select(o => o.Endpoint!.ToLowerInvariant()), StringComparer.Ordinal);
        if (hosts.Contains(central) && hosts.Contains(international))
        {
            return (central, null, new[] { new RegionEndpoint(InternationalRegion, international) }.ToEquatableArray());
        }

        return (defaultEndpoint, null, EquatableArray<RegionEndpoint>.Empty);
    }

    // A loop, not Enumerable.Any: a product's decision is remade on every edit of one of its pages, and Any boxed
    // each operation's parameter array to enumerate it.
    private static bool HasRegionId(Operation operation)
    {
        foreach (RequestParameter parameter in operation.Parameters)
        {
            if (RegionIdParameter.Is(parameter))
            {
                return true;
            }
        }

        return false;
    }

    // The host with its own region replaced by the placeholder, or null when it does not name its region.
    private static string? Template(string endpoint, string regionId)
    {
        string host = endpoint.ToLowerInvariant();
        string region = regionId.ToLowerInvariant();
        for (int at = host.IndexOf(region, StringComparison.Ordinal); at >= 0; at = host.IndexOf(region, at + 1, StringComparison.Ordinal))
        {
            int end = at + region.Length;
            bool starts = at == 0 || host[at - 1] == '.' || host[at - 1] == '-';
            bool ends = end < host.Length && (host[end] == '.' || host[end] == '-');
            if (starts && ends)
            {
                return host.Substring(0, at) + Placeholder + host.Substring(end);
            }
        }

        return null;
    }

    // Only the regions whose host is not what the rule (or the central endpoint) gives: the rest add nothing.
    private static EquatableArray<RegionEndpoint> Exceptions(EquatableArray<RegionEndpoint> table, string rule) =>
        table
            .Where(e => !string.Equals(e.Endpoint, rule.Replace(Placeholder, e.RegionId.ToLowerInvariant()), StringComparison.OrdinalIgnoreCase))
            .GroupBy(e => e.RegionId, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .OrderBy(e => e.RegionId, StringComparer.Ordinal)
            .ToEquatableArray();

    // Ties go to the ordinal-first value, so the answer never depends on the order of the table.
    private static string? MostCommon(IEnumerable<string?> values, int minimum) =>
        values
            .GroupBy(v => v!, StringComparer.Ordinal)
            .Where(g => g.Count() >= minimum)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
}

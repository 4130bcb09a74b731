using System;
using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>The product's <c>endpoints</c> (<c>[{regionId, endpoint}]</c>) and the one a client uses by default.</summary>
internal static class MetadataEndpoints
{
    private const string DefaultRegion = "cn-hangzhou";

    public static EquatableArray<RegionEndpoint> Read(JsonObject document)
    {
        var endpoints = new List<RegionEndpoint>();
        foreach (JsonValue item in document.GetArray("endpoints")?.Items ?? Array.Empty<JsonValue>())
        {
            if (item is JsonObject entry
                && entry.GetString("regionId")?.Trim() is { Length: > 0 } region
                && entry.GetString("endpoint")?.Trim() is { Length: > 0 } endpoint)
            {
                endpoints.Add(new RegionEndpoint(region, endpoint));
            }
        }

        return endpoints.ToEquatableArray();
    }

    /// <summary>
    /// The central endpoint: the host several regions share (<c>ram.aliyuncs.com</c> serves 54 regions), else
    /// the one of cn-hangzhou, where every product listed here is served, else the first. Null for no list.
    /// </summary>
    public static string? Default(EquatableArray<RegionEndpoint> endpoints)
    {
        if (endpoints.Count == 0)
        {
            return null;
        }

        var shared = endpoints
            .GroupBy(e => e.Endpoint, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (shared is not null)
        {
            return shared.First().Endpoint;
        }

        return endpoints.FirstOrDefault(e => e.RegionId == DefaultRegion)?.Endpoint ?? endpoints[0].Endpoint;
    }
}

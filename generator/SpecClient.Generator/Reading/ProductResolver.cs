using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Merges the operations of all pages into clients: one per product and version. A page that does not name
/// its product or version (older pages have no Explorer link) takes them from the other pages in its folder.
/// </summary>
internal static class ProductResolver
{
    public static (ImmutableArray<ProductClient> Clients, EquatableArray<DiagnosticInfo> Diagnostics) Resolve(
        ImmutableArray<SpecReadResult> results,
        string? rootNamespace)
    {
        var diagnostics = new List<DiagnosticInfo>();
        List<Operation> operations = results
            .SelectMany(r => r.Operations)
            .OrderBy(o => o.SourcePath, StringComparer.Ordinal)
            .ToList();

        var filled = new List<Operation>();
        foreach (Operation operation in operations)
        {
            string folder = Folder(operation.SourcePath);
            List<Operation> siblings = operations.Where(o => Folder(o.SourcePath) == folder).ToList();
            string? product = operation.Product ?? MostCommon(siblings.Select(o => o.Product));
            string? version = operation.Version ?? MostCommon(siblings.Where(o => Same(o.Product, product)).Select(o => o.Version));
            if (product is null || version is null)
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.UnknownProduct,
                    "The page does not name its product or API version and no other page in its folder does; set the Product and Version metadata on its ApiSpec item. The operation is not generated.",
                    operation.Location));
                continue;
            }

            filled.Add(operation with { Product = product, Version = version });
        }

        var clients = new List<ProductClient>();
        var groups = filled
            .GroupBy(o => (Product: o.Product!.ToLowerInvariant(), o.Version))
            .OrderBy(g => g.Key.Product, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Version, StringComparer.Ordinal)
            .ToList();
        foreach (var group in groups)
        {
            List<Operation> members = group.ToList();
            string product = MostCommon(members.Select(o => o.Product))!;
            bool severalVersions = groups.Count(g => g.Key.Product == group.Key.Product) > 1;
            string productName = Identifier.Pascal(product);
            string ns = MostCommon(members.Select(o => o.Namespace))
                ?? (string.IsNullOrEmpty(rootNamespace) ? "SpecClient" : rootNamespace) + "." + productName + (severalVersions ? VersionSuffix(group.Key.Version!) : string.Empty);
            string clientName = MostCommon(members.Select(o => o.ClientName)) ?? productName + "Client";
            string endpoint = MostCommon(members.Select(o => o.Endpoint)) ?? product.ToLowerInvariant() + ".aliyuncs.com";

            var names = new HashSet<string>(StringComparer.Ordinal);
            var unique = new List<Operation>();
            foreach (Operation operation in members)
            {
                if (!names.Add(Identifier.Pascal(operation.Name)))
                {
                    diagnostics.Add(new DiagnosticInfo(
                        DiagnosticIds.DuplicateOperation,
                        "The operation '" + operation.Name + "' of " + product + " " + group.Key.Version + " is described by more than one page; this page is ignored.",
                        operation.Location));
                    continue;
                }

                unique.Add(operation with { Product = product, Namespace = ns, ClientName = clientName });
            }

            EquatableArray<RegionEndpoint> regions = members.Select(o => o.RegionEndpoints).FirstOrDefault(r => r.Count > 0);
            clients.Add(new ProductClient(product, group.Key.Version!, ns, clientName, endpoint, unique.ToEquatableArray(), regions));
        }

        return (clients.ToImmutableArray(), diagnostics.ToEquatableArray());
    }

    private static string VersionSuffix(string version) => "V" + version.Replace("-", string.Empty);

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Folder(string path) => Path.GetDirectoryName(path) ?? string.Empty;

    // Ties go to the ordinal-first value, so the answer never depends on file order.
    private static string? MostCommon(IEnumerable<string?> values) =>
        values
            .Where(v => !string.IsNullOrEmpty(v))
            .GroupBy(v => v!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
}

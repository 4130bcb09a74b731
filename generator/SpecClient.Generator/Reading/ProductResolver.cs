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
    public static ResolvedSpecs Resolve(
        ImmutableArray<SpecReadResult> results,
        string? rootNamespace)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var merged = new List<MergedPair>();
        List<Operation> operations = results
            .SelectMany(r => r.Operations)
            .OrderBy(o => o.SourcePath, StringComparer.Ordinal)
            .ToList();

        // Indexed once: a one-page edit over a thousand pages must not compare every page with every other.
        ILookup<string, Operation> byFolder = operations.ToLookup(o => Folder(o.SourcePath), StringComparer.Ordinal);
        var versionOfProduct = operations
            .Where(o => o.Product is not null && o.Version is not null)
            .GroupBy(o => o.Product!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => MostCommon(g.Select(o => o.Version)), StringComparer.OrdinalIgnoreCase);
        var filled = new List<Operation>();
        foreach (Operation operation in operations)
        {
            // Older pages name neither product nor version: take them from the pages beside them, then from the
            // folder above (older copies often sit in a subfolder such as _variants), then, for the version, from
            // any page of the same product.
            string folder = Folder(operation.SourcePath);
            string parent = Folder(folder);
            if (operation.Product is not null && operation.Version is not null)
            {
                filled.Add(operation);
                continue;
            }

            IEnumerable<Operation> siblings = byFolder[folder];
            IEnumerable<Operation> cousins = byFolder[parent];
            string? product = operation.Product ?? MostCommon(siblings.Select(o => o.Product)) ?? MostCommon(cousins.Select(o => o.Product));
            string? version = operation.Version
                ?? MostCommon(siblings.Where(o => Same(o.Product, product)).Select(o => o.Version))
                ?? MostCommon(cousins.Where(o => Same(o.Product, product)).Select(o => o.Version))
                ?? (product is not null && versionOfProduct.TryGetValue(product, out string? known) ? known : null);
            if (product is null || version is null)
            {
                // Generate it anyway (nothing is lost), under the folder's name, and say what to set.
                product ??= Identifier.Pascal(ProductFolderName(operation.SourcePath));
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticIds.UnknownProduct,
                    "The page does not name its " + (version is null ? "API version" : "product") + " and no other page beside it does; it is generated as product '" + product + "'"
                    + (version is null ? " without a version, which the service will refuse" : string.Empty) + ". Set the Product and Version metadata on its ApiSpec item.",
                    operation.Location));
                version ??= string.Empty;
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

            var unique = new List<Operation>();
            var byName = members
                .OrderBy(Preference)
                .ThenBy(o => o.SourcePath, StringComparer.Ordinal)
                .GroupBy(o => Identifier.Pascal(o.Name), StringComparer.OrdinalIgnoreCase); // SLS's GetLogstore page is the metadata's GetLogStore
            foreach (var described in byName)
            {
                // A doc page and the metadata of one operation make one operation (shape from the metadata,
                // words from the page); any further description of it is a duplicate.
                Operation? metadata = described.FirstOrDefault(PageMetadataMerge.IsMetadata);
                Operation? page = described.FirstOrDefault(o => !PageMetadataMerge.IsMetadata(o));
                bool isPair = metadata is not null && page is not null;
                Operation kept = isPair ? PageMetadataMerge.Merge(metadata!, page!) : described.First();
                if (isPair)
                {
                    merged.Add(new MergedPair(page!, metadata!));
                }

                foreach (Operation operation in described)
                {
                    bool used = isPair ? ReferenceEquals(operation, metadata) || ReferenceEquals(operation, page) : ReferenceEquals(operation, kept);
                    if (!used)
                    {
                        diagnostics.Add(new DiagnosticInfo(
                            DiagnosticIds.DuplicateOperation,
                            "The operation '" + operation.Name + "' of " + product + " " + group.Key.Version + " is described by more than one page; this page is ignored.",
                            operation.Location));
                    }
                }

                unique.Add(kept with { Product = product, Namespace = ns, ClientName = clientName });
            }

            EquatableArray<RegionEndpoint> table = members.Select(o => o.RegionEndpoints).FirstOrDefault(r => r.Count > 0);
            var (central, pattern, regions) = EndpointDecision.Decide(product, endpoint, unique, table);
            clients.Add(new ProductClient(product, group.Key.Version!, ns, clientName, central, unique.ToEquatableArray(), regions, pattern));
        }

        return new ResolvedSpecs(clients.ToEquatableArray(), diagnostics.ToEquatableArray(), merged.ToEquatableArray());
    }

    // When several pages describe one operation, the current English page wins over older copies and translations.
    private static int Preference(Operation operation)
    {
        int rank = 0;
        if (operation.SourcePath.Replace('\\', '/').IndexOf("/_variants/", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            rank += 2;
        }

        foreach (char c in operation.Summary)
        {
            if (c > 0x2E7F)
            {
                rank += 1;
                break;
            }
        }

        return rank;
    }

    private static string ProductFolderName(string path)
    {
        string folder = Folder(path);
        string name = Path.GetFileName(folder);
        return name.StartsWith("_", StringComparison.Ordinal) ? Path.GetFileName(Folder(folder)) : name;
    }

    private static string VersionSuffix(string version) => version.Length == 0 ? "Unversioned" : "V" + version.Replace("-", string.Empty);

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

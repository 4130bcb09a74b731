using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Sorts the operations of all pages into clients: one per product and version. A page that does not name its
/// product or version (older pages have no Explorer link) takes them from the other pages in its folder.
/// </summary>
/// <remarks>
/// This is the only step that sees every page, so it runs on every edit: it only sorts (no copies of operations,
/// no merging, one pass with dictionaries), and hands each client's pages on as the read step's own objects.
/// <see cref="ProductResolver"/> then merges each group on its own, and only the groups an edit touched.
/// </remarks>
internal static class ProductGrouping
{
    public static ProductLayout Group(ImmutableArray<SpecReadResult> results, string? rootNamespace)
    {
        Operation[] operations = SortedByPath(results);
        var diagnostics = new List<DiagnosticInfo>();
        var neighbours = new Neighbours(operations);
        var groups = new Dictionary<(string Product, string Version), Builder>(GroupKey.Comparer);
        foreach (Operation operation in operations)
        {
            string? product = operation.Product;
            string? version = operation.Version;
            if (product is null || version is null)
            {
                // Older pages name neither product nor version: take them from the pages beside them, then from the
                // folder above (older copies often sit in a subfolder such as _variants), then, for the version, from
                // any page of the same product.
                (product, version) = neighbours.Fill(operation);
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
            }

            if (!groups.TryGetValue((product, version), out Builder? group))
            {
                group = new Builder(product.ToLowerInvariant(), version);
                groups.Add((product, version), group);
            }

            group.Members.Add(operation);
            group.Spellings.Add(product);
        }

        var ordered = new List<Builder>(groups.Values);
        ordered.Sort(static (a, b) =>
        {
            int byProduct = string.CompareOrdinal(a.Product, b.Product);
            return byProduct != 0 ? byProduct : string.CompareOrdinal(a.Version, b.Version);
        });
        var layout = new ProductGroup[ordered.Count];
        for (int i = 0; i < ordered.Count; i++)
        {
            Builder group = ordered[i];
            bool severalVersions = (i > 0 && ordered[i - 1].Product == group.Product) || (i + 1 < ordered.Count && ordered[i + 1].Product == group.Product);
            string product = group.Spellings.Winner()!;
            string ns = (string.IsNullOrEmpty(rootNamespace) ? "SpecClient" : rootNamespace) + "." + Identifier.Pascal(product) + (severalVersions ? VersionSuffix(group.Version) : string.Empty);
            layout[i] = new ProductGroup(product, group.Version, ns, new EquatableArray<Operation>(group.Members.ToImmutable()));
        }

        return new ProductLayout(new EquatableArray<ProductGroup>(ImmutableArray.Create(layout)), diagnostics.ToEquatableArray());
    }

    // By path, ordinally; the operations of one file (api-docs.json holds a whole product) keep their order.
    private static Operation[] SortedByPath(ImmutableArray<SpecReadResult> results)
    {
        int count = 0;
        foreach (SpecReadResult result in results)
        {
            count += result.Operations.Count;
        }

        var operations = new Operation[count];
        int at = 0;
        bool inOrder = true;
        foreach (SpecReadResult result in results)
        {
            foreach (Operation operation in result.Operations)
            {
                inOrder &= at == 0 || string.CompareOrdinal(operations[at - 1].SourcePath, operation.SourcePath) <= 0;
                operations[at++] = operation;
            }
        }

        if (inOrder)
        {
            // Build systems usually list the files in order already: one pass instead of a sort on every edit.
            return operations;
        }

        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            int byPath = string.CompareOrdinal(operations[a].SourcePath, operations[b].SourcePath);
            return byPath != 0 ? byPath : a.CompareTo(b);
        });
        var sorted = new Operation[count];
        for (int i = 0; i < count; i++)
        {
            sorted[i] = operations[order[i]];
        }

        return sorted;
    }

    private static string ProductFolderName(string path)
    {
        string folder = Neighbours.Folder(path);
        string name = Path.GetFileName(folder);
        return name.StartsWith("_", StringComparison.Ordinal) ? Path.GetFileName(Neighbours.Folder(folder)) : name;
    }

    private static string VersionSuffix(string version) => version.Length == 0 ? "Unversioned" : "V" + version.Replace("-", string.Empty);

    private sealed class Builder
    {
        public Builder(string product, string version) => (Product, Version) = (product, version);

        /// <summary>The product in lower case: groups are keyed and ordered by it.</summary>
        public string Product { get; }

        public string Version { get; }

        public ImmutableArray<Operation>.Builder Members { get; } = ImmutableArray.CreateBuilder<Operation>();

        public Votes Spellings { get; } = new();
    }

    // Products compare ignoring case (one client whatever the spelling), versions exactly.
    private sealed class GroupKey : IEqualityComparer<(string Product, string Version)>
    {
        public static readonly GroupKey Comparer = new();

        public bool Equals((string Product, string Version) x, (string Product, string Version) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Product, y.Product) && string.Equals(x.Version, y.Version, StringComparison.Ordinal);

        public int GetHashCode((string Product, string Version) key) =>
            unchecked((StringComparer.OrdinalIgnoreCase.GetHashCode(key.Product) * 31) + key.Version.GetHashCode());
    }
}

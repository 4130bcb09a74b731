using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Merges the operations of one product and version into a client: a doc page and the metadata of one operation
/// become one operation, further descriptions of it are duplicates, and every operation gets the client's names.
/// </summary>
/// <remarks>
/// The pipeline resolves each <see cref="ProductGroup"/> in a step of its own: an edit to one page merges its own
/// client again, and every other client stays the same object, which the steps after it compare in O(1).
/// </remarks>
internal static class ProductResolver
{
    /// <summary>All pages at once (the command-line tool and tests): <see cref="ProductGrouping"/>, then each group.</summary>
    public static ResolvedSpecs Resolve(ImmutableArray<SpecReadResult> results, string? rootNamespace)
    {
        ProductLayout layout = ProductGrouping.Group(results, rootNamespace);
        var clients = new List<ProductClient>();
        var diagnostics = new List<DiagnosticInfo>(layout.Diagnostics);
        var merged = new List<MergedPair>();
        foreach (ProductGroup group in layout.Groups)
        {
            ResolvedClient resolved = Resolve(group);
            clients.Add(resolved.Client);
            diagnostics.AddRange(resolved.Diagnostics);
            merged.AddRange(resolved.Merged);
        }

        return new ResolvedSpecs(clients.ToEquatableArray(), diagnostics.ToEquatableArray(), merged.ToEquatableArray());
    }

    public static ResolvedClient Resolve(ProductGroup group)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var merged = new List<MergedPair>();
        EquatableArray<Operation> members = group.Members;
        string product = group.Product;
        string productName = Identifier.Pascal(product);
        string ns = Votes.MostCommon(members.Select(o => o.Namespace)) ?? group.DefaultNamespace;
        string clientName = Votes.MostCommon(members.Select(o => o.ClientName)) ?? productName + "Client";
        string endpoint = Votes.MostCommon(members.Select(o => o.Endpoint)) ?? product.ToLowerInvariant() + ".aliyuncs.com";

        var unique = new List<Operation>(members.Count);
        var byName = new OperationsByName(members);
        for (int described = 0; described < byName.Count; described++)
        {
            // A doc page and the metadata of one operation make one operation (shape from the metadata,
            // words from the page); any further description of it is a duplicate.
            Operation? metadata = null, page = null;
            for (int at = byName.First(described); at >= 0; at = byName.Next(at))
            {
                Operation operation = byName[at];
                if (PageMetadataMerge.IsMetadata(operation))
                {
                    metadata ??= operation;
                }
                else
                {
                    page ??= operation;
                }
            }

            bool isPair = metadata is not null && page is not null;
            Operation kept = isPair ? PageMetadataMerge.Merge(metadata!, page!) : byName[byName.First(described)];
            if (isPair)
            {
                merged.Add(new MergedPair(page!, metadata!));
            }

            for (int at = byName.First(described); at >= 0; at = byName.Next(at))
            {
                Operation operation = byName[at];
                bool used = isPair ? ReferenceEquals(operation, metadata) || ReferenceEquals(operation, page) : ReferenceEquals(operation, kept);
                if (!used)
                {
                    diagnostics.Add(new DiagnosticInfo(
                        DiagnosticIds.DuplicateOperation,
                        "The operation '" + operation.Name + "' of " + product + " " + group.Version + " is described by more than one page; this page is ignored.",
                        operation.Location));
                }
            }

            // The version too: a page that names none takes its group's (ProductGrouping filled it from its neighbours).
            // Copied only where a name differs: pages that name their product and version as their group does need no copy.
            bool named = kept.Product == product && kept.Version == group.Version && kept.Namespace == ns && kept.ClientName == clientName;
            unique.Add(named ? kept : kept with { Product = product, Version = group.Version, Namespace = ns, ClientName = clientName });
        }

        EquatableArray<RegionEndpoint> table = members.Select(o => o.RegionEndpoints).FirstOrDefault(r => r.Count > 0);
        var (central, pattern, regions) = EndpointDecision.Decide(product, endpoint, unique, table);
        var client = new ProductClient(product, group.Version, ns, clientName, central, unique.ToEquatableArray(), regions, pattern);
        return new ResolvedClient(client, diagnostics.ToEquatableArray(), merged.ToEquatableArray());
    }

    /// <summary>
    /// The members grouped by operation name, ignoring case (SLS's GetLogstore page is the metadata's GetLogStore): the
    /// groups in the order their first operation comes, each group's operations in order of preference, ties in the
    /// members' order (they come sorted by path). Chained in arrays instead of grouped by LINQ: most groups are one page,
    /// and a client's resolving is asked again for every edit of one of its pages.
    /// </summary>
    private readonly struct OperationsByName
    {
        private readonly Operation[] _sorted;
        private readonly int[] _next;
        private readonly List<int> _first;

        public OperationsByName(EquatableArray<Operation> members)
        {
            // A stable sort by preference, whose ranks are 0 to 3: the members of each rank, in order.
            int[] rank = new int[members.Count];
            for (int i = 0; i < rank.Length; i++)
            {
                rank[i] = Preference(members[i]);
            }

            _sorted = new Operation[members.Count];
            int sorted = 0;
            for (int r = 0; r <= MaxPreference; r++)
            {
                for (int i = 0; i < rank.Length; i++)
                {
                    if (rank[i] == r)
                    {
                        _sorted[sorted++] = members[i];
                    }
                }
            }

            _next = new int[_sorted.Length];
            _first = new List<int>(_sorted.Length);
            var groupOf = new Dictionary<string, int>(_sorted.Length, StringComparer.OrdinalIgnoreCase);
            var last = new List<int>(_sorted.Length);
            for (int i = 0; i < _sorted.Length; i++)
            {
                _next[i] = -1;
                string name = Identifier.Pascal(_sorted[i].Name);
                if (groupOf.TryGetValue(name, out int group))
                {
                    _next[last[group]] = i;
                    last[group] = i;
                }
                else
                {
                    groupOf.Add(name, _first.Count);
                    _first.Add(i);
                    last.Add(i);
                }
            }
        }

        /// <summary>The number of groups (of distinct names).</summary>
        public int Count => _first.Count;

        public Operation this[int at] => _sorted[at];

        /// <summary>Where the group's first operation is.</summary>
        public int First(int group) => _first[group];

        /// <summary>Where the group's next operation after the one at <paramref name="at"/> is; -1 after its last.</summary>
        public int Next(int at) => _next[at];
    }

    // The largest Preference: 2 for a variant, 1 for a translation.
    private const int MaxPreference = 3;

    // When several pages describe one operation, the current English page wins over older copies and translations.
    private static int Preference(Operation operation)
    {
        int rank = 0;
        if (InVariants(operation.SourcePath))
        {
            rank += 2;
        }

        // A character past the CJK radicals: a vector of characters at a time, as most summaries are English throughout.
        string summary = operation.Summary;
        if (CharScan.First(summary.AsSpan(), 0, default(PastRadicalsTest)) < summary.Length)
        {
            rank += 1;
        }

        return rank;
    }

    private readonly struct PastRadicalsTest : ICharTest
    {
        public bool MayHold(Vector<ushort> chars) => Vector.GreaterThanAny(chars, new Vector<ushort>(0x2E7F));

        public bool Is(char c) => c > 0x2E7F;
    }

    // A "_variants" folder anywhere in the path, with either separator.
    private static bool InVariants(string path)
    {
        const string Variants = "_variants";
        for (int at = path.IndexOf(Variants, StringComparison.OrdinalIgnoreCase); at >= 0; at = path.IndexOf(Variants, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + Variants.Length;
            if (at > 0 && (path[at - 1] is '/' or '\\') && end < path.Length && (path[end] is '/' or '\\'))
            {
                return true;
            }
        }

        return false;
    }
}

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

        var unique = new List<Operation>();
        var byName = members
            .OrderBy(Preference) // stable: members come sorted by path
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

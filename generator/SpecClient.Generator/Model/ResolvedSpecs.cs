namespace SpecClient.Generator.Model;

/// <summary>All clients after merging the pages, the diagnostics the merge found, and the page/metadata pairs it merged.</summary>
internal sealed record ResolvedSpecs(EquatableArray<ProductClient> Clients, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<MergedPair> Merged);

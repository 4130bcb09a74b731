namespace SpecClient.Generator.Model;

/// <summary>All clients after merging the pages, and the diagnostics the merge found.</summary>
internal sealed record ResolvedSpecs(EquatableArray<ProductClient> Clients, EquatableArray<DiagnosticInfo> Diagnostics);

namespace SpecClient.Generator.Model;

/// <summary>One client after its pages were merged, the duplicates its merge found, and the page/metadata pairs it merged.</summary>
internal sealed record ResolvedClient(ProductClient Client, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<MergedPair> Merged);

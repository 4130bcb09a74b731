namespace SpecClient.Generator.Model;

/// <summary>All pages sorted into clients (<see cref="ProductGroup"/>s, ordered by product and version), and what the sorting found (pages naming no product).</summary>
internal sealed record ProductLayout(EquatableArray<ProductGroup> Groups, EquatableArray<DiagnosticInfo> Diagnostics);

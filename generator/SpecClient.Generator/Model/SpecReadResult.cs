namespace SpecClient.Generator.Model;

/// <summary>What reading one spec file gave: an operation (or none) and the diagnostics found on the way.</summary>
internal sealed record SpecReadResult(Operation? Operation, EquatableArray<DiagnosticInfo> Diagnostics);

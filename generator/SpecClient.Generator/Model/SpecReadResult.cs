namespace SpecClient.Generator.Model;

/// <summary>
/// What reading one spec file gave: its operations (one for a doc page, a whole product for api-docs.json
/// metadata, none when unreadable) and the diagnostics found on the way.
/// </summary>
internal sealed record SpecReadResult(EquatableArray<Operation> Operations, EquatableArray<DiagnosticInfo> Diagnostics);

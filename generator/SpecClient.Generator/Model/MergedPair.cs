namespace SpecClient.Generator.Model;

/// <summary>
/// A doc page and the metadata entry that describe one operation, as the resolver paired them. The pipeline
/// compares each pair in a step of its own, so an edit re-compares only the pair it touched.
/// </summary>
internal sealed record MergedPair(Operation Page, Operation Metadata);

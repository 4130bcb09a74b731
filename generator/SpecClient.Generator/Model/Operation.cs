namespace SpecClient.Generator.Model;

/// <summary>
/// Everything read from one doc page about one operation. Product, Version, Endpoint and Namespace may be
/// null when the page does not say; <see cref="ProductResolver"/> fills them from the other pages.
/// <see cref="RegionEndpoints"/> is the product's per-region endpoint list where the spec has one (api-docs.json).
/// </summary>
/// <remarks>
/// Equality is structural (records of strings, enums and EquatableArrays): the pipeline re-emits an
/// operation only when something in it changed.
/// </remarks>
internal sealed record Operation(
    string SourcePath,
    string Name,
    string? Product,
    string? Version,
    string? Endpoint,
    string? Namespace,
    string? ClientName,
    ApiStyleKind Style,
    string HttpMethod,
    string Path,
    string Summary,
    EquatableArray<RequestParameter> Parameters,
    EquatableArray<ResponseField> Response,
    EquatableArray<ErrorCode> Errors,
    string? SampleJson,
    string? SampleXml,
    bool IsReadOnly,
    LocationInfo Location,
    EquatableArray<RegionEndpoint> RegionEndpoints = default)
{
    // Never a default(ImmutableArray) inside: doc pages leave the list out, and a default array throws when enumerated directly.
    public EquatableArray<RegionEndpoint> RegionEndpoints { get; init; } = new(RegionEndpoints.Items);

    /// <summary>
    /// False when <see cref="SampleJson"/> is not strict JSON (the reader forgave something, or could not read it):
    /// the emulator answers with the sample and the generated reader is strict, so a merge prefers the metadata's.
    /// </summary>
    public bool SampleJsonIsValid { get; init; } = true;

    /// <summary>How to walk the operation's pages, or null for an operation that does not page. Derived, so not stored.</summary>
    public Pagination? Pagination => PaginationConventions.Detect(this);
}

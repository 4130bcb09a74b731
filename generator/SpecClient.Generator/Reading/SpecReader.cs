using System;
using System.Threading;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Chooses the reader for a spec file: markdown doc pages, or api-docs.json metadata. Either way, string
/// values the docs list become extensible enums afterwards (<see cref="EnumTypes"/>), named over the
/// finished model so the names never collide with what the reader named.
/// </summary>
internal static class SpecReader
{
    public static SpecReadResult Read(SpecFile file, CancellationToken cancellationToken) =>
        EnumTypes.Assign(file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? MetadataSpecReader.Read(file, cancellationToken)
            : MarkdownSpecReader.Read(file, cancellationToken));
}

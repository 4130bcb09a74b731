using System;
using System.Threading;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>Chooses the reader for a spec file: markdown doc pages, or api-docs.json metadata.</summary>
internal static class SpecReader
{
    public static SpecReadResult Read(SpecFile file, CancellationToken cancellationToken) =>
        file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? MetadataSpecReader.Read(file, cancellationToken)
            : MarkdownSpecReader.Read(file, cancellationToken);
}

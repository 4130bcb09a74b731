using System.Threading;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Reads Alibaba Cloud's OpenAPI metadata (<c>api-docs.json</c>): one product, many operations.
/// </summary>
internal static class MetadataSpecReader
{
    public static SpecReadResult Read(SpecFile file, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Add(DiagnosticIds.UnsupportedSpec, "api-docs.json metadata is not read yet; the file is skipped.", LocationInfo.FileStart(file.Path));
        return new SpecReadResult(EquatableArray<Operation>.Empty, diagnostics.ToEquatableArray());
    }
}

using SpecClient.Generator.Model;

namespace SpecClient.Cli.Compare;

/// <summary>
/// Compares one operation as a doc page describes it with the same operation in the metadata: what
/// <c>specclient compare</c> measures the markdown reader's fidelity with.
/// </summary>
internal static class OperationComparer
{
    public static OperationComparison Compare(Operation page, Operation metadata) => new(
        ResponseShapeComparer.Compare(page.Response.Items, metadata.Response.Items, page.Location, metadata.Style == ApiStyleKind.Rpc),
        RequestParameterComparer.Compare(page.Parameters.Items, metadata.Parameters.Items, page.Location));
}

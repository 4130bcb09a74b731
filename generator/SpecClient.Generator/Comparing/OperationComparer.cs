using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Comparing;

/// <summary>
/// Compares one operation as a doc page describes it with the same operation in the metadata: what
/// <c>specclient compare</c> measures the markdown reader's fidelity with, and what the generator reports
/// (SPEC019) when it merges a page with the metadata.
/// </summary>
internal static class OperationComparer
{
    /// <param name="page">The operation read from the doc page.</param>
    /// <param name="metadata">The same operation read from api-docs.json.</param>
    /// <param name="requestKinds">Also compare request parameters' list-or-object shape and scalar kind; the
    /// fidelity measure compares names and requiredness only, the merge every way the generated code can differ.</param>
    public static OperationComparison Compare(Operation page, Operation metadata, bool requestKinds = false)
    {
        (List<RequestParameter> pageParameters, List<RequestParameter> metadataParameters, List<Difference> body) = RequestAlignment.Align(page, metadata);
        List<Difference> request = RequestParameterComparer.Compare(pageParameters, metadataParameters, page.Location, metadata.Location, requestKinds);
        request.AddRange(body);
        return new(
            ResponseShapeComparer.Compare(page.Response.Items, metadata.Response.Items, page.Location, metadata.Location, metadata.Style == ApiStyleKind.Rpc),
            request);
    }
}

namespace SpecClient.Generator.Model;

/// <summary>
/// The <c>RegionId</c> request parameter of RPC operations, which the client fills from
/// <c>SpecClientOptions.RegionId</c> when the request leaves it null (so it is never a <c>required</c> member),
/// and which tells that a product is served per region.
/// </summary>
internal static class RegionIdParameter
{
    public const string WireName = "RegionId";

    public static bool Is(RequestParameter parameter) =>
        parameter.Shape == ValueShape.Scalar
        && parameter.Kind == ScalarKind.String
        && (parameter.Position == ParameterPosition.Query || parameter.Position == ParameterPosition.FormData)
        && string.Equals(parameter.WireName, WireName, System.StringComparison.Ordinal);
}

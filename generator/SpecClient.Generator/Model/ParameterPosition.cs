namespace SpecClient.Generator.Model;

/// <summary>
/// Where a request parameter travels (api-docs.json <c>in</c>). RPC sends every parameter as a query or form
/// field; ROA puts some into the path template, headers, the host (SLS projects) or the body.
/// </summary>
internal enum ParameterPosition
{
    Query,
    FormData,
    Path,
    Header,
    Host,
    Body,
}

namespace SpecClient;

/// <summary>Where a request parameter travels. RPC operations send every parameter in the query (or form body).</summary>
public enum ParameterLocation
{
    /// <summary>A query parameter (every RPC parameter; ROA parameters the docs place in the query).</summary>
    Query,

    /// <summary>A ROA path parameter: the value replaces <c>{Name}</c> in the operation's path, percent-encoded.</summary>
    Path,

    /// <summary>A ROA request header.</summary>
    Header,

    /// <summary>A field of the ROA operation's JSON body.</summary>
    Body,

    /// <summary>
    /// The first label of the host name (SLS's project: <c>my-project.cn-hangzhou.log.aliyuncs.com</c>); one
    /// DNS label of letters, digits and hyphens, so that it cannot send the request to another host.
    /// </summary>
    Host,
}

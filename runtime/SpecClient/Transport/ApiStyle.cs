namespace SpecClient;

/// <summary>The two request styles of Alibaba Cloud APIs.</summary>
public enum ApiStyle
{
    /// <summary>RPC style: every parameter is a query or form parameter and <c>Action</c> names the operation.</summary>
    Rpc,

    /// <summary>ROA style: a resource path, parameters in path, query, headers and body.</summary>
    Roa,
}

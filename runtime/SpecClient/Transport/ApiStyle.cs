namespace SpecClient;

/// <summary>The two request styles of Alibaba Cloud APIs.</summary>
public enum ApiStyle
{
    /// <summary>RPC style: every parameter is a query or form parameter and <c>Action</c> names the operation.</summary>
    Rpc,

    /// <summary>ROA style: a resource path, parameters in path, query, headers and body.</summary>
    Roa,

    /// <summary>
    /// Simple Log Service: ROA-style requests signed with SLS's own <c>LOG</c> signature
    /// (<see cref="Signing.SlsSignature"/>), the project named in the host, whatever <see cref="SpecClientOptions.SignatureVersion"/> says.
    /// </summary>
    Sls,
}

namespace SpecClient.Signing;

/// <summary>How requests are signed.</summary>
public enum SignatureVersion
{
    /// <summary>ACS3-HMAC-SHA256 in the <c>Authorization</c> header: the default of Alibaba Cloud's current SDKs.</summary>
    V3,

    /// <summary>RPC signature V1: HMAC-SHA1 over the sorted parameters, sent as the <c>Signature</c> parameter.</summary>
    V1,
}

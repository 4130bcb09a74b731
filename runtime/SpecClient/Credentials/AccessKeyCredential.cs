using System;
using System.Security.Cryptography;
using System.Threading;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// An AccessKey pair, optionally with an STS security token. The secret never appears in
/// <see cref="ToString"/>, logs or exception messages.
/// </summary>
public sealed class AccessKeyCredential
{
    private HmacKey? _rpcV1Key;
    private HmacKey? _acs3Key;
    private Tuple<string, string>? _acs3AuthorizationPrefix;

    /// <summary>Creates a credential.</summary>
    public AccessKeyCredential(string accessKeyId, string accessKeySecret, string? securityToken = null)
        : this(accessKeyId, accessKeySecret, securityToken, expiration: null)
    {
    }

    /// <summary>Creates a temporary credential that expires at <paramref name="expiration"/>.</summary>
    /// <param name="accessKeyId">The AccessKey ID.</param>
    /// <param name="accessKeySecret">The AccessKey secret.</param>
    /// <param name="securityToken">The STS security token, or null.</param>
    /// <param name="expiration">When the credential stops working, or null if it does not expire.</param>
    public AccessKeyCredential(string accessKeyId, string accessKeySecret, string? securityToken, DateTimeOffset? expiration)
    {
        if (string.IsNullOrEmpty(accessKeyId))
        {
            throw new ArgumentException("The AccessKey ID must not be empty.", nameof(accessKeyId));
        }

        if (string.IsNullOrEmpty(accessKeySecret))
        {
            throw new ArgumentException("The AccessKey secret must not be empty.", nameof(accessKeySecret));
        }

        AccessKeyId = accessKeyId;
        AccessKeySecret = accessKeySecret;
        SecurityToken = string.IsNullOrEmpty(securityToken) ? null : securityToken;
        Expiration = expiration;
    }

    /// <summary>The AccessKey ID (not secret: it is sent with every request).</summary>
    public string AccessKeyId { get; }

    /// <summary>The AccessKey secret.</summary>
    public string AccessKeySecret { get; }

    /// <summary>The STS security token of temporary credentials, or null.</summary>
    public string? SecurityToken { get; }

    /// <summary>
    /// When a temporary credential stops working (STS tokens from AssumeRole, OIDC, the ECS metadata service), or
    /// null for a long-term AccessKey pair or when the source does not say.
    /// </summary>
    public DateTimeOffset? Expiration { get; }

    /// <summary>The HMAC-SHA1 of RPC signature V1 (keyed with the secret and <c>&amp;</c>), keyed on first use and reused.</summary>
    internal HmacKey RpcV1Key => _rpcV1Key ?? Key(ref _rpcV1Key, HashAlgorithmName.SHA1, "&");

    /// <summary>The HMAC-SHA256 of signature V3 (keyed with the secret), keyed on first use and reused.</summary>
    internal HmacKey Acs3Key => _acs3Key ?? Key(ref _acs3Key, HashAlgorithmName.SHA256, string.Empty);

    /// <summary>
    /// The V3 <c>Authorization</c> value up to the signature (<c>ACS3-HMAC-SHA256 Credential=id,SignedHeaders=...,Signature=</c>)
    /// for these signed header names: the last one made is reused while the names are the same, as they are from call to
    /// call of one transport. It holds the AccessKey ID only, which every request sends.
    /// </summary>
    internal string Acs3AuthorizationPrefix(string signedHeaders)
    {
        // Immutable, so a thread reads a matching pair or none.
        Tuple<string, string>? last = Volatile.Read(ref _acs3AuthorizationPrefix);
        if (last is not null && string.Equals(last.Item1, signedHeaders, StringComparison.Ordinal))
        {
            return last.Item2;
        }

        string prefix = Acs3SignatureV3.Authorization(AccessKeyId, signedHeaders, string.Empty);
        Volatile.Write(ref _acs3AuthorizationPrefix, Tuple.Create(signedHeaders, prefix));
        return prefix;
    }

    /// <summary>Shows the AccessKey ID and expiration only; the secret and token are redacted.</summary>
    public override string ToString() =>
        "AccessKeyCredential { AccessKeyId = " + AccessKeyId + ", AccessKeySecret = ***"
        + (SecurityToken is null ? string.Empty : ", SecurityToken = ***")
        + (Expiration is { } expiration ? ", Expiration = " + CredentialText.Timestamp(expiration) : string.Empty)
        + " }";

    // Two calls racing on the first use may both key one; the first stored wins and the other is dropped.
    private HmacKey Key(ref HmacKey? field, HashAlgorithmName algorithm, string suffix) =>
        Interlocked.CompareExchange(ref field, new HmacKey(algorithm, AccessKeySecret, suffix), null) ?? field!;
}

using System;

namespace SpecClient;

/// <summary>
/// An AccessKey pair, optionally with an STS security token. The secret never appears in
/// <see cref="ToString"/>, logs or exception messages.
/// </summary>
public sealed class AccessKeyCredential
{
    /// <summary>Creates a credential.</summary>
    public AccessKeyCredential(string accessKeyId, string accessKeySecret, string? securityToken = null)
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
    }

    /// <summary>The AccessKey ID (not secret: it is sent with every request).</summary>
    public string AccessKeyId { get; }

    /// <summary>The AccessKey secret.</summary>
    public string AccessKeySecret { get; }

    /// <summary>The STS security token of temporary credentials, or null.</summary>
    public string? SecurityToken { get; }

    /// <summary>Shows the AccessKey ID only; the secret and token are redacted.</summary>
    public override string ToString() =>
        "AccessKeyCredential { AccessKeyId = " + AccessKeyId + ", AccessKeySecret = ***" + (SecurityToken is null ? string.Empty : ", SecurityToken = ***") + " }";
}

using System;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>Settings of a generated client.</summary>
public sealed class SpecClientOptions
{
    /// <summary>
    /// The service endpoint: a host name (<c>domain.aliyuncs.com</c>, sent over HTTPS) or an absolute URI.
    /// Null uses the product's default endpoint from its doc pages.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// Allows an <c>http://</c> endpoint. Off by default: requests carry credentials, so plain HTTP is only
    /// for a local emulator and must be asked for.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>How requests are signed; V3 (ACS3-HMAC-SHA256) by default.</summary>
    public SignatureVersion SignatureVersion { get; set; } = SignatureVersion.V3;

    /// <summary>Where credentials come from. Null reads the <c>ALIBABA_CLOUD_*</c> environment variables.</summary>
    public ICredentialProvider? Credentials { get; set; }

    /// <summary>The time limit of a whole call. Defaults to 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

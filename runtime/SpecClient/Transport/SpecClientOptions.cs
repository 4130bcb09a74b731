using System;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>Settings of a generated client. The transport takes a snapshot when it is created.</summary>
public sealed class SpecClientOptions
{
    /// <summary>The default of <see cref="MaxResponseBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxResponseBytes = 16 * 1024 * 1024;

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

    /// <summary>
    /// Where credentials come from. Null uses the default chain (<see cref="DefaultCredentialProvider"/>): the
    /// <c>ALIBABA_CLOUD_*</c> environment variables first, then OIDC (RRSA), the CLI's and the SDKs' profile files,
    /// the ECS instance's RAM role and <c>ALIBABA_CLOUD_CREDENTIALS_URI</c>.
    /// </summary>
    public ICredentialProvider? Credentials { get; set; }

    /// <summary>
    /// The time limit of a whole call (credentials, sending, reading the response). Defaults to 30 seconds;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off. When it elapses the call throws
    /// <see cref="SpecClientTimeoutException"/>; cancellation by the caller's token throws
    /// <see cref="OperationCanceledException"/> instead.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The largest response body read, in bytes; a larger one throws <see cref="ResponseFormatException"/>.
    /// Defaults to <see cref="DefaultMaxResponseBytes"/>.
    /// </summary>
    public int MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>The clock timestamps are taken from. Tests set it; null is the system clock.</summary>
    internal Func<DateTimeOffset>? Clock { get; set; }

    /// <summary>Makes the signature nonce of each attempt. Tests set it; null is a fresh GUID.</summary>
    internal Func<string>? NonceFactory { get; set; }

    /// <summary>
    /// Sends requests unsigned and without credentials (<see cref="Credentials"/> is not asked). Only for operations
    /// that authenticate otherwise: STS AssumeRoleWithOIDC, whose OIDC token is the proof.
    /// </summary>
    internal bool Anonymous { get; set; }
}

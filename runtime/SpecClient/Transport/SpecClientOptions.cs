using System;
using Microsoft.Extensions.Logging;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>Settings of a generated client. The transport takes a snapshot when it is created.</summary>
public sealed class SpecClientOptions
{
    /// <summary>The default of <see cref="MaxResponseBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxResponseBytes = 16 * 1024 * 1024;

    /// <summary>The default of <see cref="ConnectTimeout"/>: 10 seconds.</summary>
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The service endpoint: a host name (<c>domain.aliyuncs.com</c>, sent over HTTPS) or an absolute URI. It wins
    /// over <see cref="RegionId"/>. Null finds the endpoint from the region (see <see cref="RegionId"/>).
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// The region to call, for example <c>cn-hangzhou</c>. Without an <see cref="Endpoint"/> it picks the endpoint:
    /// the region's entry in the product's table (api-docs.json <c>endpoints</c>, the generated client's
    /// <c>Endpoints</c>), else the product's central endpoint (Domain, RAM, STS: one host whatever the region), else
    /// the rule <c>{product}.{region}.aliyuncs.com</c>. A product served per region needs this or an endpoint.
    /// Operations that take a <c>RegionId</c> parameter send this value when the request leaves it null.
    /// </summary>
    public string? RegionId { get; set; }

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
    /// The time limit of a whole call (credentials, every attempt and the waits between them, reading the
    /// response). Defaults to 30 seconds;
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

    /// <summary>
    /// The time limit for opening a TCP connection to the endpoint; a connect that takes longer fails the attempt
    /// (which is retried: nothing was sent). Defaults to <see cref="DefaultConnectTimeout"/>;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    /// <remarks>
    /// Applies to the shared client of the runtime's net8.0 build (used on .NET 8 and later), whose
    /// <c>SocketsHttpHandler</c> connects through the runtime. The netstandard2.0 build (.NET Framework, .NET 6 and 7)
    /// checks the value but cannot apply it: its <c>HttpClientHandler</c> exposes no connect timeout (on .NET
    /// Framework <c>HttpWebRequest</c> has none at all), so a connect there lasts as long as the operating system
    /// lets it (about 21 s on Windows, about 2 minutes on Linux), bounded by <see cref="Timeout"/> and
    /// <see cref="RetryOptions.AttemptTimeout"/>. With an injected <see cref="System.Net.Http.HttpClient"/>, set the
    /// connect timeout on its handler (<c>SocketsHttpHandler.ConnectTimeout</c>, .NET Core 2.1 and later) instead.
    /// </remarks>
    public TimeSpan ConnectTimeout { get; set; } = DefaultConnectTimeout;

    /// <summary>When and how failed calls are sent again. On by default; see <see cref="RetryOptions"/>.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>
    /// The format the service is asked to answer in (the <c>Format</c> parameter). JSON by default. Either way
    /// the generated client returns the same typed response: XML answers are converted before reading.
    /// </summary>
    public ResponseFormat Format { get; set; } = ResponseFormat.Json;

    /// <summary>
    /// Where the transport logs (category <c>SpecClient</c>): one line per retry and per failed call, and at
    /// Debug level each attempt and success, with product, action, attempt, status and request id. Never a
    /// secret, a security token or a signed URL. Null logs nothing.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

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

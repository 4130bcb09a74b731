using System;
using System.Globalization;
using System.Net.Http;

namespace SpecClient;

/// <summary>
/// Settings of a role session obtained from STS (<see cref="RamRoleArnCredentialProvider"/>,
/// <see cref="OidcRoleArnCredentialProvider"/>): the session, and how STS is reached.
/// </summary>
public sealed class StsRoleOptions
{
    /// <summary>STS's global endpoint.</summary>
    public const string DefaultEndpoint = "sts.aliyuncs.com";

    /// <summary>The default of <see cref="DurationSeconds"/>: one hour.</summary>
    public const int DefaultDurationSeconds = 3600;

    /// <summary>The role session name, which identifies who assumed the role; null makes one (<c>specclient-</c> and a timestamp).</summary>
    public string? RoleSessionName { get; set; }

    /// <summary>A policy that narrows the role's permissions for this session, or null for all of them.</summary>
    public string? Policy { get; set; }

    /// <summary>How long each STS token is valid, in seconds: 900 up to the role's maximum session duration. 3600 by default.</summary>
    public int DurationSeconds { get; set; } = DefaultDurationSeconds;

    /// <summary>
    /// The STS endpoint: a host name (sent over HTTPS) or an absolute URI. Null is <see cref="DefaultEndpoint"/>;
    /// a regional one is <c>sts.cn-hangzhou.aliyuncs.com</c>, from a VPC <c>sts-vpc.cn-hangzhou.aliyuncs.com</c>.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>Allows an <c>http://</c> <see cref="Endpoint"/>, for a local fake only.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>The time limit of one STS call. 10 seconds by default.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The HttpClient STS is called with (for example one from IHttpClientFactory); null shares SpecClient's own.</summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>The endpoint of a region (<c>sts.{region}.aliyuncs.com</c>, or <c>sts-vpc.{region}.aliyuncs.com</c>), or null without a region.</summary>
    internal static string? RegionalEndpoint(string? region, bool vpc) =>
        string.IsNullOrWhiteSpace(region) ? null : (vpc ? "sts-vpc." : "sts.") + region!.Trim().ToLowerInvariant() + ".aliyuncs.com";

    /// <summary>A copy with the values checked and the defaults filled in.</summary>
    internal StsRoleOptions Validated(Func<DateTimeOffset> clock)
    {
        if (DurationSeconds < 900)
        {
            throw new ArgumentException("StsRoleOptions.DurationSeconds must be at least 900 (15 minutes).", "options");
        }

        if (RoleSessionName is { } name && (name.Length < 2 || name.Length > 64))
        {
            throw new ArgumentException("StsRoleOptions.RoleSessionName must be 2 to 64 characters long.", "options");
        }

        return new StsRoleOptions
        {
            RoleSessionName = RoleSessionName ?? "specclient-" + clock().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            Policy = string.IsNullOrEmpty(Policy) ? null : Policy,
            DurationSeconds = DurationSeconds,
            Endpoint = string.IsNullOrWhiteSpace(Endpoint) ? DefaultEndpoint : Endpoint,
            AllowInsecureHttp = AllowInsecureHttp,
            Timeout = Timeout,
            HttpClient = HttpClient,
        };
    }

    /// <summary>Options of the STS client.</summary>
    internal SpecClientOptions ClientOptions(ICredentialProvider? source) => new()
    {
        Endpoint = Endpoint,
        AllowInsecureHttp = AllowInsecureHttp,
        Timeout = Timeout,
        // The credentials SDKs sign STS calls with HMAC-SHA1 (V1); its form body also keeps the OIDC token out of URLs.
        SignatureVersion = Signing.SignatureVersion.V1,
        Credentials = source,
        Anonymous = source is null,
    };
}

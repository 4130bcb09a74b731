using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SpecClient.Credentials.Sts;

namespace SpecClient;

/// <summary>
/// Assumes a RAM role with an OIDC token through STS AssumeRoleWithOIDC: RAM Roles for Service Accounts (RRSA)
/// in ACK, where the pod's token file and role come from <c>ALIBABA_CLOUD_ROLE_ARN</c>,
/// <c>ALIBABA_CLOUD_OIDC_PROVIDER_ARN</c> and <c>ALIBABA_CLOUD_OIDC_TOKEN_FILE</c>.
/// </summary>
/// <remarks>
/// The token file is read again on every refresh, since the cluster rotates it. The call is sent unsigned: the
/// OIDC token is the proof of identity, and no AccessKey is needed. It goes through <see cref="StsClient"/>,
/// generated from STS's reference pages.
/// </remarks>
public sealed class OidcRoleArnCredentialProvider : RefreshingCredentialProvider
{
    /// <summary>The variable holding the role ARN.</summary>
    public const string RoleArnVariable = "ALIBABA_CLOUD_ROLE_ARN";

    /// <summary>The variable holding the OIDC identity provider's ARN.</summary>
    public const string OidcProviderArnVariable = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";

    /// <summary>The variable holding the path of the OIDC token file.</summary>
    public const string OidcTokenFileVariable = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";

    /// <summary>The variable holding the role session name (optional).</summary>
    public const string RoleSessionNameVariable = "ALIBABA_CLOUD_ROLE_SESSION_NAME";

    private const int MaxTokenFileBytes = 64 * 1024;

    private readonly StsClient _sts;
    private readonly StsRoleOptions _options;

    /// <summary>Creates a provider with the default session settings and the global STS endpoint.</summary>
    /// <param name="roleArn">The role, <c>acs:ram::$accountID:role/$roleName</c>.</param>
    /// <param name="oidcProviderArn">The OIDC identity provider, <c>acs:ram::$accountID:oidc-provider/$name</c>.</param>
    /// <param name="oidcTokenFile">The path of the file holding the OIDC token.</param>
    public OidcRoleArnCredentialProvider(string roleArn, string oidcProviderArn, string oidcTokenFile)
        : this(roleArn, oidcProviderArn, oidcTokenFile, null, null)
    {
    }

    /// <summary>Creates a provider.</summary>
    /// <param name="roleArn">The role, <c>acs:ram::$accountID:role/$roleName</c>.</param>
    /// <param name="oidcProviderArn">The OIDC identity provider, <c>acs:ram::$accountID:oidc-provider/$name</c>.</param>
    /// <param name="oidcTokenFile">The path of the file holding the OIDC token.</param>
    /// <param name="options">The session and STS settings; null for the defaults.</param>
    /// <exception cref="ArgumentException">An ARN or the path is empty, or an option is out of range.</exception>
    public OidcRoleArnCredentialProvider(string roleArn, string oidcProviderArn, string oidcTokenFile, StsRoleOptions? options)
        : this(roleArn, oidcProviderArn, oidcTokenFile, options, null)
    {
    }

    internal OidcRoleArnCredentialProvider(string roleArn, string oidcProviderArn, string oidcTokenFile, StsRoleOptions? options, Func<DateTimeOffset>? clock)
        : base(clock)
    {
        RoleArn = NotEmpty(roleArn, nameof(roleArn));
        OidcProviderArn = NotEmpty(oidcProviderArn, nameof(oidcProviderArn));
        OidcTokenFile = NotEmpty(oidcTokenFile, nameof(oidcTokenFile));
        _options = (options ?? new StsRoleOptions()).Validated(clock ?? (static () => DateTimeOffset.UtcNow));
        SpecClientOptions client = _options.ClientOptions(source: null);
        _sts = _options.HttpClient is { } http ? new StsClient(http, client) : new StsClient(client);
    }

    /// <summary>The role assumed.</summary>
    public string RoleArn { get; }

    /// <summary>The OIDC identity provider.</summary>
    public string OidcProviderArn { get; }

    /// <summary>The file the OIDC token is read from.</summary>
    public string OidcTokenFile { get; }

    /// <summary>Shows the role, the identity provider, the token file's path and the endpoint; never the token.</summary>
    /// <returns>A description of the provider.</returns>
    public override string ToString() =>
        "OidcRoleArnCredentialProvider { RoleArn = " + RoleArn + ", OidcProviderArn = " + OidcProviderArn + ", OidcTokenFile = " + OidcTokenFile + ", Endpoint = " + _options.Endpoint + " }";

    /// <summary>
    /// The provider the variables describe, or null with the reason when they are not all set.
    /// <c>ALIBABA_CLOUD_STS_REGION</c> and <c>ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED</c> choose a regional STS endpoint.
    /// </summary>
    internal static OidcRoleArnCredentialProvider? FromEnvironment(CredentialEnvironment environment, out string? reason)
    {
        string? roleArn = environment.Variable(RoleArnVariable);
        string? providerArn = environment.Variable(OidcProviderArnVariable);
        string? tokenFile = environment.Variable(OidcTokenFileVariable);
        if (roleArn is null || providerArn is null || tokenFile is null)
        {
            var missing = new List<string>(3);
            if (roleArn is null)
            {
                missing.Add(RoleArnVariable);
            }

            if (providerArn is null)
            {
                missing.Add(OidcProviderArnVariable);
            }

            if (tokenFile is null)
            {
                missing.Add(OidcTokenFileVariable);
            }

            reason = "not set up: " + string.Join(", ", missing) + (missing.Count > 1 ? " are" : " is") + " not set.";
            return null;
        }

        StsRoleOptions options = environment.StsOptions(environment.Variable("ALIBABA_CLOUD_STS_REGION"), CredentialText.IsTrue(environment.Variable("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED")));
        options.RoleSessionName = environment.Variable(RoleSessionNameVariable);
        reason = null;
        return new OidcRoleArnCredentialProvider(roleArn, providerArn, environment.ExpandHome(tokenFile), options, environment.Clock);
    }

    /// <inheritdoc />
    protected override Task<AccessKeyCredential> FetchAsync(CancellationToken cancellationToken)
    {
        string token = ReadToken();
        return StsCall.RunAsync("AssumeRoleWithOIDC of " + RoleArn + " at " + _options.Endpoint, ct => CallAsync(token, ct), cancellationToken);
    }

    private string ReadToken()
    {
        string text;
        try
        {
            var file = new FileInfo(OidcTokenFile);
            if (!file.Exists)
            {
                throw new CredentialsException("The OIDC token file '" + OidcTokenFile + "' does not exist.");
            }

            if (file.Length > MaxTokenFileBytes)
            {
                throw new CredentialsException("The OIDC token file '" + OidcTokenFile + "' is larger than 64 KiB; it is not a token.");
            }

            text = File.ReadAllText(OidcTokenFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new CredentialsException("The OIDC token file '" + OidcTokenFile + "' could not be read (" + e.GetType().Name + ").", e);
        }

        text = text.Trim();
        if (text.Length == 0)
        {
            throw new CredentialsException("The OIDC token file '" + OidcTokenFile + "' is empty.");
        }

        return text;
    }

    private async Task<StsCredentialFields> CallAsync(string token, CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        var request = new AssumeRoleWithOIDCRequest { RoleArn = RoleArn, OIDCProviderArn = OidcProviderArn, OIDCToken = token };
#else
        var request = new AssumeRoleWithOIDCRequest(RoleArn, OidcProviderArn, token);
#endif
        request.RoleSessionName = _options.RoleSessionName;
        request.Policy = _options.Policy;
        request.DurationSeconds = _options.DurationSeconds;
        AssumeRoleWithOIDCResponse response = await _sts.AssumeRoleWithOIDCAsync(request, cancellationToken).ConfigureAwait(false);
        AssumeRoleWithOIDCResponse.CredentialsInfo? c = response.Credentials;
        return new StsCredentialFields(c?.AccessKeyId, c?.AccessKeySecret, c?.SecurityToken, c?.Expiration);
    }

    private static string NotEmpty(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("The value must not be empty.", name) : value.Trim();
}

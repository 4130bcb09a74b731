using System;
using System.Globalization;

namespace SpecClient;

/// <summary>
/// Builds the source a profile describes (CLI <c>config.json</c> profiles and <c>credentials</c> ini sections
/// name the same few kinds), so that both files mean the same thing by the same settings.
/// </summary>
internal static class ProfileSources
{
    public static ICredentialProvider AccessKey(string where, string? accessKeyId, string? accessKeySecret, string? securityToken = null, bool tokenRequired = false)
    {
        string? missing = string.IsNullOrEmpty(accessKeyId) ? "AccessKey ID"
            : string.IsNullOrEmpty(accessKeySecret) ? "AccessKey secret"
            : tokenRequired && string.IsNullOrEmpty(securityToken) ? "STS token"
            : null;
        if (missing is not null)
        {
            throw new CredentialsException(where + " has no " + missing + ".");
        }

        return new StaticCredentialProvider(accessKeyId!, accessKeySecret!, securityToken);
    }

    public static ICredentialProvider RamRoleArn(
        string where,
        CredentialEnvironment environment,
        ICredentialProvider source,
        string? roleArn,
        string? sessionName,
        string? policy,
        int? durationSeconds,
        string? stsRegion)
    {
        if (string.IsNullOrEmpty(roleArn))
        {
            throw new CredentialsException(where + " has no role ARN.");
        }

        StsRoleOptions options = environment.StsOptions(stsRegion, vpc: false);
        options.RoleSessionName = string.IsNullOrEmpty(sessionName) ? null : sessionName;
        options.Policy = policy;
        options.DurationSeconds = durationSeconds is > 0 ? Math.Max(durationSeconds.Value, 900) : StsRoleOptions.DefaultDurationSeconds;
        return Construct(where, () => new RamRoleArnCredentialProvider(source, roleArn!, options, environment.Clock));
    }

    public static ICredentialProvider Oidc(
        string where,
        CredentialEnvironment environment,
        string? roleArn,
        string? providerArn,
        string? tokenFile,
        string? sessionName,
        string? policy,
        string? stsRegion)
    {
        string? missing = string.IsNullOrEmpty(roleArn) ? "role ARN" : string.IsNullOrEmpty(providerArn) ? "OIDC provider ARN" : string.IsNullOrEmpty(tokenFile) ? "OIDC token file" : null;
        if (missing is not null)
        {
            throw new CredentialsException(where + " has no " + missing + ".");
        }

        StsRoleOptions options = environment.StsOptions(stsRegion, vpc: false);
        options.RoleSessionName = string.IsNullOrEmpty(sessionName) ? null : sessionName;
        options.Policy = policy;
        return Construct(where, () => new OidcRoleArnCredentialProvider(roleArn!, providerArn!, environment.ExpandHome(tokenFile!), options, environment.Clock));
    }

    public static ICredentialProvider EcsRamRole(CredentialEnvironment environment, string? roleName) =>
        new EcsRamRoleCredentialProvider(
            string.IsNullOrEmpty(roleName) ? null : roleName,
            CredentialText.IsTrue(environment.Variable(EcsRamRoleCredentialProvider.ImdsV1DisabledVariable)),
            environment.EcsMetadataEndpoint,
            environment.HttpClient,
            environment.EcsMetadataTimeout,
            environment.Clock);

    public static ICredentialProvider CredentialsUri(string where, CredentialEnvironment environment, string? uri)
    {
        if (string.IsNullOrEmpty(uri))
        {
            throw new CredentialsException(where + " has no credentials URI.");
        }

        return Construct(where, () => new UriCredentialProvider(uri!, environment.HttpClient, TimeSpan.FromSeconds(10), environment.Clock));
    }

    public static int? Int(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    // A setting the provider rejects (an endpoint that is not a URI, a session name too long) is the profile's fault.
    private static ICredentialProvider Construct(string where, Func<ICredentialProvider> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw new CredentialsException(where + " has an unusable setting: " + e.Message, e);
        }
    }
}

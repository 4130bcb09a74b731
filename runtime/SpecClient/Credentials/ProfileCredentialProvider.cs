using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// A profile of the Alibaba Cloud SDKs' credentials file: <c>~/.alibabacloud/credentials</c>, or the file named by
/// <c>ALIBABA_CLOUD_CREDENTIALS_FILE</c>; the profile is <c>ALIBABA_CLOUD_PROFILE</c>, else <c>default</c>.
/// </summary>
/// <remarks>
/// <para>The profile's <c>type</c> says where its credential comes from:</para>
/// <list type="bullet">
/// <item><c>access_key</c>: <c>access_key_id</c>, <c>access_key_secret</c>.</item>
/// <item><c>sts</c>: the same and <c>security_token</c>.</item>
/// <item><c>ram_role_arn</c>: AssumeRole of <c>role_arn</c> signed with <c>access_key_id</c>/<c>access_key_secret</c>;
/// optional <c>role_session_name</c>, <c>policy</c>, <c>duration_seconds</c>, <c>sts_region</c>.</item>
/// <item><c>ecs_ram_role</c>: the instance's RAM role, optionally named by <c>role_name</c>.</item>
/// <item><c>oidc_role_arn</c>: AssumeRoleWithOIDC of <c>role_arn</c> with <c>oidc_provider_arn</c> and the token in
/// <c>oidc_token_file_path</c>.</item>
/// <item><c>credentials_uri</c>: the service at <c>credentials_uri</c>.</item>
/// </list>
/// <para>
/// The file is read on first use; once a profile has been read, its source (and the cache of a role's STS token)
/// is kept. A profile with <c>enable = false</c> counts as absent.
/// </para>
/// </remarks>
public sealed class ProfileCredentialProvider : ICredentialProvider
{
    /// <summary>The variable naming the credentials file.</summary>
    public const string FileVariable = "ALIBABA_CLOUD_CREDENTIALS_FILE";

    /// <summary>The variable naming the profile.</summary>
    public const string ProfileVariable = "ALIBABA_CLOUD_PROFILE";

    private readonly CredentialEnvironment _environment;
    private ICredentialProvider? _source;

    /// <summary>Creates a provider of the profile and file the variables name, or the defaults.</summary>
    public ProfileCredentialProvider()
        : this(null, null)
    {
    }

    /// <summary>Creates a provider of the given profile and file.</summary>
    /// <param name="profileName">The profile (ini section); null for <c>ALIBABA_CLOUD_PROFILE</c>, else <c>default</c>.</param>
    /// <param name="filePath">The file; null for <c>ALIBABA_CLOUD_CREDENTIALS_FILE</c>, else <c>~/.alibabacloud/credentials</c>.</param>
    public ProfileCredentialProvider(string? profileName, string? filePath)
        : this(profileName, filePath, CredentialEnvironment.Process())
    {
    }

    internal ProfileCredentialProvider(string? profileName, string? filePath, CredentialEnvironment environment)
    {
        _environment = environment;
        ProfileName = string.IsNullOrWhiteSpace(profileName) ? environment.Variable(ProfileVariable) ?? "default" : profileName!.Trim();
        string? path = string.IsNullOrWhiteSpace(filePath) ? environment.Variable(FileVariable) : filePath;
        FilePath = path is null ? environment.InHome(".alibabacloud", "credentials") : environment.ExpandHome(path);
    }

    /// <summary>The profile read.</summary>
    public string ProfileName { get; }

    /// <summary>The file read, or null when no file was named and the home directory is unknown.</summary>
    public string? FilePath { get; }

    /// <inheritdoc />
    /// <exception cref="CredentialsException">The file or profile does not exist, or the profile is incomplete.</exception>
    public ValueTask<AccessKeyCredential> GetCredentialAsync(CancellationToken cancellationToken)
    {
        ICredentialProvider source = Volatile.Read(ref _source) ?? Load();
        return source.GetCredentialAsync(cancellationToken);
    }

    /// <summary>Shows the file and profile; never a value from the file.</summary>
    /// <returns>A description of the provider.</returns>
    public override string ToString() => "ProfileCredentialProvider { File = " + (FilePath ?? "(no home directory)") + ", Profile = " + ProfileName + " }";

    private ICredentialProvider Load()
    {
        if (FilePath is null)
        {
            throw new CredentialsException("No credentials file: " + FileVariable + " is not set and the home directory is unknown.");
        }

        string text;
        try
        {
            if (!File.Exists(FilePath))
            {
                throw new CredentialsException("The credentials file '" + FilePath + "' does not exist.");
            }

            text = File.ReadAllText(FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new CredentialsException("The credentials file '" + FilePath + "' could not be read (" + e.GetType().Name + ").", e);
        }

        Dictionary<string, Dictionary<string, string>> sections = IniFile.Parse(text);
        string where = "Profile [" + ProfileName + "] of '" + FilePath + "'";
        if (!sections.TryGetValue(ProfileName, out Dictionary<string, string>? profile))
        {
            throw new CredentialsException("The credentials file '" + FilePath + "' has no profile [" + ProfileName + "].");
        }

        if (string.Equals(Get(profile, "enable"), "false", StringComparison.OrdinalIgnoreCase))
        {
            throw new CredentialsException(where + " is turned off (enable = false).");
        }

        ICredentialProvider source = Create(where, profile);
        return Interlocked.CompareExchange(ref _source, source, null) ?? source;
    }

    private ICredentialProvider Create(string where, Dictionary<string, string> profile)
    {
        string? type = Get(profile, "type");
        switch (type?.ToLowerInvariant())
        {
            case "access_key":
                return ProfileSources.AccessKey(where, Get(profile, "access_key_id"), Get(profile, "access_key_secret"));
            case "sts":
                return ProfileSources.AccessKey(where, Get(profile, "access_key_id"), Get(profile, "access_key_secret"), Get(profile, "security_token"), tokenRequired: true);
            case "ram_role_arn":
                return ProfileSources.RamRoleArn(
                    where,
                    _environment,
                    ProfileSources.AccessKey(where, Get(profile, "access_key_id"), Get(profile, "access_key_secret"), Get(profile, "security_token")),
                    Get(profile, "role_arn"),
                    Get(profile, "role_session_name"),
                    Get(profile, "policy"),
                    ProfileSources.Int(Get(profile, "duration_seconds")),
                    Get(profile, "sts_region"));
            case "ecs_ram_role":
                return ProfileSources.EcsRamRole(_environment, Get(profile, "role_name"));
            case "oidc_role_arn":
                return ProfileSources.Oidc(
                    where,
                    _environment,
                    Get(profile, "role_arn"),
                    Get(profile, "oidc_provider_arn"),
                    Get(profile, "oidc_token_file_path"),
                    Get(profile, "role_session_name"),
                    Get(profile, "policy"),
                    Get(profile, "sts_region"));
            case "credentials_uri":
                return ProfileSources.CredentialsUri(where, _environment, Get(profile, "credentials_uri"));
            case null:
                throw new CredentialsException(where + " has no type (access_key, sts, ram_role_arn, ecs_ram_role, oidc_role_arn or credentials_uri).");
            default:
                throw new CredentialsException(where + " has the type '" + type + "', which SpecClient does not support (access_key, sts, ram_role_arn, ecs_ram_role, oidc_role_arn, credentials_uri).");
        }
    }

    private static string? Get(Dictionary<string, string> profile, string key) =>
        profile.TryGetValue(key, out string? value) && value.Length > 0 ? value : null;
}

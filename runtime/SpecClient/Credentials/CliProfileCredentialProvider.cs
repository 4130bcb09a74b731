using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// A profile of the Alibaba Cloud CLI's <c>~/.aliyun/config.json</c>: the one named by <c>ALIBABA_CLOUD_PROFILE</c>,
/// else the file's <c>current</c> profile.
/// </summary>
/// <remarks>
/// <para>Supported modes (the profile's <c>mode</c>):</para>
/// <list type="bullet">
/// <item><c>AK</c>: <c>access_key_id</c>, <c>access_key_secret</c>.</item>
/// <item><c>StsToken</c>: the same and <c>sts_token</c>.</item>
/// <item><c>RamRoleArn</c>: AssumeRole of <c>ram_role_arn</c> signed with the profile's AccessKey pair;
/// <c>ram_session_name</c>, <c>expired_seconds</c> and <c>sts_region</c> are used when set.</item>
/// <item><c>EcsRamRole</c>: the instance's RAM role <c>ram_role_name</c> (or the attached one).</item>
/// <item><c>ChainableRamRoleArn</c>: AssumeRole of <c>ram_role_arn</c> signed with the credential of <c>source_profile</c>.</item>
/// <item><c>OIDC</c>: AssumeRoleWithOIDC of <c>ram_role_arn</c> with <c>oidc_provider_arn</c> and <c>oidc_token_file</c>.</item>
/// <item><c>CredentialsURI</c>: the service at <c>credentials_uri</c>.</item>
/// </list>
/// <para>The file is read on first use; once a profile has been read, its source (and a role's STS token cache) is kept.</para>
/// </remarks>
public sealed class CliProfileCredentialProvider : ICredentialProvider
{
    /// <summary>The variable naming the profile.</summary>
    public const string ProfileVariable = "ALIBABA_CLOUD_PROFILE";

    /// <summary>The variable that turns this source off in the default chain when <c>true</c>.</summary>
    public const string DisabledVariable = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";

    private readonly CredentialEnvironment _environment;
    private readonly string? _profileName;
    private ICredentialProvider? _source;

    /// <summary>Creates a provider of the profile <c>ALIBABA_CLOUD_PROFILE</c> names, else the current one, in <c>~/.aliyun/config.json</c>.</summary>
    public CliProfileCredentialProvider()
        : this(null, null)
    {
    }

    /// <summary>Creates a provider of the given profile and file.</summary>
    /// <param name="profileName">The profile; null for <c>ALIBABA_CLOUD_PROFILE</c>, else the file's <c>current</c>.</param>
    /// <param name="configPath">The file; null for <c>~/.aliyun/config.json</c>.</param>
    public CliProfileCredentialProvider(string? profileName, string? configPath)
        : this(profileName, configPath, CredentialEnvironment.Process())
    {
    }

    internal CliProfileCredentialProvider(string? profileName, string? configPath, CredentialEnvironment environment)
    {
        _environment = environment;
        _profileName = string.IsNullOrWhiteSpace(profileName) ? environment.Variable(ProfileVariable) : profileName!.Trim();
        ConfigPath = string.IsNullOrWhiteSpace(configPath) ? environment.InHome(".aliyun", "config.json") : environment.ExpandHome(configPath!);
    }

    /// <summary>The file read, or null when the home directory is unknown.</summary>
    public string? ConfigPath { get; }

    /// <inheritdoc />
    /// <exception cref="CredentialsException">The file or profile does not exist, the mode is not supported, or the profile is incomplete.</exception>
    public ValueTask<AccessKeyCredential> GetCredentialAsync(CancellationToken cancellationToken)
    {
        ICredentialProvider source = Volatile.Read(ref _source) ?? Load();
        return source.GetCredentialAsync(cancellationToken);
    }

    /// <summary>Shows the file and profile; never a value from the file.</summary>
    /// <returns>A description of the provider.</returns>
    public override string ToString() =>
        "CliProfileCredentialProvider { File = " + (ConfigPath ?? "(no home directory)") + ", Profile = " + (_profileName ?? "(current)") + " }";

    private ICredentialProvider Load()
    {
        if (ConfigPath is null)
        {
            throw new CredentialsException("No CLI configuration: the home directory is unknown.");
        }

        string text;
        try
        {
            if (!File.Exists(ConfigPath))
            {
                throw new CredentialsException("The CLI configuration '" + ConfigPath + "' does not exist.");
            }

            text = File.ReadAllText(ConfigPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new CredentialsException("The CLI configuration '" + ConfigPath + "' could not be read (" + e.GetType().Name + ").", e);
        }

        Dictionary<string, Dictionary<string, string>> profiles;
        string? current;
        try
        {
            profiles = ReadProfiles(text, out current);
        }
        catch (JsonException)
        {
            // Its message could quote a value of the file: say only that it is broken.
            throw new CredentialsException("The CLI configuration '" + ConfigPath + "' is not valid JSON.");
        }

        string? name = _profileName ?? current;
        if (string.IsNullOrEmpty(name))
        {
            throw new CredentialsException("The CLI configuration '" + ConfigPath + "' names no current profile, and " + ProfileVariable + " is not set.");
        }

        ICredentialProvider source = Create(name!, profiles, new HashSet<string>(StringComparer.Ordinal));
        return Interlocked.CompareExchange(ref _source, source, null) ?? source;
    }

    private ICredentialProvider Create(string name, Dictionary<string, Dictionary<string, string>> profiles, HashSet<string> visiting)
    {
        string where = "CLI profile '" + name + "' of '" + ConfigPath + "'";
        if (!profiles.TryGetValue(name, out Dictionary<string, string>? profile))
        {
            throw new CredentialsException("The CLI configuration '" + ConfigPath + "' has no profile '" + name + "'.");
        }

        if (!visiting.Add(name))
        {
            throw new CredentialsException(where + " is its own source_profile, directly or through others.");
        }

        string? mode = Get(profile, "mode");
        switch (mode)
        {
            case "AK":
                return ProfileSources.AccessKey(where, Get(profile, "access_key_id"), Get(profile, "access_key_secret"));
            case "StsToken":
                return ProfileSources.AccessKey(where, Get(profile, "access_key_id"), Get(profile, "access_key_secret"), Get(profile, "sts_token"), tokenRequired: true);
            case "RamRoleArn":
                return RoleArn(where, profile, ProfileSources.AccessKey(where, Get(profile, "access_key_id"), Get(profile, "access_key_secret"), Get(profile, "sts_token")));
            case "ChainableRamRoleArn":
                string? sourceProfile = Get(profile, "source_profile");
                if (sourceProfile is null)
                {
                    throw new CredentialsException(where + " has no source_profile.");
                }

                return RoleArn(where, profile, Create(sourceProfile, profiles, visiting));
            case "EcsRamRole":
                return ProfileSources.EcsRamRole(_environment, Get(profile, "ram_role_name"));
            case "OIDC":
                return ProfileSources.Oidc(
                    where,
                    _environment,
                    Get(profile, "ram_role_arn"),
                    Get(profile, "oidc_provider_arn"),
                    Get(profile, "oidc_token_file"),
                    Get(profile, "ram_session_name"),
                    null,
                    Get(profile, "sts_region"));
            case "CredentialsURI":
                return ProfileSources.CredentialsUri(where, _environment, Get(profile, "credentials_uri"));
            case null:
                throw new CredentialsException(where + " has no mode.");
            default:
                throw new CredentialsException(where + " has the mode '" + mode + "', which SpecClient does not support (AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC, CredentialsURI).");
        }
    }

    private ICredentialProvider RoleArn(string where, Dictionary<string, string> profile, ICredentialProvider source) =>
        ProfileSources.RamRoleArn(
            where,
            _environment,
            source,
            Get(profile, "ram_role_arn"),
            Get(profile, "ram_session_name"),
            null,
            ProfileSources.Int(Get(profile, "expired_seconds")),
            Get(profile, "sts_region"));

    // {"current": "name", "profiles": [{"name": ..., "mode": ..., "access_key_id": ..., "expired_seconds": 900, ...}]}
    private static Dictionary<string, Dictionary<string, string>> ReadProfiles(string json, out string? current)
    {
        var profiles = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        current = null;
        using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return profiles;
        }

        if (root.TryGetProperty("current", out JsonElement currentElement) && currentElement.ValueKind == JsonValueKind.String)
        {
            current = currentElement.GetString();
        }

        if (!root.TryGetProperty("profiles", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            return profiles;
        }

        foreach (JsonElement item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (JsonProperty property in item.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        fields[property.Name] = property.Value.GetString() ?? string.Empty;
                        break;
                    case JsonValueKind.Number:
                        fields[property.Name] = property.Value.GetRawText();
                        break;
                }
            }

            if (fields.TryGetValue("name", out string? name) && name.Length > 0 && !profiles.ContainsKey(name))
            {
                profiles.Add(name, fields);
            }
        }

        return profiles;
    }

    private static string? Get(Dictionary<string, string> profile, string key) =>
        profile.TryGetValue(key, out string? value) && value.Length > 0 ? value : null;
}

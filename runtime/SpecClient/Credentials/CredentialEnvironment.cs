using System;
using System.IO;
using System.Net.Http;

namespace SpecClient;

/// <summary>
/// What the credential sources read from the world: environment variables, the home directory, the network
/// and the clock. The process's by default; tests give their own, so no test reads the real <c>~/.aliyun</c>
/// or the real metadata service.
/// </summary>
internal sealed class CredentialEnvironment
{
    /// <summary>The ECS instance metadata service.</summary>
    public static readonly Uri DefaultEcsMetadataEndpoint = new("http://100.100.100.200/", UriKind.Absolute);

    public CredentialEnvironment(Func<string, string?> getVariable, string? homeDirectory)
    {
        GetVariable = getVariable ?? throw new ArgumentNullException(nameof(getVariable));
        HomeDirectory = homeDirectory;
    }

    /// <summary>The process's variables, home directory, shared HttpClient and system clock.</summary>
    public static CredentialEnvironment Process() => new(Environment.GetEnvironmentVariable, ProcessHome());

    public Func<string, string?> GetVariable { get; }

    /// <summary>The user's home directory, or null when it is not known.</summary>
    public string? HomeDirectory { get; }

    public HttpClient HttpClient { get; set; } = SharedHttpClient.Instance;

    /// <summary>The clock of the caches; null is the system clock.</summary>
    public Func<DateTimeOffset>? Clock { get; set; }

    public Uri EcsMetadataEndpoint { get; set; } = DefaultEcsMetadataEndpoint;

    /// <summary>The time limit of one request to the metadata service: it is local and fast, or not there at all.</summary>
    public TimeSpan EcsMetadataTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Replaces every STS endpoint (tests point it at a loopback fake); null keeps the configured ones.</summary>
    public string? StsEndpoint { get; set; }

    /// <summary>Allows http:// for <see cref="StsEndpoint"/>.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>A variable's value, or null when it is not set or empty.</summary>
    public string? Variable(string name)
    {
        string? value = GetVariable(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A path under the home directory, or null when the home directory is not known.</summary>
    public string? InHome(params string[] parts)
    {
        if (string.IsNullOrEmpty(HomeDirectory))
        {
            return null;
        }

        string path = HomeDirectory!;
        foreach (string part in parts)
        {
            path = Path.Combine(path, part);
        }

        return path;
    }

    /// <summary>Expands a leading <c>~</c> as the CLI and SDKs do.</summary>
    public string ExpandHome(string path)
    {
        if (HomeDirectory is { Length: > 0 } home && (path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal)))
        {
            return path.Length == 1 ? home : Path.Combine(home, path.Substring(2));
        }

        return path;
    }

    /// <summary>STS options for a role source: the test override, else the region's endpoint, else sts.aliyuncs.com.</summary>
    public StsRoleOptions StsOptions(string? region, bool vpc)
    {
        var options = new StsRoleOptions
        {
            Endpoint = StsEndpoint ?? StsRoleOptions.RegionalEndpoint(region, vpc),
            AllowInsecureHttp = AllowInsecureHttp,
            HttpClient = ReferenceEquals(HttpClient, SharedHttpClient.Instance) ? null : HttpClient,
        };
        return options;
    }

    private static string? ProcessHome()
    {
        string? home = Environment.GetEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home))
        {
            home = Environment.GetEnvironmentVariable("USERPROFILE");
        }

        if (string.IsNullOrEmpty(home))
        {
            home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        }

        return string.IsNullOrEmpty(home) ? null : home;
    }
}

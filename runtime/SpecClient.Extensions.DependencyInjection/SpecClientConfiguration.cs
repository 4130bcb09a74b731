using System;
using System.Globalization;
using System.Threading;
using Microsoft.Extensions.Configuration;
using SpecClient.Signing;

namespace SpecClient.Extensions.DependencyInjection;

/// <summary>
/// Reads <see cref="SpecClientOptions"/> from a configuration section by hand: a few known keys, no reflection,
/// so binding survives trimming and NativeAOT without the configuration binder's source generator.
/// </summary>
/// <remarks>
/// Keys (case-insensitive, as configuration keys are): <c>Endpoint</c>, <c>RegionId</c>, <c>AllowInsecureHttp</c>,
/// <c>SignatureVersion</c> (<c>V1</c> or <c>V3</c>), <c>Timeout</c> (a time span such as <c>00:00:30</c>, or
/// <c>Infinite</c>), <c>MaxResponseBytes</c>, and <c>AccessKeyId</c>, <c>AccessKeySecret</c>, <c>SecurityToken</c>.
/// A missing or empty value leaves the option as it was. A value that cannot be read throws
/// <see cref="InvalidOperationException"/> naming the key's path; the value is quoted only for keys that are not
/// secrets.
/// </remarks>
internal static class SpecClientConfiguration
{
    public const string EndpointKey = "Endpoint";
    public const string RegionIdKey = "RegionId";
    public const string AllowInsecureHttpKey = "AllowInsecureHttp";
    public const string SignatureVersionKey = "SignatureVersion";
    public const string TimeoutKey = "Timeout";
    public const string MaxResponseBytesKey = "MaxResponseBytes";
    public const string AccessKeyIdKey = "AccessKeyId";
    public const string AccessKeySecretKey = "AccessKeySecret";
    public const string SecurityTokenKey = "SecurityToken";

    /// <summary>Sets every option that <paramref name="configuration"/> has a value for.</summary>
    /// <exception cref="InvalidOperationException">A value cannot be read, or only half of an AccessKey pair is set.</exception>
    public static void Bind(IConfiguration configuration, SpecClientOptions options)
    {
        if (Read(configuration, EndpointKey) is { } endpoint)
        {
            options.Endpoint = endpoint;
        }

        if (Read(configuration, RegionIdKey) is { } regionId)
        {
            options.RegionId = regionId;
        }

        if (Read(configuration, AllowInsecureHttpKey) is { } insecure)
        {
            options.AllowInsecureHttp = bool.TryParse(insecure, out bool allow)
                ? allow
                : throw Invalid(configuration, AllowInsecureHttpKey, insecure, "true or false");
        }

        if (Read(configuration, SignatureVersionKey) is { } version)
        {
            options.SignatureVersion = ParseSignatureVersion(configuration, version);
        }

        if (Read(configuration, TimeoutKey) is { } timeout)
        {
            options.Timeout = ParseTimeout(configuration, timeout);
        }

        if (Read(configuration, MaxResponseBytesKey) is { } maxBytes)
        {
            options.MaxResponseBytes = int.TryParse(maxBytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out int bytes)
                ? bytes
                : throw Invalid(configuration, MaxResponseBytesKey, maxBytes, "a whole number of bytes");
        }

        BindCredentials(configuration, options);
    }

    private static void BindCredentials(IConfiguration configuration, SpecClientOptions options)
    {
        string? id = Read(configuration, AccessKeyIdKey);
        string? secret = Read(configuration, AccessKeySecretKey);
        string? token = Read(configuration, SecurityTokenKey);
        if (id is null && secret is null)
        {
            if (token is not null)
            {
                throw new InvalidOperationException(
                    "The configuration sets " + PathOf(configuration, SecurityTokenKey) + " without " + AccessKeyIdKey + " and " + AccessKeySecretKey + "; an STS token is used together with its temporary AccessKey pair.");
            }

            return;
        }

        if (id is null || secret is null)
        {
            // Name the key that is missing, never the value of the one that is there.
            string missing = PathOf(configuration, id is null ? AccessKeyIdKey : AccessKeySecretKey);
            throw new InvalidOperationException(
                "The configuration sets only half of an AccessKey pair: " + missing + " is missing. Set both " + AccessKeyIdKey + " and " + AccessKeySecretKey + ", or neither to use the default credentials (environment variables).");
        }

        options.Credentials = new StaticCredentialProvider(id, secret, token);
    }

    private static SignatureVersion ParseSignatureVersion(IConfiguration configuration, string value)
    {
        // Names only: the enum's numbers (V3 = 0, V1 = 1) read as the wrong versions.
        if (string.Equals(value, nameof(SignatureVersion.V3), StringComparison.OrdinalIgnoreCase))
        {
            return SignatureVersion.V3;
        }

        if (string.Equals(value, nameof(SignatureVersion.V1), StringComparison.OrdinalIgnoreCase))
        {
            return SignatureVersion.V1;
        }

        throw Invalid(configuration, SignatureVersionKey, value, "V1 or V3");
    }

    private static TimeSpan ParseTimeout(IConfiguration configuration, string value)
    {
        if (string.Equals(value, "Infinite", StringComparison.OrdinalIgnoreCase))
        {
            return Timeout.InfiniteTimeSpan;
        }

        // A bare number would parse as days ("30" is a month): ask for the time span form.
        if (value.IndexOf(':') >= 0 && TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out TimeSpan timeout))
        {
            return timeout;
        }

        throw Invalid(configuration, TimeoutKey, value, "a time span such as 00:00:30, or Infinite");
    }

    private static string? Read(IConfiguration configuration, string key)
    {
        string? value = configuration[key];
        return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }

    private static InvalidOperationException Invalid(IConfiguration configuration, string key, string value, string expected) =>
        new("The configuration value " + PathOf(configuration, key) + " = '" + value + "' is not " + expected + ".");

    private static string PathOf(IConfiguration configuration, string key) =>
        configuration is IConfigurationSection section && section.Path.Length > 0 ? section.Path + ":" + key : key;
}

using System;
using System.Globalization;

namespace SpecClient;

/// <summary>The one place where credential sources format and parse times and turn fetched fields into a credential.</summary>
internal static class CredentialText
{
    /// <summary>UTC, ISO 8601, whole seconds, whatever the machine's culture.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Builds a temporary credential from the fields a source returned. A missing field is named in the
    /// exception; no value ever is.
    /// </summary>
    /// <exception cref="CredentialsException">A field is missing or the expiration is not a time.</exception>
    public static AccessKeyCredential Temporary(string source, string? accessKeyId, string? accessKeySecret, string? securityToken, string? expiration)
    {
        string? missing = string.IsNullOrEmpty(accessKeyId) ? "AccessKeyId"
            : string.IsNullOrEmpty(accessKeySecret) ? "AccessKeySecret"
            : string.IsNullOrEmpty(securityToken) ? "SecurityToken"
            : string.IsNullOrEmpty(expiration) ? "Expiration"
            : null;
        if (missing is not null)
        {
            throw new CredentialsException(source + " returned no " + missing + ".");
        }

        if (!DateTimeOffset.TryParse(expiration, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset expires))
        {
            throw new CredentialsException(source + " returned an Expiration that is not a time: '" + expiration + "'.");
        }

        return new AccessKeyCredential(accessKeyId!, accessKeySecret!, securityToken, expires);
    }

    /// <summary>True for the values the SDKs accept as "on" in a variable: <c>true</c>, any case.</summary>
    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}

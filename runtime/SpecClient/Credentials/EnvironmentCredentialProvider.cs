using System;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// Reads the credential from <c>ALIBABA_CLOUD_ACCESS_KEY_ID</c>, <c>ALIBABA_CLOUD_ACCESS_KEY_SECRET</c> and,
/// for temporary credentials, <c>ALIBABA_CLOUD_SECURITY_TOKEN</c>: the variables of the Alibaba Cloud CLI and
/// SDKs. The default when <see cref="SpecClientOptions.Credentials"/> is null.
/// </summary>
/// <remarks>
/// The variables are read on every call, so rotated credentials are picked up without a restart. A variable
/// set to an empty string counts as not set.
/// </remarks>
public sealed class EnvironmentCredentialProvider : ICredentialProvider
{
    /// <summary>The variable holding the AccessKey ID.</summary>
    public const string AccessKeyIdVariable = "ALIBABA_CLOUD_ACCESS_KEY_ID";

    /// <summary>The variable holding the AccessKey secret.</summary>
    public const string AccessKeySecretVariable = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";

    /// <summary>The variable holding the STS security token (optional).</summary>
    public const string SecurityTokenVariable = "ALIBABA_CLOUD_SECURITY_TOKEN";

    private readonly Func<string, string?> _lookup;

    // The last credential built, reused while the variables keep their values.
    private AccessKeyCredential? _last;

    /// <summary>Creates a provider over the process environment.</summary>
    public EnvironmentCredentialProvider()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Creates a provider over another variable lookup (tests use this instead of changing the process environment).</summary>
    internal EnvironmentCredentialProvider(Func<string, string?> lookup)
    {
        _lookup = lookup ?? throw new ArgumentNullException(nameof(lookup));
    }

    /// <inheritdoc />
    /// <exception cref="CredentialsException">The AccessKey ID or secret variable is not set.</exception>
    public ValueTask<AccessKeyCredential> GetCredentialAsync(CancellationToken cancellationToken) => new(GetCredential());

    /// <summary>Shows where credentials are read from.</summary>
    /// <returns>A description naming the variables, never their values.</returns>
    public override string ToString() =>
        "EnvironmentCredentialProvider { " + AccessKeyIdVariable + ", " + AccessKeySecretVariable + ", " + SecurityTokenVariable + " }";

    private AccessKeyCredential GetCredential()
    {
        string? id = Read(AccessKeyIdVariable);
        string? secret = Read(AccessKeySecretVariable);
        string? token = Read(SecurityTokenVariable);
        if (id is null || secret is null)
        {
            string missing = id is null && secret is null
                ? "the environment variables " + AccessKeyIdVariable + " and " + AccessKeySecretVariable + " are not set"
                : "the environment variable " + (id is null ? AccessKeyIdVariable : AccessKeySecretVariable) + " is not set";
            throw new CredentialsException(
                "No Alibaba Cloud credentials: " + missing + ". Set them, or set SpecClientOptions.Credentials (for example to a StaticCredentialProvider).");
        }

        AccessKeyCredential? last = _last;
        if (last is not null
            && string.Equals(last.AccessKeyId, id, StringComparison.Ordinal)
            && string.Equals(last.AccessKeySecret, secret, StringComparison.Ordinal)
            && string.Equals(last.SecurityToken, token, StringComparison.Ordinal))
        {
            return last;
        }

        var credential = new AccessKeyCredential(id, secret, token);
        _last = credential;
        return credential;
    }

    private string? Read(string name)
    {
        string? value = _lookup(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }
}

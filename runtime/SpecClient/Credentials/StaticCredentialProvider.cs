using System;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>Always supplies the same credential: an AccessKey pair given in code, with an optional STS token.</summary>
/// <remarks>Prefer <see cref="EnvironmentCredentialProvider"/> or a secret store over secrets written in source code.</remarks>
public sealed class StaticCredentialProvider : ICredentialProvider
{
    private readonly AccessKeyCredential _credential;

    /// <summary>Creates a provider from an AccessKey pair.</summary>
    /// <param name="accessKeyId">The AccessKey ID.</param>
    /// <param name="accessKeySecret">The AccessKey secret.</param>
    /// <param name="securityToken">The STS security token of temporary credentials, or null.</param>
    public StaticCredentialProvider(string accessKeyId, string accessKeySecret, string? securityToken = null)
        : this(new AccessKeyCredential(accessKeyId, accessKeySecret, securityToken))
    {
    }

    /// <summary>Creates a provider from a credential.</summary>
    /// <param name="credential">The credential to supply.</param>
    public StaticCredentialProvider(AccessKeyCredential credential)
    {
        _credential = credential ?? throw new ArgumentNullException(nameof(credential));
    }

    /// <inheritdoc />
    public ValueTask<AccessKeyCredential> GetCredentialAsync(CancellationToken cancellationToken) => new(_credential);

    /// <summary>Shows the AccessKey ID only.</summary>
    /// <returns>A description without the secret or token.</returns>
    public override string ToString() => "StaticCredentialProvider { AccessKeyId = " + _credential.AccessKeyId + " }";
}

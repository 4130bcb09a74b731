using System;
using System.Threading;
using System.Threading.Tasks;
using SpecClient.Credentials.Sts;

namespace SpecClient;

/// <summary>
/// Assumes a RAM role with STS AssumeRole, signed with a source credential (an AccessKey pair, or another
/// role's STS token), and refreshes the role's STS token before it expires.
/// </summary>
/// <remarks>
/// The STS call goes through <see cref="StsClient"/>, generated from STS's reference pages. The source credential
/// is asked on every refresh, so a rotating source keeps working.
/// </remarks>
public sealed class RamRoleArnCredentialProvider : RefreshingCredentialProvider
{
    private readonly StsClient _sts;
    private readonly ICredentialProvider _source;
    private readonly StsRoleOptions _options;

    /// <summary>Creates a provider for <paramref name="roleArn"/> with the default session settings and the global STS endpoint.</summary>
    /// <param name="source">The credential AssumeRole is signed with.</param>
    /// <param name="roleArn">The role, <c>acs:ram::$accountID:role/$roleName</c>.</param>
    public RamRoleArnCredentialProvider(ICredentialProvider source, string roleArn)
        : this(source, roleArn, null, null)
    {
    }

    /// <summary>Creates a provider for <paramref name="roleArn"/>.</summary>
    /// <param name="source">The credential AssumeRole is signed with.</param>
    /// <param name="roleArn">The role, <c>acs:ram::$accountID:role/$roleName</c>.</param>
    /// <param name="options">The session and STS settings; null for the defaults.</param>
    /// <exception cref="ArgumentException">The role ARN is empty, or an option is out of range.</exception>
    public RamRoleArnCredentialProvider(ICredentialProvider source, string roleArn, StsRoleOptions? options)
        : this(source, roleArn, options, null)
    {
    }

    internal RamRoleArnCredentialProvider(ICredentialProvider source, string roleArn, StsRoleOptions? options, Func<DateTimeOffset>? clock)
        : base(clock)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        if (string.IsNullOrWhiteSpace(roleArn))
        {
            throw new ArgumentException("The role ARN must not be empty.", nameof(roleArn));
        }

        RoleArn = roleArn.Trim();
        _options = (options ?? new StsRoleOptions()).Validated(clock ?? (static () => DateTimeOffset.UtcNow));
        SpecClientOptions client = _options.ClientOptions(source);
        _sts = _options.HttpClient is { } http ? new StsClient(http, client) : new StsClient(client);
    }

    /// <summary>The role assumed.</summary>
    public string RoleArn { get; }

    /// <summary>Shows the role, the endpoint and the source; never a secret.</summary>
    /// <returns>A description of the provider.</returns>
    public override string ToString() =>
        "RamRoleArnCredentialProvider { RoleArn = " + RoleArn + ", Endpoint = " + _options.Endpoint + ", Source = " + _source + " }";

    /// <inheritdoc />
    protected override Task<AccessKeyCredential> FetchAsync(CancellationToken cancellationToken) =>
        StsCall.RunAsync("AssumeRole of " + RoleArn + " at " + _options.Endpoint, CallAsync, cancellationToken);

    private async Task<StsCredentialFields> CallAsync(CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        var request = new AssumeRoleRequest { RoleArn = RoleArn, RoleSessionName = _options.RoleSessionName! };
#else
        var request = new AssumeRoleRequest(RoleArn, _options.RoleSessionName!);
#endif
        request.Policy = _options.Policy;
        request.DurationSeconds = _options.DurationSeconds;
        AssumeRoleResponse response = await _sts.AssumeRoleAsync(request, cancellationToken).ConfigureAwait(false);
        AssumeRoleResponse.CredentialsInfo? c = response.Credentials;
        return new StsCredentialFields(c?.AccessKeyId, c?.AccessKeySecret, c?.SecurityToken, c?.Expiration);
    }
}

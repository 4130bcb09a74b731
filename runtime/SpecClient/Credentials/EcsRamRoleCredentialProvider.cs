using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// The STS token of the RAM role attached to this ECS instance, from the instance metadata service
/// (<c>100.100.100.200</c>), refreshed before it expires.
/// </summary>
/// <remarks>
/// Uses the metadata service's hardened mode (IMDSv2): a session token from <c>PUT /latest/api/token</c> goes with
/// every metadata request. If the service does not hand out tokens, the request is sent without one, unless IMDSv1
/// is turned off (<c>ALIBABA_CLOUD_IMDSV1_DISABLED=true</c> in the default chain). Without a role name, the role
/// attached to the instance is looked up once.
/// </remarks>
public sealed class EcsRamRoleCredentialProvider : RefreshingCredentialProvider
{
    /// <summary>The variable naming the role (optional: the attached role is looked up without it).</summary>
    public const string RoleNameVariable = "ALIBABA_CLOUD_ECS_METADATA";

    /// <summary>The variable that turns this source off in the default chain when <c>true</c>.</summary>
    public const string DisabledVariable = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";

    /// <summary>The variable that, when <c>true</c>, forbids metadata requests without a session token.</summary>
    public const string ImdsV1DisabledVariable = "ALIBABA_CLOUD_IMDSV1_DISABLED";

    private const string TokenPath = "latest/api/token";
    private const string CredentialsPath = "latest/meta-data/ram/security-credentials/";
    private const string TokenTtlHeader = "X-aliyun-ecs-metadata-token-ttl-seconds";
    private const string TokenHeader = "X-aliyun-ecs-metadata-token";
    private const string TokenTtlSeconds = "21600";

    private readonly Uri _endpoint;
    private readonly HttpClient _httpClient;
    private readonly TimeSpan _timeout;
    private readonly bool _disableImdsV1;

    // Looked up on the first fetch when not given; only touched by FetchAsync, which never runs concurrently.
    private string? _roleName;

    /// <summary>Creates a provider for the role attached to the instance.</summary>
    public EcsRamRoleCredentialProvider()
        : this(null, false)
    {
    }

    /// <summary>Creates a provider for the named role.</summary>
    /// <param name="roleName">The RAM role's name; null looks up the role attached to the instance.</param>
    /// <param name="disableImdsV1">True to never send a metadata request without a session token.</param>
    public EcsRamRoleCredentialProvider(string? roleName, bool disableImdsV1 = false)
        : this(roleName, disableImdsV1, CredentialEnvironment.DefaultEcsMetadataEndpoint, SharedHttpClient.Instance, TimeSpan.FromSeconds(1), null)
    {
    }

    internal EcsRamRoleCredentialProvider(string? roleName, bool disableImdsV1, Uri endpoint, HttpClient httpClient, TimeSpan timeout, Func<DateTimeOffset>? clock)
        : base(clock)
    {
        _roleName = string.IsNullOrWhiteSpace(roleName) ? null : roleName!.Trim();
        _disableImdsV1 = disableImdsV1;
        _endpoint = endpoint.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
        _httpClient = httpClient;
        _timeout = timeout;
    }

    /// <summary>Shows the role (when known) and the metadata service's address.</summary>
    /// <returns>A description of the provider.</returns>
    public override string ToString() =>
        "EcsRamRoleCredentialProvider { RoleName = " + (_roleName ?? "(the instance's)") + ", Endpoint = " + _endpoint.AbsoluteUri + " }";

    /// <summary>The provider the variables describe, or null with the reason when it is turned off.</summary>
    internal static EcsRamRoleCredentialProvider? FromEnvironment(CredentialEnvironment environment, out string? reason)
    {
        if (CredentialText.IsTrue(environment.Variable(DisabledVariable)))
        {
            reason = "turned off: " + DisabledVariable + " is true.";
            return null;
        }

        reason = null;
        return new EcsRamRoleCredentialProvider(
            environment.Variable(RoleNameVariable),
            CredentialText.IsTrue(environment.Variable(ImdsV1DisabledVariable)),
            environment.EcsMetadataEndpoint,
            environment.HttpClient,
            environment.EcsMetadataTimeout,
            environment.Clock);
    }

    /// <inheritdoc />
    protected override async Task<AccessKeyCredential> FetchAsync(CancellationToken cancellationToken)
    {
        string? token = await SessionTokenAsync(cancellationToken).ConfigureAwait(false);
        string role = _roleName ??= await AttachedRoleAsync(token, cancellationToken).ConfigureAwait(false);
        string what = "The ECS metadata service (" + _endpoint.AbsoluteUri + ", role " + role + ")";
        HttpAnswer answer = await GetAsync(CredentialsPath + Uri.EscapeDataString(role), token, what, cancellationToken).ConfigureAwait(false);
        if (answer.Status == 404)
        {
            throw new CredentialsException(what + " does not know the role: it is not attached to this instance.");
        }

        if (!answer.IsSuccess)
        {
            throw new CredentialsException(what + " answered HTTP " + Status(answer) + ".");
        }

        return CredentialHttp.ReadCredential(answer.Body, what);
    }

    private async Task<string?> SessionTokenAsync(CancellationToken cancellationToken)
    {
        string what = "The ECS metadata service (" + _endpoint.AbsoluteUri + ")";
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(_endpoint, TokenPath));
        request.Headers.TryAddWithoutValidation(TokenTtlHeader, TokenTtlSeconds);

        // Not reachable at all (not an ECS instance): fail now rather than try again without a token.
        HttpAnswer answer = await CredentialHttp.SendAsync(_httpClient, request, _timeout, what, cancellationToken).ConfigureAwait(false);
        string token = answer.Body.Trim();
        if (answer.IsSuccess && token.Length > 0)
        {
            return token;
        }

        if (_disableImdsV1)
        {
            throw new CredentialsException(what + " gave no session token (HTTP " + Status(answer) + ") and requests without one are turned off (" + ImdsV1DisabledVariable + ").");
        }

        return null;
    }

    private async Task<string> AttachedRoleAsync(string? token, CancellationToken cancellationToken)
    {
        string what = "The ECS metadata service (" + _endpoint.AbsoluteUri + ")";
        HttpAnswer answer = await GetAsync(CredentialsPath, token, what, cancellationToken).ConfigureAwait(false);
        if (answer.Status == 404)
        {
            throw new CredentialsException(what + " lists no RAM role: none is attached to this instance.");
        }

        if (!answer.IsSuccess)
        {
            throw new CredentialsException(what + " answered HTTP " + Status(answer) + " when asked for the instance's RAM role.");
        }

        string role = answer.Body.Trim();
        int end = role.IndexOfAny(new[] { '\r', '\n' });
        role = end < 0 ? role : role.Substring(0, end).Trim();
        if (role.Length == 0)
        {
            throw new CredentialsException(what + " lists no RAM role: none is attached to this instance.");
        }

        return role;
    }

    private async Task<HttpAnswer> GetAsync(string path, string? token, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_endpoint, path));
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation(TokenHeader, token);
        }

        return await CredentialHttp.SendAsync(_httpClient, request, _timeout, what, cancellationToken).ConfigureAwait(false);
    }

    private static string Status(HttpAnswer answer) => answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

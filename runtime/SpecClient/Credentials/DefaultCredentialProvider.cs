using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// The default credentials chain, in the order of Alibaba Cloud's official SDKs. Used when
/// <see cref="SpecClientOptions.Credentials"/> is null.
/// </summary>
/// <remarks>
/// <para>The sources, asked in this order until one supplies a credential:</para>
/// <list type="number">
/// <item>The environment variables <c>ALIBABA_CLOUD_ACCESS_KEY_ID</c>, <c>ALIBABA_CLOUD_ACCESS_KEY_SECRET</c> and
/// optionally <c>ALIBABA_CLOUD_SECURITY_TOKEN</c> (<see cref="EnvironmentCredentialProvider"/>).</item>
/// <item>OIDC / RRSA: <c>ALIBABA_CLOUD_ROLE_ARN</c>, <c>ALIBABA_CLOUD_OIDC_PROVIDER_ARN</c> and
/// <c>ALIBABA_CLOUD_OIDC_TOKEN_FILE</c>, through STS AssumeRoleWithOIDC (<see cref="OidcRoleArnCredentialProvider"/>).</item>
/// <item>The CLI's <c>~/.aliyun/config.json</c> (<see cref="CliProfileCredentialProvider"/>), unless
/// <c>ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true</c>.</item>
/// <item>The SDKs' credentials file, <c>ALIBABA_CLOUD_CREDENTIALS_FILE</c> or <c>~/.alibabacloud/credentials</c>
/// (<see cref="ProfileCredentialProvider"/>).</item>
/// <item>The ECS instance's RAM role from the metadata service (<see cref="EcsRamRoleCredentialProvider"/>), named
/// by <c>ALIBABA_CLOUD_ECS_METADATA</c> or looked up, unless <c>ALIBABA_CLOUD_ECS_METADATA_DISABLED=true</c>.</item>
/// <item>The credentials service at <c>ALIBABA_CLOUD_CREDENTIALS_URI</c> (<see cref="UriCredentialProvider"/>).</item>
/// </list>
/// <para>
/// <c>ALIBABA_CLOUD_PROFILE</c> picks the profile of both files. The variables that decide which sources exist are
/// read when the chain is created; the files and services are read when a credential is first asked for. Once a
/// source has supplied a credential the chain sticks to it (see <see cref="CredentialChain"/>). When none does,
/// <see cref="CredentialsException"/> lists each source and why it gave nothing.
/// </para>
/// </remarks>
public sealed class DefaultCredentialProvider : ICredentialProvider
{
    private static DefaultCredentialProvider? s_shared;

    private readonly CredentialChain _chain;

    /// <summary>Creates the chain from the process's environment variables and home directory.</summary>
    public DefaultCredentialProvider()
        : this(CredentialEnvironment.Process())
    {
    }

    internal DefaultCredentialProvider(CredentialEnvironment environment)
    {
        _chain = new CredentialChain(BuildSources(environment));
    }

    /// <summary>The sources, in the order they are asked.</summary>
    public IReadOnlyList<ICredentialProvider> Sources => _chain.Sources;

    /// <summary>The one chain of all clients whose options name no credentials, so they share its cached STS tokens.</summary>
    internal static DefaultCredentialProvider Shared
    {
        get
        {
            DefaultCredentialProvider? shared = Volatile.Read(ref s_shared);
            return shared ?? Interlocked.CompareExchange(ref s_shared, new DefaultCredentialProvider(), null) ?? s_shared!;
        }
    }

    /// <inheritdoc />
    /// <exception cref="CredentialsException">No source supplied a credential; the message lists each source and why.</exception>
    public ValueTask<AccessKeyCredential> GetCredentialAsync(CancellationToken cancellationToken) => _chain.GetCredentialAsync(cancellationToken);

    /// <summary>Lists the sources in order; never a secret.</summary>
    /// <returns>A description of the chain.</returns>
    public override string ToString() => "DefaultCredentialProvider { " + string.Join(", ", (IEnumerable<ICredentialProvider>)_chain.Sources) + " }";

    private static IEnumerable<ICredentialProvider> BuildSources(CredentialEnvironment environment)
    {
        yield return new EnvironmentCredentialProvider(environment.GetVariable);

        yield return (ICredentialProvider?)OidcRoleArnCredentialProvider.FromEnvironment(environment, out string? oidcReason)
            ?? new UnavailableCredentialSource("OIDC (RRSA) through STS AssumeRoleWithOIDC", oidcReason!);

        yield return CredentialText.IsTrue(environment.Variable(CliProfileCredentialProvider.DisabledVariable))
            ? new UnavailableCredentialSource("Alibaba Cloud CLI profile (~/.aliyun/config.json)", "turned off: " + CliProfileCredentialProvider.DisabledVariable + " is true.")
            : new CliProfileCredentialProvider(null, null, environment);

        yield return new ProfileCredentialProvider(null, null, environment);

        yield return (ICredentialProvider?)EcsRamRoleCredentialProvider.FromEnvironment(environment, out string? ecsReason)
            ?? new UnavailableCredentialSource("ECS RAM role (instance metadata service)", ecsReason!);

        yield return UriCredentialProvider.FromEnvironment(environment, out string? uriReason)
            ?? new UnavailableCredentialSource("Credentials URI (" + UriCredentialProvider.UriVariable + ")", uriReason!);
    }
}

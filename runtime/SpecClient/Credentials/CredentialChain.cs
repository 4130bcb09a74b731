using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// Asks each source in turn and uses the first one that supplies a credential. Once a source has supplied one,
/// the chain keeps asking that source alone (as Alibaba Cloud's SDKs do), so a temporary credential is refreshed
/// by the source that issued it and a request never silently switches identity.
/// </summary>
/// <remarks>
/// When no source supplies a credential, <see cref="CredentialsException"/> lists every source in order with the
/// reason it gave; the reasons never hold a secret. Sources are not asked again once one has been chosen; create a
/// new chain to start over.
/// </remarks>
public sealed class CredentialChain : ICredentialProvider
{
    private readonly ICredentialProvider[] _sources;

    // The source that supplied the last credential: asked directly from then on.
    private volatile ICredentialProvider? _chosen;

    /// <summary>Creates a chain of the given sources, asked in this order.</summary>
    /// <param name="sources">The sources; at least one.</param>
    public CredentialChain(params ICredentialProvider[] sources)
        : this((IEnumerable<ICredentialProvider>)sources)
    {
    }

    /// <summary>Creates a chain of the given sources, asked in this order.</summary>
    /// <param name="sources">The sources; at least one.</param>
    public CredentialChain(IEnumerable<ICredentialProvider> sources)
    {
        if (sources is null)
        {
            throw new ArgumentNullException(nameof(sources));
        }

        var list = new List<ICredentialProvider>();
        foreach (ICredentialProvider source in sources)
        {
            list.Add(source ?? throw new ArgumentException("A credential source is null.", nameof(sources)));
        }

        if (list.Count == 0)
        {
            throw new ArgumentException("A credential chain needs at least one source.", nameof(sources));
        }

        _sources = list.ToArray();
    }

    /// <summary>The sources, in the order they are asked.</summary>
    public IReadOnlyList<ICredentialProvider> Sources => _sources;

    /// <inheritdoc />
    /// <exception cref="CredentialsException">No source supplied a credential; the message lists each source and why.</exception>
    public ValueTask<AccessKeyCredential> GetCredentialAsync(CancellationToken cancellationToken)
    {
        ICredentialProvider? chosen = _chosen;
        return chosen is not null ? chosen.GetCredentialAsync(cancellationToken) : new ValueTask<AccessKeyCredential>(SearchAsync(cancellationToken));
    }

    /// <summary>Lists the sources in order.</summary>
    /// <returns>The sources' own descriptions, which hold no secret.</returns>
    public override string ToString() => "CredentialChain { " + string.Join(", ", (IEnumerable<ICredentialProvider>)_sources) + " }";

    private async Task<AccessKeyCredential> SearchAsync(CancellationToken cancellationToken)
    {
        var failures = new List<Exception>(_sources.Length);
        foreach (ICredentialProvider source in _sources)
        {
            try
            {
                AccessKeyCredential credential = await source.GetCredentialAsync(cancellationToken).ConfigureAwait(false);
                _chosen = source;
                return credential;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }

        var message = new StringBuilder("No Alibaba Cloud credentials were found. The sources tried, in order:");
        for (int i = 0; i < _sources.Length; i++)
        {
            message.Append(Environment.NewLine).Append("  ").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(_sources[i]).Append(": ").Append(failures[i].Message);
        }

        message.Append(Environment.NewLine).Append("Set one of them up, or set SpecClientOptions.Credentials.");
        throw new CredentialsException(message.ToString(), new AggregateException(failures));
    }
}

using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// A source of the default chain that is not set up (its variables are not set, or it is turned off): it keeps
/// its place in the chain so that the chain's error still says it was considered, and why it was skipped.
/// </summary>
internal sealed class UnavailableCredentialSource : ICredentialProvider
{
    private readonly string _name;
    private readonly string _reason;

    public UnavailableCredentialSource(string name, string reason)
    {
        _name = name;
        _reason = reason;
    }

    public ValueTask<AccessKeyCredential> GetCredentialAsync(CancellationToken cancellationToken) =>
        throw new CredentialsException(_reason);

    public override string ToString() => _name;
}

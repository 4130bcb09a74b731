using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>Supplies the credential each request is signed with.</summary>
public interface ICredentialProvider
{
    /// <summary>Returns the credential to sign the next request with.</summary>
    ValueTask<AccessKeyCredential> GetCredentialAsync(CancellationToken cancellationToken);
}

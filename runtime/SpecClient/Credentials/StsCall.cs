using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// Runs one STS call of a role source and turns every way it can fail into a <see cref="CredentialsException"/>
/// that says which role and which endpoint, and never holds a secret.
/// </summary>
internal static class StsCall
{
    public static async Task<AccessKeyCredential> RunAsync(string what, Func<CancellationToken, Task<StsCredentialFields>> call, CancellationToken cancellationToken)
    {
        StsCredentialFields fields;
        try
        {
            fields = await call(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ServiceException e)
        {
            throw new CredentialsException(
                what + " failed: STS answered HTTP " + e.StatusCode.ToString(CultureInfo.InvariantCulture)
                + (e.Code is null ? string.Empty : " " + e.Code)
                + (e.ErrorMessage is null ? string.Empty : ": " + e.ErrorMessage)
                + (e.RequestId is null ? "." : " (RequestId " + e.RequestId + ")."),
                e);
        }
        catch (ResponseFormatException e)
        {
            // Not kept as the inner exception: its body excerpt may quote the new AccessKey secret.
            throw new CredentialsException(
                what + " failed: the STS response (HTTP " + e.StatusCode.ToString(CultureInfo.InvariantCulture)
                + (e.RequestId is null ? string.Empty : ", RequestId " + e.RequestId) + ") could not be read.");
        }
        catch (CredentialsException e)
        {
            throw new CredentialsException(what + " failed: no source credential to sign AssumeRole with: " + e.Message, e);
        }
        catch (SpecClientTimeoutException e)
        {
            throw new CredentialsException(what + " failed: " + e.Message, e);
        }
        catch (HttpRequestException e)
        {
            throw new CredentialsException(what + " failed: STS could not be reached (" + e.Message + ").", e);
        }

        return CredentialText.Temporary(what, fields.AccessKeyId, fields.AccessKeySecret, fields.SecurityToken, fields.Expiration);
    }
}

/// <summary>The Credentials object of an STS response, whichever operation returned it.</summary>
internal readonly struct StsCredentialFields
{
    public StsCredentialFields(string? accessKeyId, string? accessKeySecret, string? securityToken, string? expiration)
    {
        AccessKeyId = accessKeyId;
        AccessKeySecret = accessKeySecret;
        SecurityToken = securityToken;
        Expiration = expiration;
    }

    public string? AccessKeyId { get; }

    public string? AccessKeySecret { get; }

    public string? SecurityToken { get; }

    public string? Expiration { get; }
}

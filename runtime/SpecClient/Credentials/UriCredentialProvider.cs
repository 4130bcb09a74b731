using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SpecClient;

/// <summary>
/// Temporary credentials served over HTTP by a local credentials service (<c>ALIBABA_CLOUD_CREDENTIALS_URI</c>):
/// a GET that answers <c>{"Code":"Success","AccessKeyId":…,"AccessKeySecret":…,"SecurityToken":…,"Expiration":…}</c>.
/// Refreshed before they expire.
/// </summary>
public sealed class UriCredentialProvider : RefreshingCredentialProvider
{
    /// <summary>The variable holding the URI in the default chain.</summary>
    public const string UriVariable = "ALIBABA_CLOUD_CREDENTIALS_URI";

    private readonly HttpClient _httpClient;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a provider for <paramref name="uri"/>.</summary>
    /// <param name="uri">The absolute http(s) URI of the credentials service.</param>
    /// <exception cref="ArgumentException">The URI is not an absolute http or https URI.</exception>
    public UriCredentialProvider(string uri)
        : this(uri, SharedHttpClient.Instance, TimeSpan.FromSeconds(10), null)
    {
    }

    internal UriCredentialProvider(string uri, HttpClient httpClient, TimeSpan timeout, Func<DateTimeOffset>? clock)
        : base(clock)
    {
        if (!Uri.TryCreate(uri?.Trim(), UriKind.Absolute, out Uri? parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The credentials URI must be an absolute http:// or https:// URI.", nameof(uri));
        }

        Uri = parsed;
        _httpClient = httpClient;
        _timeout = timeout;
    }

    /// <summary>The address credentials are fetched from.</summary>
    public Uri Uri { get; }

    /// <summary>Shows the URI's scheme, host, port and path (not its query, which may hold a token).</summary>
    /// <returns>A description of the provider.</returns>
    public override string ToString() => "UriCredentialProvider { Uri = " + Uri.GetLeftPart(UriPartial.Path) + " }";

    /// <summary>The provider the variable describes, or null with the reason when it is not set.</summary>
    internal static ICredentialProvider? FromEnvironment(CredentialEnvironment environment, out string? reason)
    {
        string? uri = environment.Variable(UriVariable);
        if (uri is null)
        {
            reason = "not set up: " + UriVariable + " is not set.";
            return null;
        }

        try
        {
            reason = null;
            return new UriCredentialProvider(uri, environment.HttpClient, TimeSpan.FromSeconds(10), environment.Clock);
        }
        catch (ArgumentException e)
        {
            reason = UriVariable + " is set but unusable: " + e.Message;
            return null;
        }
    }

    /// <inheritdoc />
    protected override async Task<AccessKeyCredential> FetchAsync(CancellationToken cancellationToken)
    {
        string what = "The credentials URI " + Uri.GetLeftPart(UriPartial.Path);
        using var request = new HttpRequestMessage(HttpMethod.Get, Uri);
        HttpAnswer answer = await CredentialHttp.SendAsync(_httpClient, request, _timeout, what, cancellationToken).ConfigureAwait(false);
        if (!answer.IsSuccess)
        {
            throw new CredentialsException(what + " answered HTTP " + answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }

        return CredentialHttp.ReadCredential(answer.Body, what);
    }
}

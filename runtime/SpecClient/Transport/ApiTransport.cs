using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SpecClient.Serialization;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// Sends the requests of a generated client: adds the common parameters, signs, sends over
/// <see cref="HttpClient"/>, and turns the response into a typed result or a typed exception.
/// </summary>
/// <remarks>
/// A transport is immutable and thread-safe: it takes a snapshot of <see cref="SpecClientOptions"/> when it
/// is created. Without an injected <see cref="HttpClient"/>, every transport shares one static client; an
/// injected client is never disposed by the transport.
/// </remarks>
public sealed class ApiTransport
{
    private readonly HttpClient _httpClient;
    private readonly ResolvedEndpoint _endpoint;
    private readonly SignatureVersion _signatureVersion;
    private readonly ICredentialProvider _credentials;
    private readonly TimeSpan _timeout;
    private readonly int _maxResponseBytes;
    private readonly Func<DateTimeOffset> _clock;
    private readonly Func<string>? _nonceFactory;
    private readonly bool _anonymous;

    /// <summary>Creates a transport over a shared <see cref="HttpClient"/>.</summary>
    /// <param name="options">The client's settings.</param>
    /// <param name="defaultEndpoint">The product's endpoint from its doc pages, used when <see cref="SpecClientOptions.Endpoint"/> is null.</param>
    /// <exception cref="ArgumentException">
    /// There is no endpoint, it is invalid, it is <c>http://</c> without <see cref="SpecClientOptions.AllowInsecureHttp"/>,
    /// or the timeout or response limit is out of range.
    /// </exception>
    public ApiTransport(SpecClientOptions options, string defaultEndpoint)
        : this(SharedHttpClient.Instance, options, defaultEndpoint)
    {
    }

    /// <summary>Creates a transport over the given <see cref="HttpClient"/> (for example one from IHttpClientFactory).</summary>
    /// <param name="httpClient">The client to send with; the transport never disposes it.</param>
    /// <param name="options">The client's settings.</param>
    /// <param name="defaultEndpoint">The product's endpoint from its doc pages, used when <see cref="SpecClientOptions.Endpoint"/> is null.</param>
    /// <exception cref="ArgumentException">
    /// There is no endpoint, it is invalid, it is <c>http://</c> without <see cref="SpecClientOptions.AllowInsecureHttp"/>,
    /// or the timeout or response limit is out of range.
    /// </exception>
    public ApiTransport(HttpClient httpClient, SpecClientOptions options, string defaultEndpoint)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        TimeSpan timeout = options.Timeout;
        if (timeout != Timeout.InfiniteTimeSpan && (timeout <= TimeSpan.Zero || timeout.TotalMilliseconds > int.MaxValue))
        {
            throw new ArgumentException("SpecClientOptions.Timeout must be positive and at most 24 days, or Timeout.InfiniteTimeSpan.", nameof(options));
        }

        if (options.MaxResponseBytes <= 0)
        {
            throw new ArgumentException("SpecClientOptions.MaxResponseBytes must be positive.", nameof(options));
        }

        if (options.SignatureVersion != SignatureVersion.V1 && options.SignatureVersion != SignatureVersion.V3)
        {
            throw new ArgumentException("SpecClientOptions.SignatureVersion is not a known version.", nameof(options));
        }

        _endpoint = ResolvedEndpoint.Resolve(options.Endpoint, defaultEndpoint, options.AllowInsecureHttp);
        _signatureVersion = options.SignatureVersion;
        _credentials = options.Credentials ?? DefaultCredentialProvider.Shared;
        _timeout = timeout;
        _maxResponseBytes = options.MaxResponseBytes;
        _clock = options.Clock ?? (static () => DateTimeOffset.UtcNow);
        _nonceFactory = options.NonceFactory;
        _anonymous = options.Anonymous;
    }

    /// <summary>The endpoint requests are sent to, for example <c>https://domain.aliyuncs.com/</c>.</summary>
    public Uri Endpoint => _endpoint.BaseUri;

    /// <summary>Signs and sends <paramref name="request"/> and reads the response with <paramref name="reader"/>.</summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="request">The operation and its parameters.</param>
    /// <param name="reader">Reads the success body; it starts on the body's first token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What <paramref name="reader"/> read from the success body.</returns>
    /// <exception cref="ServiceException">The service answered with an error status.</exception>
    /// <exception cref="ResponseFormatException">A success body could not be read, or a body was too large.</exception>
    /// <exception cref="SpecClientTimeoutException">The call did not complete within <see cref="SpecClientOptions.Timeout"/>.</exception>
    /// <exception cref="CredentialsException">The credential provider found no credentials.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="HttpRequestException">The endpoint could not be reached.</exception>
    /// <exception cref="NotSupportedException">The operation is ROA-style, which this transport does not send yet.</exception>
    public Task<T> SendAsync<T>(ApiRequest request, ResponseReader<T> reader, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        if (request.Operation.Style != ApiStyle.Rpc)
        {
            throw new NotSupportedException(
                "The operation " + request.Operation + " is ROA-style; this version of SpecClient sends RPC-style operations only.");
        }

        return SendCoreAsync(request, reader, cancellationToken);
    }

    private async Task<T> SendCoreAsync<T>(ApiRequest request, ResponseReader<T> reader, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_timeout != Timeout.InfiniteTimeSpan)
        {
            timeoutSource.CancelAfter(_timeout);
        }

        CancellationToken token = timeoutSource.Token;
        try
        {
            AccessKeyCredential? credential = _anonymous ? null : await _credentials.GetCredentialAsync(token).ConfigureAwait(false);
            using HttpRequestMessage message = CreateMessage(request, credential);
            using HttpResponseMessage response = await _httpClient
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token)
                .ConfigureAwait(false);
            using ResponseBody body = await ResponseBody.ReadAsync(response.Content, _maxResponseBytes, token).ConfigureAwait(false);
            return ResponseHandler.Handle(response, body, reader, credential, _maxResponseBytes);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            // Whatever layer noticed first, report the caller's own token.
            if (e.CancellationToken == cancellationToken)
            {
                throw;
            }

            throw new OperationCanceledException("The call to " + request.Operation + " was canceled.", e, cancellationToken);
        }
        catch (OperationCanceledException e) when (timeoutSource.IsCancellationRequested || e.InnerException is TimeoutException)
        {
            throw TimedOut(request.Operation, e, timeoutSource.IsCancellationRequested);
        }
    }

    private HttpRequestMessage CreateMessage(ApiRequest request, AccessKeyCredential? credential)
    {
        string timestamp = WireValues.Timestamp(_clock());
        HttpRequestMessage message;
        if (credential is null)
        {
            message = AnonymousRpcRequest.Create(request, _endpoint, timestamp);
        }
        else if (_signatureVersion == SignatureVersion.V1)
        {
            message = RpcV1Request.Create(request, credential, _endpoint, timestamp, _nonceFactory?.Invoke() ?? SignatureNonce.NewGuid().ToString("D"));
        }
        else
        {
            message = Acs3Request.Create(request, credential, _endpoint, timestamp, _nonceFactory?.Invoke() ?? SignatureNonce.NewGuid().ToString("N"));
        }

        message.Headers.TryAddWithoutValidation("User-Agent", WireValues.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        return message;
    }

    private SpecClientTimeoutException TimedOut(OperationDescriptor operation, OperationCanceledException cause, bool ours)
    {
        TimeSpan limit = ours ? _timeout : _httpClient.Timeout;
        string message = "The call to " + operation + " did not complete within "
            + limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s"
            + (ours ? " (SpecClientOptions.Timeout)." : " (the injected HttpClient's Timeout).");
        return new SpecClientTimeoutException(message, limit, new TimeoutException(message, cause));
    }
}

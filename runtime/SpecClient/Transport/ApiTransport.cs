using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SpecClient.Serialization;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// Sends the requests of a generated client: adds the common parameters, signs, sends over
/// <see cref="HttpClient"/>, retries what is safe to retry, and turns the response into a typed result or a
/// typed exception, with a log line, a span and metrics for each call.
/// </summary>
/// <remarks>
/// A transport is immutable and thread-safe: it takes a snapshot of <see cref="SpecClientOptions"/> when it
/// is created. Without an injected <see cref="HttpClient"/>, every transport shares one static client; an
/// injected client is never disposed by the transport. Each transport has its own retry budget
/// (see <see cref="RetryOptions"/>).
/// </remarks>
public sealed class ApiTransport
{
    private readonly HttpClient _httpClient;
    private readonly bool _sharedClient;
    private readonly ResolvedEndpoint _endpoint;
    private readonly SignatureVersion _signatureVersion;
    private readonly ICredentialProvider _credentials;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _connectTimeout;
    private readonly int _maxResponseBytes;
    private readonly ResponseFormat _format;
    private readonly RetryPolicy _retry;
    private readonly ILogger _logger;
    private readonly Func<DateTimeOffset> _clock;
    private readonly Func<string>? _nonceFactory;
    private readonly bool _anonymous;
    private readonly string? _regionId;

    /// <summary>Creates a transport over a shared <see cref="HttpClient"/>.</summary>
    /// <param name="options">The client's settings.</param>
    /// <param name="defaultEndpoint">The product's endpoint from its doc pages, used when <see cref="SpecClientOptions.Endpoint"/> is null.</param>
    /// <exception cref="ArgumentException">
    /// There is no endpoint, it is invalid, it is <c>http://</c> without <see cref="SpecClientOptions.AllowInsecureHttp"/>,
    /// or a timeout, the response limit or a retry setting is out of range.
    /// </exception>
    public ApiTransport(SpecClientOptions options, string defaultEndpoint)
        : this(SharedHttpClient.Instance, options, EndpointRules.Central(null, defaultEndpoint), sharedClient: true)
    {
    }

    /// <summary>Creates a transport over a shared <see cref="HttpClient"/>, finding the endpoint with the product's rules.</summary>
    /// <param name="options">The client's settings.</param>
    /// <param name="endpoints">The product's endpoints (the generated client's <c>Endpoints</c>), applied to <see cref="SpecClientOptions.Endpoint"/> and <see cref="SpecClientOptions.RegionId"/>.</param>
    /// <exception cref="ArgumentException">
    /// No endpoint resolves, it is invalid, it is <c>http://</c> without <see cref="SpecClientOptions.AllowInsecureHttp"/>,
    /// or a timeout, the response limit or a retry setting is out of range.
    /// </exception>
    public ApiTransport(SpecClientOptions options, EndpointRules endpoints)
        : this(SharedHttpClient.Instance, options, endpoints, sharedClient: true)
    {
    }

    /// <summary>Creates a transport over the given <see cref="HttpClient"/> (for example one from IHttpClientFactory).</summary>
    /// <param name="httpClient">The client to send with; the transport never disposes it.</param>
    /// <param name="options">The client's settings.</param>
    /// <param name="defaultEndpoint">The product's endpoint from its doc pages, used when <see cref="SpecClientOptions.Endpoint"/> is null.</param>
    /// <exception cref="ArgumentException">
    /// There is no endpoint, it is invalid, it is <c>http://</c> without <see cref="SpecClientOptions.AllowInsecureHttp"/>,
    /// or a timeout, the response limit or a retry setting is out of range.
    /// </exception>
    public ApiTransport(HttpClient httpClient, SpecClientOptions options, string defaultEndpoint)
        : this(httpClient, options, EndpointRules.Central(null, defaultEndpoint), sharedClient: false)
    {
    }

    /// <summary>Creates a transport over the given <see cref="HttpClient"/>, finding the endpoint with the product's rules.</summary>
    /// <param name="httpClient">The client to send with; the transport never disposes it.</param>
    /// <param name="options">The client's settings.</param>
    /// <param name="endpoints">The product's endpoints (the generated client's <c>Endpoints</c>), applied to <see cref="SpecClientOptions.Endpoint"/> and <see cref="SpecClientOptions.RegionId"/>.</param>
    /// <exception cref="ArgumentException">
    /// No endpoint resolves, it is invalid, it is <c>http://</c> without <see cref="SpecClientOptions.AllowInsecureHttp"/>,
    /// or a timeout, the response limit or a retry setting is out of range.
    /// </exception>
    public ApiTransport(HttpClient httpClient, SpecClientOptions options, EndpointRules endpoints)
        : this(httpClient, options, endpoints, sharedClient: false)
    {
    }

    private ApiTransport(HttpClient httpClient, SpecClientOptions options, EndpointRules endpoints, bool sharedClient)
    {
        if (endpoints is null)
        {
            throw new ArgumentNullException(nameof(endpoints));
        }

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

        TimeSpan connectTimeout = options.ConnectTimeout;
        if (connectTimeout != Timeout.InfiniteTimeSpan && (connectTimeout <= TimeSpan.Zero || connectTimeout.TotalMilliseconds > int.MaxValue))
        {
            throw new ArgumentException("SpecClientOptions.ConnectTimeout must be positive and at most 24 days, or Timeout.InfiniteTimeSpan.", nameof(options));
        }

        if (options.MaxResponseBytes <= 0)
        {
            throw new ArgumentException("SpecClientOptions.MaxResponseBytes must be positive.", nameof(options));
        }

        if (options.SignatureVersion != SignatureVersion.V1 && options.SignatureVersion != SignatureVersion.V3)
        {
            throw new ArgumentException("SpecClientOptions.SignatureVersion is not a known version.", nameof(options));
        }

        if (options.Format != ResponseFormat.Json && options.Format != ResponseFormat.Xml)
        {
            throw new ArgumentException("SpecClientOptions.Format is not a known format.", nameof(options));
        }

        _sharedClient = sharedClient;
        _endpoint = ResolvedEndpoint.Resolve(endpoints.Resolve(options.Endpoint, options.RegionId), options.AllowInsecureHttp);
        _regionId = string.IsNullOrWhiteSpace(options.RegionId) ? null : options.RegionId!.Trim();
        _signatureVersion = options.SignatureVersion;
        _credentials = options.Credentials ?? DefaultCredentialProvider.Shared;
        _anonymous = options.Anonymous;
        _timeout = timeout;
        _connectTimeout = connectTimeout;
        _maxResponseBytes = options.MaxResponseBytes;
        _format = options.Format;
        _retry = RetryPolicy.From(options.Retry);
        _logger = options.LoggerFactory?.CreateLogger(SpecClientTelemetry.LoggerCategory) ?? NullLogger.Instance;
        _clock = options.Clock ?? (static () => DateTimeOffset.UtcNow);
        _nonceFactory = options.NonceFactory;
    }

    /// <summary>The endpoint requests are sent to, for example <c>https://domain.aliyuncs.com/</c>.</summary>
    public Uri Endpoint => _endpoint.BaseUri;

    /// <summary>The region of <see cref="SpecClientOptions.RegionId"/>, sent as the <c>RegionId</c> parameter of operations that take one when a request leaves it null.</summary>
    public string? RegionId => _regionId;

    /// <summary>The retry budget's tokens left (see <see cref="RetryOptions"/>); for tests and diagnostics.</summary>
    internal int RetryBudgetAvailable => _retry.Budget.Available;

    /// <summary>Signs and sends <paramref name="request"/> and reads the response with <paramref name="reader"/>.</summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="request">The operation and its parameters.</param>
    /// <param name="reader">Reads the success body; it starts on the body's first token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What <paramref name="reader"/> read from the success body.</returns>
    /// <exception cref="ThrottlingException">The service kept throttling (or asked for a longer wait than allowed).</exception>
    /// <exception cref="ClientErrorException">The service refused the request (4xx).</exception>
    /// <exception cref="ServerErrorException">The service failed (5xx) and the call was not, or no longer, retried.</exception>
    /// <exception cref="ServiceException">The service answered with another error status.</exception>
    /// <exception cref="ResponseFormatException">A success body could not be read, or a body was too large.</exception>
    /// <exception cref="SpecClientTimeoutException">
    /// The call did not complete within <see cref="SpecClientOptions.Timeout"/>, or its last attempt hit
    /// <see cref="RetryOptions.AttemptTimeout"/>, the connect timeout or the injected client's timeout.
    /// </exception>
    /// <exception cref="CredentialsException">The credential provider found no credentials.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <exception cref="HttpRequestException">The endpoint could not be reached, or the connection broke.</exception>
    /// <exception cref="ArgumentException">The operation requires a RegionId that neither the request nor <see cref="SpecClientOptions.RegionId"/> gives, or a ROA path parameter has no value.</exception>
    public Task<T> SendAsync<T>(ApiRequest request, ResponseReader<T> reader, CancellationToken cancellationToken) =>
        Start(request, new SuccessReader<T>(reader ?? throw new ArgumentNullException(nameof(reader)), null), cancellationToken);

    /// <summary>
    /// As <see cref="SendAsync{T}(ApiRequest, ResponseReader{T}, CancellationToken)"/>, and then fills what the
    /// success's headers carry into the result (<paramref name="headersReader"/>): generated responses with
    /// header fields (SLS's <c>x-log-progress</c>, <c>x-log-count</c>) and SLS's request id.
    /// </summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="request">The operation and its parameters.</param>
    /// <param name="reader">Reads the success body.</param>
    /// <param name="headersReader">Reads the success headers into the result.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response.</returns>
    public Task<T> SendAsync<T>(ApiRequest request, ResponseReader<T> reader, ResponseHeadersReader<T> headersReader, CancellationToken cancellationToken) =>
        Start(
            request,
            new SuccessReader<T>(reader ?? throw new ArgumentNullException(nameof(reader)), headersReader ?? throw new ArgumentNullException(nameof(headersReader))),
            cancellationToken);

    /// <summary>
    /// Sends <paramref name="request"/> to an operation that answers bytes rather than JSON (SLS's <c>PullLogs</c>,
    /// protocol buffers): asks for <paramref name="mediaType"/> (<c>Accept</c>) and, from SLS, for a zlib-compressed
    /// body (<c>Accept-Encoding: deflate</c>); hands the body, decompressed as <c>x-log-compresstype</c> says and
    /// checked against <c>x-log-bodyrawsize</c>, to <paramref name="reader"/>; then fills what the headers carry.
    /// </summary>
    /// <typeparam name="T">The response type.</typeparam>
    /// <param name="request">The operation and its parameters.</param>
    /// <param name="mediaType">The media type of the body asked for, for example <c>application/x-protobuf</c>.</param>
    /// <param name="reader">Makes the response from the body's bytes.</param>
    /// <param name="headersReader">Reads the success headers into the result, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ResponseFormatException">
    /// The body is compressed in a way SpecClient does not read, does not decompress, or is not the size
    /// <c>x-log-bodyrawsize</c> gives (the exception carries the request id), or is over <see cref="SpecClientOptions.MaxResponseBytes"/>.
    /// </exception>
    /// <remarks>The other exceptions are those of <see cref="SendAsync{T}(ApiRequest, ResponseReader{T}, CancellationToken)"/>.</remarks>
    public Task<T> SendAsync<T>(ApiRequest request, string mediaType, BinaryResponseReader<T> reader, ResponseHeadersReader<T>? headersReader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(mediaType))
        {
            throw new ArgumentException("The media type of the body asked for is required.", nameof(mediaType));
        }

        return Start(request, new SuccessReader<T>(mediaType, reader ?? throw new ArgumentNullException(nameof(reader)), headersReader), cancellationToken);
    }

    // The checks every SendAsync overload makes before anything is sent (they throw at the call, not in the task).
    private Task<T> Start<T>(ApiRequest request, SuccessReader<T> reader, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        request.FillRegionId(_regionId);
        return SendCoreAsync(request, reader, cancellationToken);
    }

    private async Task<T> SendCoreAsync<T>(ApiRequest request, SuccessReader<T> reader, CancellationToken cancellationToken)
    {
        OperationDescriptor operation = request.Operation;
        long started = Stopwatch.GetTimestamp();
        Activity? activity = Telemetry.StartCall(operation, _endpoint.BaseUri);
        using var callSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_timeout != Timeout.InfiniteTimeSpan)
        {
            callSource.CancelAfter(_timeout);
        }

        CancellationToken callToken = callSource.Token;

        // A success's request id is for the span and the Debug line only: its header is not parsed when neither wants it.
        bool readRequestId = activity is not null || _logger.IsEnabled(LogLevel.Debug);
        int attempt = 0;
        int status = 0;
        try
        {
            while (true)
            {
                attempt++;
                AccessKeyCredential? credential = _anonymous ? null : await _credentials.GetCredentialAsync(callToken).ConfigureAwait(false);
                Outcome<T> outcome = await AttemptAsync(request, reader, credential, attempt, readRequestId, callToken).ConfigureAwait(false);
                status = outcome.Status;
                if (outcome.Error is null)
                {
                    _retry.Budget.Release(_retry.SuccessRefill);
                    double elapsed = Telemetry.Seconds(started, Stopwatch.GetTimestamp());
                    Log.Succeeded(_logger, operation.Product, operation.Action, status, attempt, elapsed * 1000, outcome.RequestId);
                    Telemetry.EndCall(activity, operation, _endpoint.BaseUri, elapsed, attempt, status, outcome.RequestId, null, null, null);
                    return outcome.Result!;
                }

                TimeSpan? delay = RetryDelay(operation, outcome, attempt, started);
                if (delay is null)
                {
                    throw Final(outcome.Error);
                }

                string reason = Reason(outcome.Kind);
                Log.Retrying(_logger, operation.Product, operation.Action, attempt, reason, status, (outcome.Error as ServiceException)?.Code, outcome.RequestId, delay.Value.TotalMilliseconds);
                Telemetry.RecordRetry(activity, operation, reason, attempt, delay.Value);
                if (delay.Value > TimeSpan.Zero)
                {
                    await _retry.Delay(delay.Value, callToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && IsCancellation(e))
        {
            // Whatever layer noticed first, report the caller's own token.
            Canceled(activity, operation, started, attempt, status, e);
            if (e is OperationCanceledException canceled && canceled.CancellationToken == cancellationToken)
            {
                throw;
            }

            throw new OperationCanceledException("The call to " + operation + " was canceled.", e, cancellationToken);
        }
        catch (Exception e) when (callSource.IsCancellationRequested && IsCancellation(e))
        {
            SpecClientTimeoutException timedOut = TimedOut(operation, e, _timeout, "SpecClientOptions.Timeout");
            Fail(activity, operation, started, attempt, status, timedOut);
            throw timedOut;
        }
        catch (Exception e) when (Fail(activity, operation, started, attempt, status, e))
        {
            // Never reached: Fail logs and records, then lets the exception pass unchanged.
            throw;
        }
    }

    /// <summary>One signed request and its response. Throws only what ends the call; returns what may be retried.</summary>
    private async Task<Outcome<T>> AttemptAsync<T>(ApiRequest request, SuccessReader<T> reader, AccessKeyCredential? credential, int attempt, bool readRequestId, CancellationToken callToken)
    {
        CancellationTokenSource? attemptSource = null;
        CancellationToken token = callToken;
        if (_retry.AttemptTimeout is { } attemptTimeout)
        {
            attemptSource = CancellationTokenSource.CreateLinkedTokenSource(callToken);
            attemptSource.CancelAfter(attemptTimeout);
            token = attemptSource.Token;
        }

        try
        {
            using HttpRequestMessage message = CreateMessage(request, credential, reader.MediaType);
            Log.Sending(_logger, request.Operation.Product, request.Operation.Action, attempt, _endpoint.HostHeader, credential?.AccessKeyId ?? "(anonymous)");
            HttpResponseMessage response;
            try
            {
                response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            }
            catch (HttpRequestException e) when (!callToken.IsCancellationRequested)
            {
                return Outcome<T>.Failed(ConnectionFailures.BeforeSent(e) ? FailureKind.NotSent : FailureKind.LostAfterSend, e, 0, null, null);
            }
            catch (OperationCanceledException e) when (!callToken.IsCancellationRequested)
            {
                if (attemptSource?.IsCancellationRequested != true && _httpClient.Timeout == Timeout.InfiniteTimeSpan && e.InnerException is TimeoutException)
                {
                    // No limit of ours and none of the HttpClient: the handler's own connect timeout (SocketsHttpHandler.
                    // ConnectTimeout, or the shared client's handshake backstop) elapsed, before anything was sent.
                    return Outcome<T>.Failed(FailureKind.NotSent, HandlerConnectTimedOut(e), 0, null, null);
                }

                // Neither the caller nor the call's limit: this attempt's limit, or the injected HttpClient's Timeout.
                return Outcome<T>.Failed(FailureKind.AttemptTimeout, AttemptTimedOut(request.Operation, e, attemptSource), 0, null, null);
            }

            using (response)
            {
                int status = (int)response.StatusCode;
                bool success = status >= 200 && status <= 299;
                ResponseBody body;
                try
                {
                    body = await ResponseBody.ReadAsync(
                        response.Content,
                        success ? _maxResponseBytes : Math.Min(_maxResponseBytes, ResponseHandler.MaxErrorBytes),
                        keepPrefix: !success,
                        token).ConfigureAwait(false);
                }
                catch (Exception e) when ((e is IOException || e is HttpRequestException) && !callToken.IsCancellationRequested)
                {
                    string? headerId = ResponseHandler.HeaderRequestId(response);
                    var lost = new HttpRequestException(
                        "The connection broke while the response (HTTP " + status.ToString(CultureInfo.InvariantCulture)
                        + (headerId is null ? string.Empty : ", RequestId " + headerId) + ") of " + request.Operation + " was read.",
                        e);
                    return Outcome<T>.Failed(FailureKind.LostAfterSend, lost, status, headerId, null);
                }
                catch (OperationCanceledException e) when (!callToken.IsCancellationRequested)
                {
                    return Outcome<T>.Failed(FailureKind.AttemptTimeout, AttemptTimedOut(request.Operation, e, attemptSource), status, ResponseHandler.HeaderRequestId(response), null);
                }

                using (body)
                {
                    if (success)
                    {
                        T result = reader.Read(response, body, credential, _maxResponseBytes, request.Operation.Style == ApiStyle.Sls);
                        return Outcome<T>.Succeeded(result, status, readRequestId ? ResponseHandler.HeaderRequestId(response) : null);
                    }

                    DateTimeOffset now = _clock();
                    ServiceException error = ResponseHandler.CreateError(response, body, credential, _retry, now);
                    FailureKind kind = error is ThrottlingException ? FailureKind.Throttled
                        : status >= 500 && status <= 599 ? FailureKind.ServerError
                        : FailureKind.Final;
                    TimeSpan? retryAfter = error is ThrottlingException throttling ? throttling.RetryAfter : RetryAfterHeader.Read(response, now);
                    return Outcome<T>.Failed(kind, error, status, error.RequestId, retryAfter);
                }
            }
        }
        finally
        {
            attemptSource?.Dispose();
        }
    }

    /// <summary>The wait before the next attempt, or null when the failure is not to be retried.</summary>
    private TimeSpan? RetryDelay<T>(OperationDescriptor operation, Outcome<T> outcome, int attempt, long started)
    {
        string? whyNot = null;
        TimeSpan delay = TimeSpan.Zero;
        if (!_retry.MayRetry(outcome.Kind, operation))
        {
            if (outcome.Kind == FailureKind.Final)
            {
                return null;
            }

            whyNot = "the operation may have changed something (RetryOptions.RetryNonIdempotentOnServerErrors is off)";
        }
        else if (attempt >= _retry.MaxAttempts)
        {
            whyNot = "RetryOptions.MaxAttempts (" + _retry.MaxAttempts.ToString(CultureInfo.InvariantCulture) + ") reached";
        }
        else if (outcome.RetryAfter > _retry.MaxDelay)
        {
            whyNot = "the service asked to wait longer than RetryOptions.MaxDelay";
        }
        else
        {
            delay = _retry.NextDelay(attempt, outcome.Kind, outcome.RetryAfter);
            if (_timeout != Timeout.InfiniteTimeSpan
                && TimeSpan.FromSeconds(Telemetry.Seconds(started, Stopwatch.GetTimestamp())) + delay >= _timeout)
            {
                whyNot = "the wait would outlast SpecClientOptions.Timeout";
            }
            else if (!_retry.Budget.TryAcquire(_retry.Cost(outcome.Kind)))
            {
                whyNot = "the retry budget is spent (the service has been failing)";
            }
        }

        if (whyNot is not null)
        {
            Log.NotRetried(_logger, operation.Product, operation.Action, attempt, Reason(outcome.Kind), outcome.Status, whyNot);
            return null;
        }

        return delay;
    }

    // bytesMediaType: the media type of an operation that answers bytes (Accept), or null for JSON or XML.
    private HttpRequestMessage CreateMessage(ApiRequest request, AccessKeyCredential? credential, string? bytesMediaType)
    {
        string timestamp = WireValues.Timestamp(_clock());
        bool xml = _format == ResponseFormat.Xml;
        string accept = bytesMediaType ?? Accept(xml);
        HttpRequestMessage message;
        if (request.Operation.Style != ApiStyle.Rpc)
        {
            message = CreateRoaMessage(request, credential, timestamp, accept);
        }
        else if (credential is null)
        {
            // Anonymous operations (STS AssumeRoleWithOIDC) authenticate with their own token, unsigned.
            message = AnonymousRpcRequest.Create(request, _endpoint, timestamp);
        }
        else if (_signatureVersion == SignatureVersion.V1)
        {
            message = RpcV1Request.Create(request, credential, _endpoint, timestamp, _nonceFactory?.Invoke() ?? SignatureNonce.NewGuid().ToString("D"), xml ? "XML" : "JSON");
        }
        else
        {
            message = Acs3Request.Create(request, credential, _endpoint, timestamp, _nonceFactory?.Invoke() ?? SignatureNonce.NewGuid().ToString("N"), xml ? "XML" : null);
        }

        message.Headers.TryAddWithoutValidation("User-Agent", WireValues.UserAgent);
        if (request.Operation.Style == ApiStyle.Rpc || !message.Headers.Contains("Accept"))
        {
            // ROA V1 signs Accept, so it sets its own; an RPC request has none yet (no lookup needed).
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (bytesMediaType is not null && request.Operation.Style == ApiStyle.Sls)
        {
            // SLS compresses bytes it answers as asked here (x-log-compresstype); unsigned, like Accept.
            message.Headers.TryAddWithoutValidation("Accept-Encoding", SlsCompression.AcceptEncoding);
        }
#if NET8_0_OR_GREATER
        if (_sharedClient)
        {
            message.Options.Set(SharedHttpClient.ConnectTimeoutKey, _connectTimeout);
        }
#endif
        return message;
    }

    // ROA operations: V3 signs the path, query, headers and body hash; V1 (ROA's own "acs" signature) signs
    // the method, content headers, x-acs-* headers and the resource. SLS has only its own "LOG" signature.
    private HttpRequestMessage CreateRoaMessage(ApiRequest request, AccessKeyCredential? credential, string timestamp, string accept)
    {
        if (credential is null)
        {
            throw new NotSupportedException("The ROA operation " + request.Operation + " cannot be sent anonymously; give the client credentials.");
        }

        // A host parameter (SLS's project) is the first label of the host, signed as part of it.
        ResolvedEndpoint endpoint = request.HostLabel is { } label ? _endpoint.WithHostLabel(label) : _endpoint;
        if (request.Operation.Style == ApiStyle.Sls)
        {
            return SlsRequest.Create(request, credential, endpoint, _clock());
        }

        string nonce = _nonceFactory?.Invoke() ?? SignatureNonce.NewGuid().ToString("N");
        return _signatureVersion == SignatureVersion.V1
            ? RoaV1Request.Create(request, credential, endpoint, _clock(), nonce, accept)
            : RoaRequest.Create(request, credential, endpoint, timestamp, nonce);
    }

    private static string Accept(bool xml) => xml ? "application/xml" : "application/json";

    // The exception the caller sees for the last failed attempt, with its original stack.
    private Exception Final(Exception error)
    {
        if (error is HttpRequestException && ConnectionFailures.IsConnectTimeout(error, out TimeSpan connectTimeout))
        {
            error = new SpecClientTimeoutException(
                "Could not connect to " + _endpoint.HostHeader + " within "
                + connectTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s (SpecClientOptions.ConnectTimeout).",
                connectTimeout,
                new TimeoutException(error.Message, error));
            return error;
        }

        ExceptionDispatchInfo.Capture(error).Throw();
        return error;
    }

    private bool Fail(Activity? activity, OperationDescriptor operation, long started, int attempt, int status, Exception error)
    {
        var service = error as ServiceException;
        var format = error as ResponseFormatException;
        status = service?.StatusCode ?? format?.StatusCode ?? status;
        string? requestId = service?.RequestId ?? format?.RequestId;
        double elapsed = Telemetry.Seconds(started, Stopwatch.GetTimestamp());

        // A service error says all in its fields; for the rest the exception (redacted by construction) tells what broke.
        Log.Failed(_logger, operation.Product, operation.Action, attempt, elapsed * 1000, status, service?.Code, requestId, service is null ? error : null);
        Telemetry.EndCall(activity, operation, _endpoint.BaseUri, elapsed, attempt, status, requestId, service?.Code, Telemetry.ErrorType(error), error.Message);
        return false;
    }

    private void Canceled(Activity? activity, OperationDescriptor operation, long started, int attempt, int status, Exception error)
    {
        Log.Canceled(_logger, operation.Product, operation.Action, attempt);
        double elapsed = Telemetry.Seconds(started, Stopwatch.GetTimestamp());
        Telemetry.EndCall(activity, operation, _endpoint.BaseUri, elapsed, attempt, status, null, null, Telemetry.ErrorType(error), "Canceled by the caller.");
    }

    private SpecClientTimeoutException AttemptTimedOut(OperationDescriptor operation, OperationCanceledException cause, CancellationTokenSource? attemptSource)
    {
        bool ours = attemptSource?.IsCancellationRequested == true;
        return ours
            ? TimedOut(operation, cause, _retry.AttemptTimeout!.Value, "RetryOptions.AttemptTimeout, for one attempt")
            : TimedOut(operation, cause, _httpClient.Timeout, "the injected HttpClient's Timeout");
    }

    private SpecClientTimeoutException HandlerConnectTimedOut(OperationCanceledException cause)
    {
        string message = "Could not connect to " + _endpoint.HostHeader + ": the HTTP handler's connect timeout elapsed ("
            + cause.InnerException!.Message + ").";

        // The handler's limit is not visible from here.
        return new SpecClientTimeoutException(message, Timeout.InfiniteTimeSpan, new TimeoutException(message, cause));
    }

    private static SpecClientTimeoutException TimedOut(OperationDescriptor operation, Exception cause, TimeSpan limit, string which)
    {
        string message = "The call to " + operation + " did not complete within "
            + limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s (" + which + ").";
        return new SpecClientTimeoutException(message, limit, new TimeoutException(message, cause));
    }

    private static bool IsCancellation(Exception e) => e is OperationCanceledException || e is HttpRequestException || e is IOException;

    private static string Reason(FailureKind kind)
    {
        switch (kind)
        {
            case FailureKind.Throttled:
                return "throttling";
            case FailureKind.ServerError:
                return "server_error";
            case FailureKind.NotSent:
                return "connect_failure";
            case FailureKind.LostAfterSend:
                return "connection_lost";
            case FailureKind.AttemptTimeout:
                return "timeout";
            default:
                return "error";
        }
    }

    /// <summary>What one attempt gave: a result, or the error and what is needed to decide on a retry.</summary>
    private readonly struct Outcome<T>
    {
        private Outcome(T? result, Exception? error, FailureKind kind, int status, string? requestId, TimeSpan? retryAfter)
        {
            Result = result;
            Error = error;
            Kind = kind;
            Status = status;
            RequestId = requestId;
            RetryAfter = retryAfter;
        }

        public T? Result { get; }

        public Exception? Error { get; }

        public FailureKind Kind { get; }

        public int Status { get; }

        public string? RequestId { get; }

        public TimeSpan? RetryAfter { get; }

        public static Outcome<T> Succeeded(T result, int status, string? requestId) => new(result, null, FailureKind.Final, status, requestId, null);

        public static Outcome<T> Failed(FailureKind kind, Exception error, int status, string? requestId, TimeSpan? retryAfter) =>
            new(default, error, kind, status, requestId, retryAfter);
    }
}

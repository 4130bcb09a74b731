using System;

namespace SpecClient;

/// <summary>
/// The service asked the caller to slow down: an error code such as <c>Throttling</c>, <c>Throttling.User</c>,
/// <c>Throttling.Api</c> or <c>ServiceUnavailable</c>, or the status 429 or 503. The request was not carried
/// out, so the transport retries it (with backoff, for every operation) before throwing this.
/// </summary>
/// <remarks>
/// Thrown when the retries ran out, the retry budget was spent, or the service asked for a longer wait
/// (<see cref="RetryAfter"/>) than <see cref="RetryOptions.MaxDelay"/> allows.
/// </remarks>
public class ThrottlingException : ServiceException
{
    /// <summary>Creates the exception from the parts of an error response.</summary>
    /// <param name="statusCode">The HTTP status code, for example 400, 429 or 503.</param>
    /// <param name="code">The error code, for example <c>Throttling.User</c>.</param>
    /// <param name="errorMessage">The service's message.</param>
    /// <param name="requestId">The request id from the body or the <c>x-acs-request-id</c> header.</param>
    /// <param name="hostId">The host that answered, when the body names it.</param>
    /// <param name="recommend">The diagnosis link the service recommends, when given.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ThrottlingException(
        int statusCode,
        string? code,
        string? errorMessage,
        string? requestId,
        string? hostId = null,
        string? recommend = null,
        Exception? innerException = null)
        : base(statusCode, code, errorMessage, requestId, hostId, recommend, innerException)
    {
    }

    /// <summary>Creates the exception from the parts of an error response and the wait the service asked for.</summary>
    /// <param name="statusCode">The HTTP status code, for example 400, 429 or 503.</param>
    /// <param name="code">The error code, for example <c>Throttling.User</c>.</param>
    /// <param name="errorMessage">The service's message.</param>
    /// <param name="requestId">The request id from the body or the <c>x-acs-request-id</c> header.</param>
    /// <param name="hostId">The host that answered, when the body names it.</param>
    /// <param name="recommend">The diagnosis link the service recommends, when given.</param>
    /// <param name="accessDeniedDetail">Which permission was missing, when the service says (rare for throttling).</param>
    /// <param name="retryAfter">The wait the service asked for (<c>Retry-After</c> or <c>x-acs-retry-after</c>), or null.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ThrottlingException(
        int statusCode,
        string? code,
        string? errorMessage,
        string? requestId,
        string? hostId,
        string? recommend,
        AccessDeniedDetail? accessDeniedDetail,
        TimeSpan? retryAfter,
        Exception? innerException = null)
        : base(statusCode, code, errorMessage, requestId, hostId, recommend, accessDeniedDetail, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>
    /// How long the service asked to wait before the next request (<c>Retry-After</c> or
    /// <c>x-acs-retry-after</c>), or null when it did not say.
    /// </summary>
    public TimeSpan? RetryAfter { get; }
}

using System;

namespace SpecClient;

/// <summary>
/// The service (or a gateway in front of it) failed with a 5xx status other than 503. Retried automatically for
/// read operations; for an operation that changes something the request may have taken effect, so it is only
/// retried when <see cref="RetryOptions.RetryNonIdempotentOnServerErrors"/> is set.
/// </summary>
public class ServerErrorException : ServiceException
{
    /// <summary>Creates the exception from the parts of an error response.</summary>
    /// <param name="statusCode">The HTTP status code, for example 500.</param>
    /// <param name="code">The error code.</param>
    /// <param name="errorMessage">The service's message.</param>
    /// <param name="requestId">The request id from the body or the <c>x-acs-request-id</c> header.</param>
    /// <param name="hostId">The host that answered, when the body names it.</param>
    /// <param name="recommend">The diagnosis link the service recommends, when given.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ServerErrorException(
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

    /// <summary>Creates the exception from the parts of an error response, with the RAM detail of an access denial.</summary>
    /// <param name="statusCode">The HTTP status code, for example 500.</param>
    /// <param name="code">The error code.</param>
    /// <param name="errorMessage">The service's message.</param>
    /// <param name="requestId">The request id from the body or the <c>x-acs-request-id</c> header.</param>
    /// <param name="hostId">The host that answered, when the body names it.</param>
    /// <param name="recommend">The diagnosis link the service recommends, when given.</param>
    /// <param name="accessDeniedDetail">Which permission was missing, when the service says.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ServerErrorException(
        int statusCode,
        string? code,
        string? errorMessage,
        string? requestId,
        string? hostId,
        string? recommend,
        AccessDeniedDetail? accessDeniedDetail,
        Exception? innerException = null)
        : base(statusCode, code, errorMessage, requestId, hostId, recommend, accessDeniedDetail, innerException)
    {
    }
}

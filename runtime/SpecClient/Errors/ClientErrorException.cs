using System;

namespace SpecClient;

/// <summary>
/// The service refused the request with a 4xx status other than throttling: the request, the credentials or the
/// permissions need fixing; sending it again unchanged gives the same answer. Never retried.
/// </summary>
public class ClientErrorException : ServiceException
{
    /// <summary>Creates the exception from the parts of an error response.</summary>
    /// <param name="statusCode">The HTTP status code, for example 400.</param>
    /// <param name="code">The error code.</param>
    /// <param name="errorMessage">The service's message.</param>
    /// <param name="requestId">The request id from the body or the <c>x-acs-request-id</c> header.</param>
    /// <param name="hostId">The host that answered, when the body names it.</param>
    /// <param name="recommend">The diagnosis link the service recommends, when given.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ClientErrorException(
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
    /// <param name="statusCode">The HTTP status code, for example 400.</param>
    /// <param name="code">The error code.</param>
    /// <param name="errorMessage">The service's message.</param>
    /// <param name="requestId">The request id from the body or the <c>x-acs-request-id</c> header.</param>
    /// <param name="hostId">The host that answered, when the body names it.</param>
    /// <param name="recommend">The diagnosis link the service recommends, when given.</param>
    /// <param name="accessDeniedDetail">Which permission was missing, when the service says.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ClientErrorException(
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

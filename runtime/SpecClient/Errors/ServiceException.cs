using System;
using System.Globalization;
using System.Text;

namespace SpecClient;

/// <summary>
/// The service answered with an error status (4xx or 5xx). Carries what the error body said; the fields are
/// null when the body did not say (an HTML page from a gateway, an empty body).
/// </summary>
/// <remarks>
/// The transport throws one of the derived types: <see cref="ThrottlingException"/> (the service asked to slow
/// down: a throttling code, 429 or 503), <see cref="ClientErrorException"/> (any other 4xx: fix the request) or
/// <see cref="ServerErrorException"/> (any other 5xx). Catching <see cref="ServiceException"/> covers all three.
/// Quote <see cref="RequestId"/> when asking Alibaba Cloud support about a failed call. The public
/// constructor lets tests of code that uses a generated client throw the same exception a real call would.
/// </remarks>
public class ServiceException : SpecClientException
{
    /// <summary>Creates the exception from the parts of an error response.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="code">The error code, for example <c>InvalidParameter</c>.</param>
    /// <param name="errorMessage">The service's message.</param>
    /// <param name="requestId">The request id from the body or the <c>x-acs-request-id</c> header.</param>
    /// <param name="hostId">The host that answered, when the body names it.</param>
    /// <param name="recommend">The diagnosis link the service recommends, when given.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ServiceException(
        int statusCode,
        string? code,
        string? errorMessage,
        string? requestId,
        string? hostId = null,
        string? recommend = null,
        Exception? innerException = null)
        : base(Describe(statusCode, code, errorMessage, requestId), innerException)
    {
        StatusCode = statusCode;
        Code = code;
        ErrorMessage = errorMessage;
        RequestId = requestId;
        HostId = hostId;
        Recommend = recommend;
    }

    /// <summary>Creates the exception from the parts of an error response, with the RAM detail of an access denial.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="code">The error code, for example <c>Forbidden.RAM</c>.</param>
    /// <param name="errorMessage">The service's message.</param>
    /// <param name="requestId">The request id from the body or the <c>x-acs-request-id</c> header.</param>
    /// <param name="hostId">The host that answered, when the body names it.</param>
    /// <param name="recommend">The diagnosis link the service recommends, when given.</param>
    /// <param name="accessDeniedDetail">Which permission was missing, when the service says.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ServiceException(
        int statusCode,
        string? code,
        string? errorMessage,
        string? requestId,
        string? hostId,
        string? recommend,
        AccessDeniedDetail? accessDeniedDetail,
        Exception? innerException = null)
        : this(statusCode, code, errorMessage, requestId, hostId, recommend, innerException)
    {
        AccessDeniedDetail = accessDeniedDetail;
    }

    /// <summary>The HTTP status code, for example 400.</summary>
    public int StatusCode { get; }

    /// <summary>The service's error code, for example <c>InvalidParameter</c>, or null.</summary>
    public string? Code { get; }

    /// <summary>The service's own message, or null. (<see cref="Exception.Message"/> adds status, code and request id.)</summary>
    public string? ErrorMessage { get; }

    /// <summary>The id of the failed request, or null.</summary>
    public string? RequestId { get; }

    /// <summary>The host that answered, or null.</summary>
    public string? HostId { get; }

    /// <summary>The diagnosis link the service recommends, or null.</summary>
    public string? Recommend { get; }

    /// <summary>
    /// For an access denial (<c>Forbidden.RAM</c>, <c>NoPermission</c> ...): the action, principal and policy type
    /// the service names in its <c>AccessDeniedDetail</c>; null when the body has none.
    /// </summary>
    public AccessDeniedDetail? AccessDeniedDetail { get; }

    private static string Describe(int statusCode, string? code, string? errorMessage, string? requestId)
    {
        var builder = new StringBuilder(128);
        builder.Append("The service answered HTTP ").Append(statusCode.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(code))
        {
            builder.Append(' ').Append(code);
        }

        builder.Append(string.IsNullOrEmpty(errorMessage) ? "." : ": " + errorMessage);
        if (!string.IsNullOrEmpty(requestId))
        {
            builder.Append(" (RequestId ").Append(requestId).Append(')');
        }

        return builder.ToString();
    }
}

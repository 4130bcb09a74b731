using System;
using System.Globalization;

namespace SpecClient;

/// <summary>
/// A response could not be read: a success body that is not JSON, does not match what the docs describe,
/// or is larger than <see cref="SpecClientOptions.MaxResponseBytes"/>.
/// </summary>
/// <remarks>
/// The call may well have succeeded on the service side: for an operation that changes something, check its
/// effect before sending it again. <see cref="BodyExcerpt"/> holds the start of the body, never anything of
/// the request.
/// </remarks>
public class ResponseFormatException : SpecClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong with the body, as one sentence.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="requestId">The request id from the body or the <c>x-acs-request-id</c> header, or null.</param>
    /// <param name="bodyExcerpt">The start of the body, or null.</param>
    /// <param name="innerException">The cause, typically a <see cref="System.Text.Json.JsonException"/>, or null.</param>
    public ResponseFormatException(string problem, int statusCode, string? requestId, string? bodyExcerpt, Exception? innerException = null)
        : base(Describe(problem, statusCode, requestId, bodyExcerpt), innerException)
    {
        StatusCode = statusCode;
        RequestId = requestId;
        BodyExcerpt = bodyExcerpt;
    }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The id of the request, or null.</summary>
    public string? RequestId { get; }

    /// <summary>The first few hundred characters of the body, or null.</summary>
    public string? BodyExcerpt { get; }

    private static string Describe(string problem, int statusCode, string? requestId, string? bodyExcerpt)
    {
        string message = "The response (HTTP " + statusCode.ToString(CultureInfo.InvariantCulture)
            + (string.IsNullOrEmpty(requestId) ? string.Empty : ", RequestId " + requestId)
            + ") could not be read: " + problem;
        return bodyExcerpt is null ? message : message + " Body: " + bodyExcerpt;
    }
}

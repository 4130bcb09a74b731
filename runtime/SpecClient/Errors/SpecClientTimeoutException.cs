using System;

namespace SpecClient;

/// <summary>
/// A call did not complete within <see cref="SpecClientOptions.Timeout"/> (or within the injected
/// <see cref="System.Net.Http.HttpClient.Timeout"/>, when that is shorter). Cancellation by the caller's
/// token is not a timeout: it surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
/// <remarks>
/// Derives from <see cref="SpecClientException"/> rather than <see cref="TimeoutException"/> so that one
/// <c>catch (SpecClientException)</c> covers every failure of a call; the <see cref="Exception.InnerException"/>
/// is a <see cref="TimeoutException"/>. The request may have reached the service: for an operation that
/// changes something, check its effect before sending it again.
/// </remarks>
public class SpecClientTimeoutException : SpecClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which call timed out and after how long.</param>
    /// <param name="timeout">The time limit that elapsed.</param>
    /// <param name="innerException">The cause, or null.</param>
    public SpecClientTimeoutException(string message, TimeSpan timeout, Exception? innerException = null)
        : base(message, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The time limit that elapsed.</summary>
    public TimeSpan Timeout { get; }
}

using System;

namespace SpecClient;

/// <summary>
/// The base of every exception SpecClient throws on its own: catch it to handle any failure of a call other
/// than cancellation by the caller (<see cref="OperationCanceledException"/>) and a network failure
/// (<see cref="System.Net.Http.HttpRequestException"/>).
/// </summary>
/// <remarks>No message of a SpecClient exception ever contains an AccessKey secret or security token.</remarks>
public class SpecClientException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public SpecClientException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause, or null.</param>
    public SpecClientException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

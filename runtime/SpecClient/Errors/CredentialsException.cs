using System;

namespace SpecClient;

/// <summary>No usable credentials were found. The message says where they were looked for, never a value.</summary>
public class CredentialsException : SpecClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Where credentials were looked for and what was missing.</param>
    public CredentialsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">Where credentials were looked for and what was missing.</param>
    /// <param name="innerException">The cause, or null.</param>
    public CredentialsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

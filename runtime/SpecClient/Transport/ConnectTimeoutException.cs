using System;
using System.Globalization;

namespace SpecClient;

/// <summary>
/// Thrown by the shared client's connect step when <see cref="SpecClientOptions.ConnectTimeout"/> elapses.
/// <c>SocketsHttpHandler</c> wraps it in an <see cref="System.Net.Http.HttpRequestException"/> marked as a
/// connection error, which is how the transport knows nothing was sent.
/// </summary>
internal sealed class ConnectTimeoutException : TimeoutException
{
    public ConnectTimeoutException(TimeSpan timeout, string endpoint)
        : base("Could not connect to " + endpoint + " within "
            + timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s (SpecClientOptions.ConnectTimeout).")
    {
        Timeout = timeout;
    }

    public TimeSpan Timeout { get; }
}

using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace SpecClient;

/// <summary>
/// Tells a failure to connect, where no byte of the request can have reached the server (so sending it again
/// is safe for any operation), from a connection lost after the request went out.
/// </summary>
/// <remarks>
/// Only positive evidence counts as "not sent": on .NET 8+ <c>HttpRequestError.ConnectionError</c> or
/// <c>NameResolutionError</c> (set by <c>SocketsHttpHandler</c> for failures while connecting, including those
/// of a <c>ConnectCallback</c>) or a TLS handshake that failed other than on the certificate; on any runtime a
/// <see cref="SocketException"/> whose code only a connect produces, or the <see cref="WebException"/> statuses
/// of .NET Framework's handler for the same. A reset, a premature end or anything unknown counts as "sent".
/// </remarks>
internal static class ConnectionFailures
{
    public static bool BeforeSent(HttpRequestException exception)
    {
#if NET8_0_OR_GREATER
        switch (exception.HttpRequestError)
        {
            case HttpRequestError.ConnectionError:
            case HttpRequestError.NameResolutionError:
                return true;
            case HttpRequestError.SecureConnectionError:
                // A certificate the client refuses fails the same way every time: not worth a retry.
                return !Contains<AuthenticationException>(exception);
        }
#endif
        for (Exception? inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case ConnectTimeoutException:
                    return true;
                case SocketException socket:
                    return IsConnectError(socket.SocketErrorCode);
                case WebException web:
                    return web.Status == WebExceptionStatus.ConnectFailure
                        || web.Status == WebExceptionStatus.NameResolutionFailure
                        || web.Status == WebExceptionStatus.ProxyNameResolutionFailure;
            }
        }

        return false;
    }

    /// <summary>True when the connect timeout of the shared client elapsed.</summary>
    public static bool IsConnectTimeout(Exception exception, out TimeSpan timeout)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is ConnectTimeoutException connect)
            {
                timeout = connect.Timeout;
                return true;
            }
        }

        timeout = TimeSpan.Zero;
        return false;
    }

    private static bool IsConnectError(SocketError error)
    {
        switch (error)
        {
            case SocketError.ConnectionRefused:
            case SocketError.HostNotFound:
            case SocketError.HostUnreachable:
            case SocketError.NetworkUnreachable:
            case SocketError.NetworkDown:
            case SocketError.NoData:
            case SocketError.TryAgain:
            case SocketError.AddressNotAvailable:
                return true;
            default:
                return false;
        }
    }

#if NET8_0_OR_GREATER
    private static bool Contains<TException>(Exception exception)
        where TException : Exception
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is TException)
            {
                return true;
            }
        }

        return false;
    }
#endif
}

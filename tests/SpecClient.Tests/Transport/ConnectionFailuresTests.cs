using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;

namespace SpecClient.Tests.Transport;

/// <summary>What counts as "nothing was sent" (safe to send again for any operation), from the exceptions alone.</summary>
public sealed class ConnectionFailuresTests
{
    public static TheoryData<Exception, bool> Cases => new()
    {
        // .NET 8+ SocketsHttpHandler marks connect-phase failures.
        { new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new HttpRequestException(HttpRequestError.NameResolutionError, "no such host"), true },
        { new HttpRequestException(HttpRequestError.SecureConnectionError, "handshake reset", new IOException("reset")), true },
        { new HttpRequestException(HttpRequestError.SecureConnectionError, "bad certificate", new AuthenticationException("RemoteCertificateNameMismatch")), false },
        { new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), false },

        // Without the marker (older handlers, netstandard2.0 on other runtimes): only connect-only socket errors.
        { new HttpRequestException("x", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new HttpRequestException("x", new SocketException((int)SocketError.HostNotFound)), true },
        { new HttpRequestException("x", new SocketException((int)SocketError.NetworkUnreachable)), true },
        { new HttpRequestException("x", new IOException("y", new SocketException((int)SocketError.ConnectionRefused))), true },
        { new HttpRequestException("x", new IOException("y", new SocketException((int)SocketError.ConnectionReset))), false },
        { new HttpRequestException("x", new SocketException((int)SocketError.TimedOut)), false },
        { new HttpRequestException("x", new IOException("unexpected EOF")), false },
        { new HttpRequestException("x"), false },

        // .NET Framework's handler.
        { new HttpRequestException("x", new WebException("connect", WebExceptionStatus.ConnectFailure)), true },
        { new HttpRequestException("x", new WebException("dns", WebExceptionStatus.NameResolutionFailure)), true },
        { new HttpRequestException("x", new WebException("closed", WebExceptionStatus.ConnectionClosed)), false },
        { new HttpRequestException("x", new WebException("recv", WebExceptionStatus.ReceiveFailure)), false },

        // The shared client's own connect timeout.
        { new HttpRequestException("x", new ConnectTimeoutException(TimeSpan.FromSeconds(1), "h:1")), true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_positive_evidence_counts_as_not_sent(Exception exception, bool beforeSent)
    {
        Assert.Equal(beforeSent, ConnectionFailures.BeforeSent((HttpRequestException)exception));
    }

    [Fact]
    public void The_connect_timeout_is_found_anywhere_in_the_chain()
    {
        var exception = new HttpRequestException("x", new IOException("y", new ConnectTimeoutException(TimeSpan.FromMilliseconds(250), "h:1")));

        Assert.True(ConnectionFailures.IsConnectTimeout(exception, out TimeSpan timeout));
        Assert.Equal(TimeSpan.FromMilliseconds(250), timeout);
        Assert.False(ConnectionFailures.IsConnectTimeout(new HttpRequestException("x"), out _));
        Assert.Contains("SpecClientOptions.ConnectTimeout", new ConnectTimeoutException(TimeSpan.FromSeconds(2.5), "h:1").Message);
    }
}

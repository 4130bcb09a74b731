using System;
using System.Net;
using System.Net.Http;
using System.Threading;
#if NET8_0_OR_GREATER
using System.IO;
using System.Net.Sockets;
using System.Threading.Tasks;
#endif

namespace SpecClient;

/// <summary>
/// The one <see cref="HttpClient"/> of all transports that were not given one: a client per transport would
/// exhaust sockets, and a pooled connection lifetime (where available) follows DNS changes of the endpoints.
/// </summary>
internal static class SharedHttpClient
{
#if NET8_0_OR_GREATER
    /// <summary>The connect timeout of the transport that sends a request, read by the connect step.</summary>
    public static readonly HttpRequestOptionsKey<TimeSpan> ConnectTimeoutKey = new("SpecClient.ConnectTimeout");

    // A backstop for what the connect step does not cover (the TLS handshake); the transport's own
    // ConnectTimeout bounds the TCP connect of each new connection.
    private static readonly TimeSpan HandshakeBackstop = TimeSpan.FromMinutes(2);
#endif

    public static HttpClient Instance { get; } = Create();

    private static HttpClient Create()
    {
#if NET8_0_OR_GREATER
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
            AllowAutoRedirect = false,
            ConnectTimeout = HandshakeBackstop,
            ConnectCallback = ConnectAsync,
        };
#else
        var handler = new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
#endif

        // The transport enforces SpecClientOptions.Timeout itself, per call.
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

#if NET8_0_OR_GREATER
    // Per request rather than per handler, so transports with different ConnectTimeouts share one pool. A
    // timeout is thrown as ConnectTimeoutException, which SocketsHttpHandler reports as a connection error:
    // the transport then knows that nothing was sent.
    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        TimeSpan timeout = context.InitialRequestMessage.Options.TryGetValue(ConnectTimeoutKey, out TimeSpan value)
            ? value
            : SpecClientOptions.DefaultConnectTimeout;
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            timeoutSource.CancelAfter(timeout);
        }

        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, timeoutSource.Token).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new ConnectTimeoutException(timeout, context.DnsEndPoint.Host + ":" + context.DnsEndPoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
#endif
}

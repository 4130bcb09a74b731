using System;
using System.Net;
using System.Net.Http;
using System.Threading;

namespace SpecClient;

/// <summary>
/// The one <see cref="HttpClient"/> of all transports that were not given one: a client per transport would
/// exhaust sockets, and a pooled connection lifetime (where available) follows DNS changes of the endpoints.
/// </summary>
internal static class SharedHttpClient
{
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
}

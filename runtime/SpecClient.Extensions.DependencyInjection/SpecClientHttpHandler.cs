using System;
using System.Net;
using System.Net.Http;

namespace SpecClient.Extensions.DependencyInjection;

/// <summary>
/// What a SpecClient's named HttpClient needs from IHttpClientFactory, the same as the runtime's own shared
/// client (runtime/SpecClient/Transport/SharedHttpClient.cs): keep the two in step.
/// </summary>
internal static class SpecClientHttpHandler
{
    /// <summary>
    /// Adjusts the primary handler the factory built (its default, or one configured before the SpecClient
    /// registration, such as a proxy) instead of replacing it: no redirects (a signed request must not be
    /// re-sent elsewhere), no cookie container shared between pooled requests, and compressed responses.
    /// </summary>
    public static void Configure(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case HttpClientHandler http:
                http.AllowAutoRedirect = false;
                http.UseCookies = false;
                if (http.SupportsAutomaticDecompression)
                {
                    http.AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate;
                }

                break;
#if NET8_0_OR_GREATER
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                sockets.UseCookies = false;
                sockets.AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate;
                break;
#endif
        }
    }
}

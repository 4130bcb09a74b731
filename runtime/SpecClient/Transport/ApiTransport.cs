using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SpecClient.Serialization;

namespace SpecClient;

/// <summary>
/// Sends the requests of a generated client: adds the common parameters, signs, sends over
/// <see cref="HttpClient"/>, and turns the response into a typed result or a typed exception.
/// </summary>
public sealed class ApiTransport
{
    /// <summary>Creates a transport over a shared <see cref="HttpClient"/>.</summary>
    public ApiTransport(SpecClientOptions options, string defaultEndpoint)
    {
        throw new NotImplementedException();
    }

    /// <summary>Creates a transport over the given <see cref="HttpClient"/> (for example one from IHttpClientFactory).</summary>
    public ApiTransport(HttpClient httpClient, SpecClientOptions options, string defaultEndpoint)
    {
        throw new NotImplementedException();
    }

    /// <summary>Signs and sends <paramref name="request"/> and reads the response with <paramref name="reader"/>.</summary>
    public Task<T> SendAsync<T>(ApiRequest request, ResponseReader<T> reader, CancellationToken cancellationToken)
    {
        throw new NotImplementedException();
    }
}

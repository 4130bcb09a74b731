#if NET7_0_OR_GREATER
using System.Net.Http;

namespace SpecClient;

/// <summary>
/// A generated client that can be created from an <see cref="HttpClient"/> and options without reflection:
/// dependency injection (the SpecClient.Extensions.DependencyInjection package) calls
/// <see cref="Create"/> through the type parameter, so trimming and NativeAOT keep exactly the constructor used.
/// </summary>
/// <typeparam name="TSelf">The client class itself.</typeparam>
/// <remarks>
/// The generator implements this interface on every client class when the project's target has static abstract
/// interface members (.NET 7 or later) and its C# version is 11 or later. Elsewhere, register a client with a
/// factory delegate instead, for example <c>(httpClient, options) =&gt; new DomainClient(httpClient, options)</c>.
/// </remarks>
public interface ISpecClientFactory<TSelf>
    where TSelf : class, ISpecClientFactory<TSelf>
{
    /// <summary>Creates a client that sends with <paramref name="httpClient"/> and never disposes it.</summary>
    /// <param name="httpClient">The HttpClient to send with, for example one from IHttpClientFactory.</param>
    /// <param name="options">Endpoint, credentials, signing and timeouts; the client takes a snapshot.</param>
    /// <returns>A new client.</returns>
    static abstract TSelf Create(HttpClient httpClient, SpecClientOptions options);
}
#endif

// DELETE THIS FILE once the generator emits ISpecClientFactory<TSelf> on client classes (it will then define
// Create twice and fail to compile). Until then it is, by hand, exactly what the generator is to emit.

namespace SpecClient.DependencyInjection.Tests.Domain
{
    public sealed partial class DomainClient : global::SpecClient.ISpecClientFactory<DomainClient>
    {
        /// <summary>Creates a client over the given HttpClient; for dependency injection without reflection.</summary>
        public static DomainClient Create(global::System.Net.Http.HttpClient httpClient, global::SpecClient.SpecClientOptions options) =>
            new DomainClient(httpClient, options);
    }
}

namespace SpecClient.DependencyInjection.Tests.DomainIntl
{
    public sealed partial class DomainIntlClient : global::SpecClient.ISpecClientFactory<DomainIntlClient>
    {
        /// <summary>Creates a client over the given HttpClient; for dependency injection without reflection.</summary>
        public static DomainIntlClient Create(global::System.Net.Http.HttpClient httpClient, global::SpecClient.SpecClientOptions options) =>
            new DomainIntlClient(httpClient, options);
    }
}

using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SpecClient;
using SpecClient.Extensions.DependencyInjection;

// The namespace of IServiceCollection, as Microsoft.Extensions.Http's AddHttpClient: the methods show up where
// services are registered without another using directive.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers SpecClient-generated clients: each sends through its own named <see cref="HttpClient"/> from
/// IHttpClientFactory (pooled, rotated handlers; delegating handlers chained on the returned
/// <see cref="IHttpClientBuilder"/>) with its own named <see cref="SpecClientOptions"/>.
/// </summary>
/// <remarks>
/// <para>
/// The client is registered as transient, like a typed HttpClient: each resolution gets a client over a fresh
/// <see cref="HttpClient"/> from the factory and the options' current value from
/// <see cref="IOptionsMonitor{TOptions}"/> (so a reloaded configuration reaches clients created after it).
/// </para>
/// <para>
/// The options' name, the HttpClient's name and the key of a keyed client are one string,
/// <see cref="IHttpClientBuilder.Name"/>: the full name of <c>TClient</c> for <c>AddSpecClient</c>, the given name
/// for <c>AddKeyedSpecClient</c>. More configuration can be added with
/// <c>services.Configure&lt;SpecClientOptions&gt;(builder.Name, ...)</c>.
/// </para>
/// <para>
/// Options are set in this order: the configuration section (if given), then <c>configure</c> (if given), then
/// any other <c>Configure</c> calls for the name in registration order. If no <see cref="SpecClientOptions.Credentials"/>
/// were set, an <see cref="ICredentialProvider"/> registered in the container is used; without one the runtime's
/// default applies (the <c>ALIBABA_CLOUD_*</c> environment variables).
/// </para>
/// <para>
/// The HttpClient's timeout is turned off because <see cref="SpecClientOptions.Timeout"/> bounds each whole call,
/// retries by handlers included. Its primary handler follows no redirects and keeps no cookies (as the runtime's
/// own shared client); a primary handler configured on the builder afterwards replaces it, settings and all.
/// IHttpClientFactory's logging writes no header values (the signature and STS token travel in headers).
/// </para>
/// </remarks>
public static class SpecClientServiceCollectionExtensions
{
#if NET7_0_OR_GREATER
    /// <summary>Registers <typeparamref name="TClient"/>, created as <typeparamref name="TImplementation"/> over IHttpClientFactory.</summary>
    /// <typeparam name="TClient">The service type, usually the generated interface (<c>IDomainClient</c>).</typeparam>
    /// <typeparam name="TImplementation">The generated client class (<c>DomainClient</c>).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the client's options, or null for the defaults.</param>
    /// <returns>The builder of the client's named HttpClient, to add handlers such as <c>AddStandardResilienceHandler()</c>.</returns>
    /// <example><code>services.AddSpecClient&lt;IDomainClient, DomainClient&gt;(o =&gt; o.Endpoint = "domain-intl.aliyuncs.com");</code></example>
    public static IHttpClientBuilder AddSpecClient<TClient, TImplementation>(this IServiceCollection services, Action<SpecClientOptions>? configure = null)
        where TClient : class
        where TImplementation : class, TClient, ISpecClientFactory<TImplementation> =>
        Add<TClient>(services, DefaultName<TClient>(), keyed: false, TImplementation.Create, configuration: null, configure);

    /// <summary>
    /// Registers <typeparamref name="TClient"/>, created as <typeparamref name="TImplementation"/> over IHttpClientFactory,
    /// with options read from <paramref name="configuration"/>.
    /// </summary>
    /// <typeparam name="TClient">The service type, usually the generated interface (<c>IDomainClient</c>).</typeparam>
    /// <typeparam name="TImplementation">The generated client class (<c>DomainClient</c>).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">
    /// The client's section, for example <c>configuration.GetSection("SpecClient:Domain")</c>, with the keys
    /// <c>Endpoint</c>, <c>AllowInsecureHttp</c>, <c>SignatureVersion</c> (<c>V1</c>/<c>V3</c>), <c>Timeout</c>
    /// (<c>00:00:30</c> or <c>Infinite</c>), <c>MaxResponseBytes</c>, and optionally <c>AccessKeyId</c>,
    /// <c>AccessKeySecret</c>, <c>SecurityToken</c> (prefer the default credentials: environment variables or a
    /// registered <see cref="ICredentialProvider"/>). Reloads are followed.
    /// </param>
    /// <param name="configure">Runs after the section is read, for example to set <see cref="SpecClientOptions.Credentials"/> in code.</param>
    /// <returns>The builder of the client's named HttpClient, to add handlers such as <c>AddStandardResilienceHandler()</c>.</returns>
    /// <exception cref="InvalidOperationException">When the client is resolved: a value in the section cannot be read.</exception>
    public static IHttpClientBuilder AddSpecClient<TClient, TImplementation>(this IServiceCollection services, IConfiguration configuration, Action<SpecClientOptions>? configure = null)
        where TClient : class
        where TImplementation : class, TClient, ISpecClientFactory<TImplementation> =>
        Add<TClient>(services, DefaultName<TClient>(), keyed: false, TImplementation.Create, configuration ?? throw new ArgumentNullException(nameof(configuration)), configure);

    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a keyed service under <paramref name="name"/>, created as
    /// <typeparamref name="TImplementation"/>, so one client type can be used with several settings
    /// (resolve with <c>[FromKeyedServices("name")]</c> or <c>GetRequiredKeyedService</c>).
    /// </summary>
    /// <typeparam name="TClient">The service type, usually the generated interface (<c>IDomainClient</c>).</typeparam>
    /// <typeparam name="TImplementation">The generated client class (<c>DomainClient</c>).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key, which also names the client's options and HttpClient.</param>
    /// <param name="configure">Sets the client's options, or null for the defaults.</param>
    /// <returns>The builder of the client's named HttpClient.</returns>
    public static IHttpClientBuilder AddKeyedSpecClient<TClient, TImplementation>(this IServiceCollection services, string name, Action<SpecClientOptions>? configure = null)
        where TClient : class
        where TImplementation : class, TClient, ISpecClientFactory<TImplementation> =>
        Add<TClient>(services, CheckName(name), keyed: true, TImplementation.Create, configuration: null, configure);

    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a keyed service under <paramref name="name"/>, created as
    /// <typeparamref name="TImplementation"/>, with options read from <paramref name="configuration"/>.
    /// </summary>
    /// <typeparam name="TClient">The service type, usually the generated interface (<c>IDomainClient</c>).</typeparam>
    /// <typeparam name="TImplementation">The generated client class (<c>DomainClient</c>).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key, which also names the client's options and HttpClient.</param>
    /// <param name="configuration">The client's section; see <see cref="AddSpecClient{TClient, TImplementation}(IServiceCollection, IConfiguration, Action{SpecClientOptions})"/> for its keys.</param>
    /// <param name="configure">Runs after the section is read.</param>
    /// <returns>The builder of the client's named HttpClient.</returns>
    public static IHttpClientBuilder AddKeyedSpecClient<TClient, TImplementation>(this IServiceCollection services, string name, IConfiguration configuration, Action<SpecClientOptions>? configure = null)
        where TClient : class
        where TImplementation : class, TClient, ISpecClientFactory<TImplementation> =>
        Add<TClient>(services, CheckName(name), keyed: true, TImplementation.Create, configuration ?? throw new ArgumentNullException(nameof(configuration)), configure);
#endif

    /// <summary>
    /// Registers <typeparamref name="TClient"/>, created by <paramref name="create"/> over IHttpClientFactory: for
    /// targets without static abstract interface members (netstandard2.0, C# before 11) and hand-written clients.
    /// </summary>
    /// <typeparam name="TClient">The service type, usually the generated interface (<c>IDomainClient</c>).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="create">Creates the client, for example <c>(httpClient, options) =&gt; new DomainClient(httpClient, options)</c>.</param>
    /// <param name="configure">Sets the client's options, or null for the defaults.</param>
    /// <returns>The builder of the client's named HttpClient.</returns>
    public static IHttpClientBuilder AddSpecClient<TClient>(this IServiceCollection services, Func<HttpClient, SpecClientOptions, TClient> create, Action<SpecClientOptions>? configure = null)
        where TClient : class =>
        Add(services, DefaultName<TClient>(), keyed: false, create, configuration: null, configure);

    /// <summary>Registers <typeparamref name="TClient"/>, created by <paramref name="create"/>, with options read from <paramref name="configuration"/>.</summary>
    /// <typeparam name="TClient">The service type, usually the generated interface (<c>IDomainClient</c>).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="create">Creates the client, for example <c>(httpClient, options) =&gt; new DomainClient(httpClient, options)</c>.</param>
    /// <param name="configuration">The client's section: <c>Endpoint</c>, <c>AllowInsecureHttp</c>, <c>SignatureVersion</c>, <c>Timeout</c>, <c>MaxResponseBytes</c>, and optionally <c>AccessKeyId</c>, <c>AccessKeySecret</c>, <c>SecurityToken</c>.</param>
    /// <param name="configure">Runs after the section is read.</param>
    /// <returns>The builder of the client's named HttpClient.</returns>
    public static IHttpClientBuilder AddSpecClient<TClient>(this IServiceCollection services, Func<HttpClient, SpecClientOptions, TClient> create, IConfiguration configuration, Action<SpecClientOptions>? configure = null)
        where TClient : class =>
        Add(services, DefaultName<TClient>(), keyed: false, create, configuration ?? throw new ArgumentNullException(nameof(configuration)), configure);

    /// <summary>Registers <typeparamref name="TClient"/> as a keyed service under <paramref name="name"/>, created by <paramref name="create"/>.</summary>
    /// <typeparam name="TClient">The service type, usually the generated interface (<c>IDomainClient</c>).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key, which also names the client's options and HttpClient.</param>
    /// <param name="create">Creates the client.</param>
    /// <param name="configure">Sets the client's options, or null for the defaults.</param>
    /// <returns>The builder of the client's named HttpClient.</returns>
    public static IHttpClientBuilder AddKeyedSpecClient<TClient>(this IServiceCollection services, string name, Func<HttpClient, SpecClientOptions, TClient> create, Action<SpecClientOptions>? configure = null)
        where TClient : class =>
        Add(services, CheckName(name), keyed: true, create, configuration: null, configure);

    /// <summary>Registers <typeparamref name="TClient"/> as a keyed service under <paramref name="name"/>, created by <paramref name="create"/>, with options read from <paramref name="configuration"/>.</summary>
    /// <typeparam name="TClient">The service type, usually the generated interface (<c>IDomainClient</c>).</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key, which also names the client's options and HttpClient.</param>
    /// <param name="create">Creates the client.</param>
    /// <param name="configuration">The client's section.</param>
    /// <param name="configure">Runs after the section is read.</param>
    /// <returns>The builder of the client's named HttpClient.</returns>
    public static IHttpClientBuilder AddKeyedSpecClient<TClient>(this IServiceCollection services, string name, Func<HttpClient, SpecClientOptions, TClient> create, IConfiguration configuration, Action<SpecClientOptions>? configure = null)
        where TClient : class =>
        Add(services, CheckName(name), keyed: true, create, configuration ?? throw new ArgumentNullException(nameof(configuration)), configure);

    // Every overload ends here: one place decides what a registration is.
    private static IHttpClientBuilder Add<TClient>(
        IServiceCollection services,
        string name,
        bool keyed,
        Func<HttpClient, SpecClientOptions, TClient> create,
        IConfiguration? configuration,
        Action<SpecClientOptions>? configure)
        where TClient : class
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (create is null)
        {
            throw new ArgumentNullException(nameof(create));
        }

        OptionsBuilder<SpecClientOptions> options = services.AddOptions<SpecClientOptions>(name);
        if (configuration is not null)
        {
            options.Configure(o => SpecClientConfiguration.Bind(configuration, o));
            services.AddSingleton<IOptionsChangeTokenSource<SpecClientOptions>>(new ConfigurationChangeTokenSource(name, configuration));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.PostConfigure<IServiceProvider>(static (o, provider) => o.Credentials ??= provider.GetService<ICredentialProvider>());

        IHttpClientBuilder builder = services.AddHttpClient(name)
            .ConfigureHttpClient(static client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(static (handler, _) => SpecClientHttpHandler.Configure(handler))
            // Every header value, as Microsoft.Extensions.Http 9+ does by default and 8.0 does not: the V3
            // Authorization header and the STS token must not reach Trace logs, whatever the app's defaults say.
            .RedactLoggedHeaders(static _ => true);

        if (keyed)
        {
            services.AddKeyedTransient<TClient>(name, (provider, _) => Create(provider, name, create));
        }
        else
        {
            services.AddTransient<TClient>(provider => Create(provider, name, create));
        }

        return builder;
    }

    private static TClient Create<TClient>(IServiceProvider provider, string name, Func<HttpClient, SpecClientOptions, TClient> create)
    {
        HttpClient httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(name);
        SpecClientOptions options = provider.GetRequiredService<IOptionsMonitor<SpecClientOptions>>().Get(name);
        return create(httpClient, options) ?? throw new InvalidOperationException("The factory of the SpecClient '" + name + "' returned null.");
    }

    private static string DefaultName<TClient>() => typeof(TClient).FullName ?? typeof(TClient).Name;

    private static string CheckName(string name) =>
        string.IsNullOrEmpty(name) ? throw new ArgumentException("The client's name must not be null or empty.", nameof(name)) : name;
}

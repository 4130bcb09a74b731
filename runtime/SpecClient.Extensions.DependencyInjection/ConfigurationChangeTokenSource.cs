using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace SpecClient.Extensions.DependencyInjection;

/// <summary>
/// Tells <see cref="IOptionsMonitor{TOptions}"/> to re-read a client's options when its configuration reloads, so
/// clients created afterwards (they are transient) use the new endpoint or credentials. The same as
/// Microsoft.Extensions.Options.ConfigurationExtensions' type of this name, without that package and the
/// reflection-based binder it brings.
/// </summary>
internal sealed class ConfigurationChangeTokenSource : IOptionsChangeTokenSource<SpecClientOptions>
{
    private readonly IConfiguration _configuration;

    public ConfigurationChangeTokenSource(string name, IConfiguration configuration)
    {
        Name = name;
        _configuration = configuration;
    }

    public string Name { get; }

    public IChangeToken GetChangeToken() => _configuration.GetReloadToken();
}

using SpecClient.DependencyInjection.Tests.Domain;
using SpecClient.DependencyInjection.Tests.DomainIntl;
using SpecClient.Testing;

namespace SpecClient.DependencyInjection.Tests;

/// <summary>One emulator per test class, serving both generated products and knowing three AccessKeys.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    /// <summary>The emulator's first key: the one <see cref="ApiEmulator.CreateClientOptions"/> signs with.</summary>
    public static readonly AccessKeyCredential FirstKey = EmulatorOptions.DefaultCredential;

    /// <summary>Another key, so a test can tell from the recorded requests which client sent what.</summary>
    public static readonly AccessKeyCredential SecondKey = new("second-key-id", "second-key-secret-7f3a");

    /// <summary>Temporary credentials: the token travels in a header, where logs must not show it.</summary>
    public static readonly AccessKeyCredential StsKey = new("sts-key-id", "sts-key-secret-91c2", "sts-token-5e1d0c");

    public ApiEmulator Emulator { get; private set; } = null!;

    /// <summary>The emulator's <c>http://127.0.0.1:port</c>, as an endpoint option.</summary>
    public string Endpoint => Emulator.Endpoint.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync()
    {
        Emulator = await ApiEmulator.StartAsync(new EmulatorOptions
        {
            Operations = DomainOperations.All.Concat(DomainIntlOperations.All),
            Credentials = [FirstKey, SecondKey, StsKey],
        });
    }

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>Forgets what earlier tests recorded or overrode.</summary>
    public ApiEmulator Fresh()
    {
        Emulator.ResetResponses();
        Emulator.ClearRequests();
        return Emulator;
    }
}

using SpecClient.EndToEnd.Tests.Domain;
using SpecClient.Testing;

namespace SpecClient.EndToEnd.Tests;

/// <summary>One emulator for the test class, knowing every generated Domain operation.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public ApiEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = DomainOperations.All });
    }

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}

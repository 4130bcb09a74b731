using SpecClient.Generator.Emit;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The names derived from a client's name are kept for the last client per thread: a file of another client, in any
/// order, gets that client's names.
/// </summary>
public sealed class ClientNamesTests
{
    [Fact]
    public void Each_client_gets_its_own_names_whatever_came_before()
    {
        foreach (string client in new[] { "DomainClient", "EcsClient", "EcsClient", "DomainClient", "Plain", "DomainClient" })
        {
            string stem = client.EndsWith("Client", StringComparison.Ordinal) ? client[..^"Client".Length] : client;
            Assert.Equal("I" + client, ClientNames.Interface(client));
            Assert.Equal(stem + "Operations", ClientNames.Operations(client));
            Assert.Equal(stem + "Paginators", ClientNames.Paginators(client));
            Assert.Equal(stem + "ErrorCodes", ClientNames.ErrorCodes(client));
        }
    }
}

namespace SpecClient.Generator.Emit;

/// <summary>The names derived from a client's name: its interface, operations, paginators and error-code classes.</summary>
internal static class ClientNames
{
    public static string Interface(string clientName) => "I" + clientName;

    public static string Operations(string clientName) => Stem(clientName) + "Operations";

    public static string Paginators(string clientName) => Stem(clientName) + "Paginators";

    public static string ErrorCodes(string clientName) => Stem(clientName) + "ErrorCodes";

    // DomainClient → Domain; a name without the suffix is its own stem.
    private static string Stem(string clientName) =>
        clientName.EndsWith("Client", System.StringComparison.Ordinal) ? clientName.Substring(0, clientName.Length - "Client".Length) : clientName;
}

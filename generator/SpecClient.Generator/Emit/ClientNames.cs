namespace SpecClient.Generator.Emit;

/// <summary>The names derived from a client's name: its interface, operations, paginators and error-code classes.</summary>
/// <remarks>
/// Every operation's file names its client's interface and classes, and a client's operations are emitted one after
/// another: the names of the last client are kept per thread, instead of two to four new strings per operation.
/// </remarks>
internal static class ClientNames
{
    [System.ThreadStatic]
    private static Names? Last;

    public static string Interface(string clientName) => Of(clientName).Interface;

    public static string Operations(string clientName) => Of(clientName).Operations;

    public static string Paginators(string clientName) => Of(clientName).Paginators;

    public static string ErrorCodes(string clientName) => Of(clientName).ErrorCodes;

    private static Names Of(string clientName) =>
        Last is { } last && string.Equals(last.Client, clientName, System.StringComparison.Ordinal) ? last : Last = new Names(clientName);

    private sealed class Names
    {
        public Names(string client)
        {
            // DomainClient → Domain; a name without the suffix is its own stem.
            string stem = client.EndsWith("Client", System.StringComparison.Ordinal) ? client.Substring(0, client.Length - "Client".Length) : client;
            Client = client;
            Interface = "I" + client;
            Operations = stem + "Operations";
            Paginators = stem + "Paginators";
            ErrorCodes = stem + "ErrorCodes";
        }

        public string Client { get; }

        public string Interface { get; }

        public string Operations { get; }

        public string Paginators { get; }

        public string ErrorCodes { get; }
    }
}

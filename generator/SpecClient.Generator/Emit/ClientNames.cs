namespace SpecClient.Generator.Emit;

/// <summary>The names derived from a client's name: its interface and its operations class.</summary>
internal static class ClientNames
{
    public static string Interface(string clientName) => "I" + clientName;

    public static string Operations(string clientName) =>
        (clientName.EndsWith("Client", System.StringComparison.Ordinal) ? clientName.Substring(0, clientName.Length - "Client".Length) : clientName) + "Operations";

    public static string ErrorCodes(string clientName) =>
        (clientName.EndsWith("Client", System.StringComparison.Ordinal) ? clientName.Substring(0, clientName.Length - "Client".Length) : clientName) + "ErrorCodes";
}

using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>The file names of generated sources: one per operation, one per client.</summary>
internal static class HintNames
{
    public static string Of(Operation operation) => operation.Namespace + "." + Identifier.Pascal(operation.Name) + ".g.cs";

    public static string Of(ProductClient client) => client.Namespace + "." + client.ClientName + ".g.cs";
}

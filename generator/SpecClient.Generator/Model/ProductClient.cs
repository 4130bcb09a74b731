namespace SpecClient.Generator.Model;

/// <summary>One client: the operations of one product and version, after the pages were merged.</summary>
internal sealed record ProductClient(
    string Product,
    string Version,
    string Namespace,
    string ClientName,
    string DefaultEndpoint,
    EquatableArray<Operation> Operations);

namespace SpecClient.Generator.Model;

/// <summary>RPC or ROA, as the runtime's ApiStyle.</summary>
internal enum ApiStyleKind
{
    Rpc,
    Roa,
}

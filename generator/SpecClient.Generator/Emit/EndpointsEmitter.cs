using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>
/// Emits a client's endpoint facts as data the runtime's <c>EndpointRules</c> resolves once per client: the
/// central endpoint (<c>DefaultEndpoint</c>) or the per-region rule, and the regions whose host differs from it.
/// </summary>
internal static class EndpointsEmitter
{
    public static void Emit(SourceWriter w, ProductClient client)
    {
        string central = "null";
        if (client.IsCentral)
        {
            w.Line("/// <summary>The endpoint of the ", client.Product, " API for every region but those the region table in <see cref=\"Endpoints\"/> lists; used when the options name no endpoint.</summary>");
            w.Line("public const string DefaultEndpoint = ", SourceWriter.Literal(client.DefaultEndpoint), ";");
            w.Line();
            central = "DefaultEndpoint";
        }

        string? table = client.RegionEndpoints.Count == 0 ? null : "its entry in the region table below";
        string then = client.IsCentral
            ? (table is null ? "<see cref=\"DefaultEndpoint\"/> whatever <c>SpecClientOptions.RegionId</c>" : "for <c>SpecClientOptions.RegionId</c>, " + table + ", else <see cref=\"DefaultEndpoint\"/>")
                + ". The " + client.Product + " API is served centrally."
            : "for <c>SpecClientOptions.RegionId</c>, " + (table is null ? string.Empty : table + ", else ") + "the rule " + Xml(client.RegionalPattern!)
                + ". The " + client.Product + " API is served per region: a client needs a RegionId or an Endpoint.";
        w.Line("/// <summary>Where requests go: <c>SpecClientOptions.Endpoint</c>; else ", then, "</summary>");
        string head = "public static global::SpecClient.EndpointRules Endpoints { get; } = new global::SpecClient.EndpointRules("
            + SourceWriter.Literal(client.Product) + ", " + central + ", " + SourceWriter.Literal(client.RegionalPattern);
        if (client.RegionEndpoints.Count == 0)
        {
            w.Line(head, ");");
            w.Line();
            return;
        }

        w.Line(head, ", new global::SpecClient.RegionEndpoint[]");
        w.Line("{");
        foreach (RegionEndpoint region in client.RegionEndpoints)
        {
            w.Line("\tnew global::SpecClient.RegionEndpoint(", SourceWriter.Literal(region.RegionId), ", ", SourceWriter.Literal(region.Endpoint), "),");
        }

        w.Line("});");
        w.Line();
    }

    private static string Xml(string text) => "<c>" + text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;") + "</c>";
}

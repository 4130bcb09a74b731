using System;
using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Comparing;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// One operation described by both a doc page and the product's api-docs.json: the metadata gives the
/// shape (types, wire styles, requiredness, positions, endpoints), because it is what the service's own SDK
/// generator reads and it is never out of date with the service; the page gives the words (summary and
/// parameter and field descriptions, usually in English where the metadata is Chinese), its error table and
/// its samples.
/// </summary>
internal static class PageMetadataMerge
{
    public static bool IsMetadata(Operation operation) =>
        operation.SourcePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static Operation Merge(Operation metadata, Operation page)
    {
        // The page's JSON sample, unless it is broken and the metadata has one (SLS pages write unquoted values).
        Operation sample = (page.SampleJson is not null && page.SampleJsonIsValid) || metadata.SampleJson is null ? page : metadata;
        return metadata with
        {
            Summary = Words(page.Summary, metadata.Summary),
            Parameters = Parameters(metadata.Parameters, page.Parameters),
            Response = Fields(metadata.Response, page.Response),
            Errors = Errors(page.Errors, metadata.Errors),
            SampleJson = sample.SampleJson,
            SampleJsonIsValid = sample.SampleJsonIsValid,
            SampleXml = page.SampleXml ?? metadata.SampleXml,
            Namespace = metadata.Namespace ?? page.Namespace,
            ClientName = metadata.ClientName ?? page.ClientName,
        };
    }

    /// <summary>
    /// Each disagreement twice, at the page's row and at the metadata's entry, so it shows in whichever file
    /// the user has open; the message names the other place.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Differences(MergedPair pair)
    {
        (Operation page, Operation metadata) = (pair.Page, pair.Metadata);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (Difference difference in OperationComparer.Compare(page, metadata, requestKinds: true).All)
        {
            string message = "The doc page and the metadata disagree about " + page.Name + ": " + difference.Text + "; the metadata's shape is used";
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.PageMetadataDisagree, message + " (metadata: " + Difference.Place(difference.MetadataLocation) + ").", difference.Location));
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.PageMetadataDisagree, message + " (page: " + Difference.Place(difference.Location) + ").", difference.MetadataLocation));
        }

        return diagnostics.ToEquatableArray();
    }

    private static EquatableArray<RequestParameter> Parameters(EquatableArray<RequestParameter> shapes, EquatableArray<RequestParameter> words)
    {
        Dictionary<string, RequestParameter> byName = ByName(words, p => p.WireName);
        return shapes
            .Select(p => byName.TryGetValue(p.WireName, out RequestParameter? described)
                ? p with { Doc = Doc(p.Doc, described.Doc), Members = Parameters(p.Members, described.Members) }
                : p)
            .ToEquatableArray();
    }

    private static EquatableArray<ResponseField> Fields(EquatableArray<ResponseField> shapes, EquatableArray<ResponseField> words)
    {
        Dictionary<string, ResponseField> byName = ByName(words, f => f.WireName);
        return shapes
            .Select(f => byName.TryGetValue(f.WireName, out ResponseField? described)
                ? f with { Doc = Doc(f.Doc, described.Doc), Children = Fields(f.Children, described.Children) }
                : f)
            .ToEquatableArray();
    }

    // The page's error table lists what the docs explain; codes only the metadata knows are kept too.
    private static EquatableArray<ErrorCode> Errors(EquatableArray<ErrorCode> page, EquatableArray<ErrorCode> metadata)
    {
        var codes = new HashSet<string>(page.Select(e => e.Code), StringComparer.Ordinal);
        return page.Concat(metadata.Where(e => codes.Add(e.Code))).ToEquatableArray();
    }

    // The page's description and example; the metadata's default value, which is a field of its own there
    // and only prose on the page.
    private static DocComment Doc(DocComment metadata, DocComment page) =>
        new(Words(page.Summary, metadata.Summary), page.Example ?? metadata.Example, metadata.DefaultValue ?? page.DefaultValue);

    private static string Words(string page, string metadata) => page.Length > 0 ? page : metadata;

    // Wire names compare ignoring case, as the generated readers match them; the first of a repeated name wins.
    private static Dictionary<string, T> ByName<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var byName = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (T item in items)
        {
            if (!byName.ContainsKey(name(item)))
            {
                byName.Add(name(item), item);
            }
        }

        return byName;
    }
}

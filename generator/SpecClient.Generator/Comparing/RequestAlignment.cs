using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Comparing;

/// <summary>
/// What must be lined up before two request parameter sets can be compared by wire name, because some
/// parameters have no wire name:
/// <list type="bullet">
/// <item>A path parameter is sent as the value of its segment, and the host parameter (SLS's project) as the
/// first label of the host: their names never travel. The page's <c>/logstores/{logstoreName}</c> and the
/// metadata's <c>/logstores/{logstore}</c> name one parameter, so the page's is compared under the metadata's
/// name (the same segment, or the n-th placeholder of paths with as many; the one host parameter of each side).</item>
/// <item>A query value the metadata fixes in its path (<c>/logstores/{logstore}/shards/{shardId}?type=cursor</c>)
/// is the page's <c>type</c> row ("Set the value to cursor"): present on both sides.</item>
/// <item>A body the metadata leaves undescribed (one <c>body</c> string: "see the RequestBody section") cannot
/// say whether the page's body fields are right; only the names of its example body, if it has one, are
/// checked against them.</item>
/// </list>
/// </summary>
internal static class RequestAlignment
{
    public static (List<RequestParameter> Page, List<RequestParameter> Metadata, List<Difference> Body) Align(Operation page, Operation metadata)
    {
        var pageParameters = new List<RequestParameter>(page.Parameters.Items);
        var metadataParameters = new List<RequestParameter>(metadata.Parameters.Items);
        var body = new List<Difference>();
        if (metadata.Style != ApiStyleKind.Roa)
        {
            return (pageParameters, metadataParameters, body);
        }

        Rename(pageParameters, PathNames(page.Path, metadata.Path));
        if (Single(pageParameters, ParameterPosition.Host) is { } pageHost && Single(metadataParameters, ParameterPosition.Host) is { } metadataHost)
        {
            Rename(pageParameters, new Dictionary<string, string>(StringComparer.Ordinal) { [pageHost.WireName] = metadataHost.WireName });
        }

        HashSet<string> fixedInPath = QueryNames(metadata.Path);
        pageParameters.RemoveAll(p => fixedInPath.Contains(p.WireName) && !metadataParameters.Exists(m => string.Equals(m.WireName, p.WireName, StringComparison.OrdinalIgnoreCase)));

        int wholeBody = metadataParameters.FindIndex(IsUndescribedBody);
        if (wholeBody >= 0 && pageParameters.Exists(IsBodyField))
        {
            RequestParameter undescribed = metadataParameters[wholeBody];
            metadataParameters.RemoveAt(wholeBody);
            LocationInfo pageBody = pageParameters.Find(IsBodyField)!.Location;
            var fields = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (RequestParameter field in pageParameters.FindAll(IsBodyField))
            {
                fields.Add(field.WireName);
            }

            pageParameters.RemoveAll(IsBodyField);
            foreach (string name in ExampleNames(undescribed.Doc.Example))
            {
                if (!fields.Contains(name))
                {
                    body.Add(new Difference(pageBody, undescribed.Location, "request parameter '" + name + "' (a field of the metadata's example body) is missing from the page"));
                }
            }
        }

        return (pageParameters, metadataParameters, body);
    }

    // {logstoreName} → logstore: placeholders at the same segment of paths with as many segments, else the n-th
    // placeholder of one path for the n-th of the other when both have as many (a page's path may lack a literal
    // segment: /logstores/logstoreName for /logstores/{logstore}/index).
    private static Dictionary<string, string> PathNames(string pagePath, string metadataPath)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] pageSegments = WithoutQuery(pagePath).Split('/');
        string[] metadataSegments = WithoutQuery(metadataPath).Split('/');
        if (pageSegments.Length == metadataSegments.Length)
        {
            for (int i = 0; i < pageSegments.Length; i++)
            {
                if (Placeholder(pageSegments[i]) is { } pageName && Placeholder(metadataSegments[i]) is { } metadataName)
                {
                    names[pageName] = metadataName;
                }
            }

            return names;
        }

        List<string> pagePlaceholders = Placeholders(pageSegments);
        List<string> metadataPlaceholders = Placeholders(metadataSegments);
        if (pagePlaceholders.Count == metadataPlaceholders.Count)
        {
            for (int i = 0; i < pagePlaceholders.Count; i++)
            {
                names[pagePlaceholders[i]] = metadataPlaceholders[i];
            }
        }

        return names;
    }

    private static string? Placeholder(string segment) =>
        segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}' ? segment.Substring(1, segment.Length - 2) : null;

    private static List<string> Placeholders(string[] segments)
    {
        var names = new List<string>();
        foreach (string segment in segments)
        {
            if (Placeholder(segment) is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static void Rename(List<RequestParameter> parameters, Dictionary<string, string> names)
    {
        for (int i = 0; i < parameters.Count; i++)
        {
            RequestParameter p = parameters[i];
            if (p.Position is ParameterPosition.Path or ParameterPosition.Host && names.TryGetValue(p.WireName, out string? name))
            {
                parameters[i] = p with { WireName = name };
            }
        }
    }

    private static RequestParameter? Single(List<RequestParameter> parameters, ParameterPosition position)
    {
        List<RequestParameter> found = parameters.FindAll(p => p.Position == position);
        return found.Count == 1 ? found[0] : null;
    }

    private static HashSet<string> QueryNames(string path)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int question = path.IndexOf('?');
        if (question >= 0)
        {
            foreach (string pair in path.Substring(question + 1).Split('&'))
            {
                int equals = pair.IndexOf('=');
                names.Add((equals < 0 ? pair : pair.Substring(0, equals)).Trim());
            }
        }

        return names;
    }

    private static string WithoutQuery(string path)
    {
        int question = path.IndexOf('?');
        return question < 0 ? path : path.Substring(0, question);
    }

    private static bool IsUndescribedBody(RequestParameter p) =>
        p.Position == ParameterPosition.Body && p.Shape == ValueShape.Scalar && string.Equals(p.WireName, RequestBodySection.WholeBodyName, StringComparison.Ordinal);

    private static bool IsBodyField(RequestParameter p) => p.Position == ParameterPosition.Body && !IsUndescribedBody(p);

    // The top-level names of the metadata's example body, when it is a JSON object.
    private static IEnumerable<string> ExampleNames(string? example)
    {
        if (example is not { Length: > 0 } || SampleJson.TryParse(example) is not { Kind: SampleNodeKind.Object } sample)
        {
            yield break;
        }

        foreach (KeyValuePair<string, SampleNode> property in sample.Properties)
        {
            yield return property.Key;
        }
    }
}

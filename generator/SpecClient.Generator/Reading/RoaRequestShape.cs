using System;
using System.Collections.Generic;
using System.Text;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The method and path template of a ROA page, and where each parameter travels. Pages write the request line
/// three ways: with <c>[InstanceId]</c> placeholders (most Elasticsearch pages), with sample values in the path
/// (<c>/openapi/instances/es-cn-n6w1o1x0w001c****/nodes</c>), and with parameter names as segments and no
/// placeholder syntax (SLS: <c>/logstores/logstoreName</c>). All become <c>{Name}</c> placeholders naming a
/// Path parameter, as api-docs.json writes them.
/// </summary>
internal static class RoaRequestShape
{
    /// <summary><c>PATCH|POST</c> (a page listing the methods an operation accepts) → the first one.</summary>
    public static string Method(string? method)
    {
        if (method is null || method.Length == 0)
        {
            return "GET";
        }

        int bar = method.IndexOf('|');
        return (bar > 0 ? method.Substring(0, bar) : method).Trim().ToUpperInvariant();
    }

    public static (string Path, EquatableArray<RequestParameter> Parameters) Resolve(
        string method,
        string? requestLine,
        EquatableArray<RequestParameter> parameters,
        bool hasPositions,
        bool hasBodySection,
        string? hostParameter,
        string requestClass,
        LocationInfo at,
        DiagnosticBag diagnostics)
    {
        (string path, Dictionary<string, string> query) = Clean(requestLine ?? "/");
        var list = new List<RequestParameter>(parameters.Items);
        var inPath = new HashSet<string>(StringComparer.Ordinal);
        string[] segments = path.Split('/');
        var valueSegments = new List<int>();

        // Pages of the /openapi/ gateway (Elasticsearch) describe a body only in a RequestBody section.
        bool gateway = path.StartsWith("/openapi/", StringComparison.Ordinal);
        for (int i = 0; i < segments.Length; i++)
        {
            string segment = segments[i];
            if (segment.Length == 0)
            {
                continue;
            }

            if (segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}')
            {
                string name = segment.Substring(1, segment.Length - 2);
                int index = Find(list, p => string.Equals(p.WireName, name, StringComparison.Ordinal))
                    is var exact and >= 0 ? exact : Find(list, p => string.Equals(p.WireName, name, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    // The docs' table forgot the path parameter: it is still needed to fill the path.
                    list.Add(Synthesized(name, ParameterPosition.Path, "The " + name + " in the request path.", list, requestClass, at));
                    index = list.Count - 1;
                }

                segments[i] = Placeholder(list, index, inPath);
                continue;
            }

            // A segment spelled like a parameter (SLS's /logstores/logstoreName) names it. Pages of the /openapi/ gateway
            // (Elasticsearch) never write paths that way, and their literal segments can equal body field names (/openapi/tags).
            bool byName = hasPositions || (!hasBodySection && !gateway);
            int match = Find(list, p => !inPath.Contains(p.WireName) && IsPathCandidate(p, hasPositions)
                && ((byName && string.Equals(p.WireName, segment, StringComparison.OrdinalIgnoreCase)) || SameExample(p, segment)));
            if (match >= 0)
            {
                segments[i] = Placeholder(list, match, inPath);
            }
            else if (segment.IndexOf('*') >= 0)
            {
                valueSegments.Add(i);
            }
        }

        // A sample value the example column does not repeat exactly (es-cn-xxx**** vs es-cn-yyy****): the Path
        // parameters left over (without a Position column: those with a masked example) take the starred segments in order.
        foreach (int i in valueSegments)
        {
            int next = Find(list, p => !inPath.Contains(p.WireName) && (hasPositions
                ? p.Position == ParameterPosition.Path
                : p.Shape == ValueShape.Scalar && p.Position != ParameterPosition.Body && p.Doc.Example?.IndexOf('*') >= 0));
            if (next < 0)
            {
                break;
            }

            segments[i] = Placeholder(list, next, inPath);
        }

        if (hostParameter is not null)
        {
            // SLS: "Host: ProjectName.Endpoint", with the projectName row in the table or only in the prose ("You
            // must specify a project name for the Host parameter").
            int index = Find(list, p => !inPath.Contains(p.WireName) && p.Shape == ValueShape.Scalar && string.Equals(p.WireName, hostParameter, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                string name = string.Equals(hostParameter, "projectName", StringComparison.OrdinalIgnoreCase) ? "projectName" : hostParameter;
                list.Add(Synthesized(name, ParameterPosition.Host, "The " + name + ": the first label of the host name (" + hostParameter + ".Endpoint).", list, requestClass, at));
            }
            else
            {
                list[index] = list[index] with { Position = ParameterPosition.Host, IsRequired = true };
            }
        }

        for (int i = 0; i < list.Count; i++)
        {
            RequestParameter p = list[i];
            if (inPath.Contains(p.WireName) || p.Position == ParameterPosition.Host)
            {
                continue;
            }

            if (p.Position == ParameterPosition.Path)
            {
                diagnostics.Add(DiagnosticIds.UnsupportedParameter, "The path parameter '" + p.WireName + "' does not appear in the request path '" + path + "'; it is sent in the query.", p.Location);
                list[i] = p with { Position = ParameterPosition.Query };
            }
            else if (!hasPositions && p.Position != ParameterPosition.Body && QueryKey(query, p.WireName, list) is { } key)
            {
                // "?shard=shardId" with a shardId row: the row names the value; the service reads it as shard.
                list[i] = p with { WireName = key, Position = ParameterPosition.Query };
            }
            else if (!hasPositions && p.Position != ParameterPosition.Body)
            {
                // No Position column. On Elasticsearch pages (a RequestBody section, or the /openapi/ gateway) the table
                // holds the query; elsewhere (SLS), what the request line's query names is a query parameter and the
                // rest of a write is its JSON body.
                bool inQuery = hasBodySection || gateway || query.ContainsKey(p.WireName) || method is "GET" or "DELETE" or "HEAD";
                list[i] = p with { Position = inQuery ? ParameterPosition.Query : ParameterPosition.Body };
            }
        }

        return (string.Join("/", segments), list.ToEquatableArray());
    }

    // The query key whose value in the request line is the parameter's name, when no parameter has the key's name.
    private static string? QueryKey(Dictionary<string, string> query, string name, List<RequestParameter> list)
    {
        foreach (KeyValuePair<string, string> pair in query)
        {
            if (pair.Key.Length > 0 && pair.Key != name && string.Equals(pair.Value, name, StringComparison.Ordinal)
                && Find(list, p => string.Equals(p.WireName, pair.Key, StringComparison.OrdinalIgnoreCase)) < 0)
            {
                return pair.Key;
            }
        }

        return null;
    }

    // "POST /openapi/instances/es-cn-xxx****/snapshots? ClientToken=5A2C HTTP/1.1" → the path and the query's names
    // with the values written for them.
    private static (string Path, Dictionary<string, string> Query) Clean(string requestLine)
    {
        var text = new StringBuilder(requestLine.Length);
        foreach (char c in requestLine)
        {
            if (!char.IsWhiteSpace(c) && c != '\\')
            {
                text.Append(c == '[' ? '{' : c == ']' ? '}' : c);
            }
        }

        string path = text.ToString();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        int question = path.IndexOf('?');
        if (question >= 0)
        {
            foreach (string pair in path.Substring(question + 1).Split('&'))
            {
                int equals = pair.IndexOf('=');
                names[equals < 0 ? pair : pair.Substring(0, equals)] = equals < 0 ? string.Empty : pair.Substring(equals + 1);
            }

            path = path.Substring(0, question);
        }

        if (!path.StartsWith("/", StringComparison.Ordinal))
        {
            // SLS: "ProjectName.Endpoint/logstores/..." names the host first.
            int slash = path.IndexOf('/');
            path = slash < 0 ? "/" : path.Substring(slash);
        }

        return (path, names);
    }

    private static bool IsPathCandidate(RequestParameter p, bool hasPositions) =>
        p.Shape == ValueShape.Scalar && (hasPositions ? p.Position == ParameterPosition.Path : true);

    private static bool SameExample(RequestParameter p, string segment)
    {
        if (p.Doc.Example is not { Length: > 0 } example)
        {
            return false;
        }

        // The example without white space and backslashes, compared with the segment as it is read: asked of every
        // path candidate for every segment, so nothing is copied to compare.
        int at = 0;
        foreach (char c in example)
        {
            if (char.IsWhiteSpace(c) || c == '\\')
            {
                continue;
            }

            if (at == segment.Length || segment[at] != c)
            {
                return false;
            }

            at++;
        }

        return at == segment.Length;
    }

    private static string Placeholder(List<RequestParameter> list, int index, HashSet<string> inPath)
    {
        RequestParameter p = list[index];
        list[index] = p with { Position = ParameterPosition.Path, IsRequired = true };
        inPath.Add(p.WireName);
        return "{" + p.WireName + "}";
    }

    // A parameter the request line needs and the table forgot.
    private static RequestParameter Synthesized(string name, ParameterPosition position, string doc, List<RequestParameter> list, string requestClass, LocationInfo at)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { requestClass, "WriteTo" };
        foreach (RequestParameter p in list)
        {
            taken.Add(p.PropertyName);
        }

        return new RequestParameter(
            name,
            Identifier.Unique(Identifier.Pascal(name), taken),
            ValueShape.Scalar,
            ScalarKind.String,
            true,
            new DocComment(doc, null, null),
            null,
            EquatableArray<RequestParameter>.Empty,
            at,
            position);
    }

    private static int Find(List<RequestParameter> list, Func<RequestParameter, bool> predicate)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (predicate(list[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

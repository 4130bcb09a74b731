using System;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// SLS PutLogs' KeyHash mode: besides its LoadBalance syntax (<c>POST /logstores/logstoreName/shards/lb</c>) the
/// page shows <c>POST /logstores/logstoreName/shards/route? key=14d2f850ad6ea48e46e4547edbbb27e0</c>, the same
/// write sent to the shard whose key range holds the key. The request gets an optional <c>HashKey</c> (wire name
/// <c>key</c>, a query parameter); the runtime sends a request that has one to <c>/shards/route</c>, as SLS's
/// SDKs do with their hashKey.
/// </summary>
internal static class SlsHashKey
{
    private const string LoadBalanceEnd = "/shards/lb";
    private const string RouteEnd = "/shards/route";
    private const string KeyName = "key";

    /// <summary><paramref name="parameters"/> with the hash key, when the page shows the route syntax of a <c>/shards/lb</c> write.</summary>
    public static EquatableArray<RequestParameter> Add(EquatableArray<RequestParameter> parameters, string path, PageOutline page, LineIndex lines)
    {
        if (!path.EndsWith(LoadBalanceEnd, StringComparison.Ordinal))
        {
            return parameters;
        }

        foreach (RequestParameter p in parameters)
        {
            if (string.Equals(p.WireName, KeyName, StringComparison.OrdinalIgnoreCase))
            {
                return parameters;
            }
        }

        foreach (CodeSample code in page.CodeBlocks)
        {
            int line = code.StartLine + 1;
            foreach (string raw in code.Content.ToString().Split('\n'))
            {
                string text = raw.Trim();
                int route = text.IndexOf(RouteEnd + "?", StringComparison.Ordinal);
                if (text.StartsWith("POST ", StringComparison.OrdinalIgnoreCase) && route > 0)
                {
                    // "route? key=14d2f850ad6ea48e46e4547edbbb27e0": the query, with the space some pages leave after '?'.
                    string query = text.Substring(route + RouteEnd.Length + 1).Trim();
                    if (query.StartsWith(KeyName + "=", StringComparison.Ordinal))
                    {
                        string example = query.Substring(KeyName.Length + 1).Split(' ', '&')[0];
                        string pageLine = page.Line(line);
                        int column = pageLine.Length - pageLine.TrimStart().Length;
                        return new EquatableArray<RequestParameter>(parameters.Items.Add(Key(example, lines.At(line, column, pageLine.Length - column))));
                    }
                }

                line++;
            }
        }

        return parameters;
    }

    private static RequestParameter Key(string example, LocationInfo at) => new(
        KeyName,
        "HashKey",
        ValueShape.Scalar,
        ScalarKind.String,
        IsRequired: false,
        new DocComment(
            "KeyHash mode: the shard hash key, 32 hexadecimal digits (the MD5 of your key: SpecClient.Sls.ShardKey.Md5Hex(key)). "
            + "The logs go to the shard whose key range holds it, sent to /shards/route; null writes in LoadBalance mode (/shards/lb).",
            example.Length == 0 ? null : example,
            null),
        null,
        EquatableArray<RequestParameter>.Empty,
        at,
        ParameterPosition.Query);
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecClient.Testing.Internal;

/// <summary>
/// Matches a received path against a ROA operation's pattern (<c>/openapi/instances/{InstanceId}/nodes</c>):
/// literal segments compare exactly, a <c>{Name}</c> segment takes any non-empty segment as that parameter's value.
/// </summary>
internal static class RoaRoute
{
    /// <summary>True when <paramref name="path"/> (decoded) fits <paramref name="pattern"/>; the placeholders' values come out.</summary>
    public static bool TryMatch(string pattern, string path, out List<KeyValuePair<string, string>> values)
    {
        values = new List<KeyValuePair<string, string>>();
        var question = pattern.IndexOf('?');
        var expected = Trim(question < 0 ? pattern : pattern.Substring(0, question)).Split('/');
        var received = Trim(path).Split('/');
        if (expected.Length != received.Length)
        {
            return false;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            var segment = expected[i];
            if (segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}')
            {
                if (received[i].Length == 0)
                {
                    return false;
                }

                values.Add(new KeyValuePair<string, string>(segment.Substring(1, segment.Length - 2), received[i]));
            }
            else if (!string.Equals(segment, received[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The fixed query a pattern ends with (SLS: <c>?action=split</c>), which tells apart operations that share
    /// a path; true when <paramref name="query"/> holds every pair of it (always for a pattern without one).
    /// </summary>
    public static bool HasFixedQuery(string pattern, IReadOnlyList<KeyValuePair<string, string>> query, out int count)
    {
        count = 0;
        var question = pattern.IndexOf('?');
        if (question < 0)
        {
            return true;
        }

        foreach (var pair in pattern.Substring(question + 1).Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair.Substring(0, equals);
            var value = equals < 0 ? string.Empty : pair.Substring(equals + 1);
            if (!query.Any(q => q.Key == name && q.Value == value))
            {
                return false;
            }

            count++;
        }

        return true;
    }

    // "/a/b/" and "/a/b" are one route; "/" is the empty route.
    private static string Trim(string path) => path.Trim('/');
}

using System;
using System.Collections.Generic;
using System.Text;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// The path a ROA request is sent to: the operation's pattern (<c>/openapi/instances/{InstanceId}/nodes</c>)
/// with each <c>{Name}</c> replaced by its value, under the endpoint's own base path. The result is the
/// canonical URI of signature V3 (each raw segment percent-encoded), which is also exactly the path sent,
/// so the signed path and the sent path cannot differ.
/// </summary>
internal static class RoaPath
{
    /// <summary>The encoded path, starting with <c>/</c>.</summary>
    /// <exception cref="ArgumentException">A placeholder of the pattern has no value.</exception>
    public static string Encoded(ResolvedEndpoint endpoint, OperationDescriptor operation, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        string basePath = Uri.UnescapeDataString(endpoint.BaseUri.AbsolutePath).TrimEnd('/');
        int question = operation.Path.IndexOf('?');
        string pattern = question < 0 ? operation.Path : operation.Path.Substring(0, question);
        string raw = basePath + Expand(pattern, values, operation);
        return Acs3SignatureV3.CanonicalUri(raw.Length == 0 ? "/" : raw);
    }

    // A value holding '/' spans two segments, as the official SDKs send it; everything else is encoded. A fixed
    // query after '?' in the pattern is not part of the path: ApiRequest sends it as query parameters.
    private static string Expand(string pattern, IReadOnlyList<KeyValuePair<string, string>> values, OperationDescriptor operation)
    {
        var builder = new StringBuilder(pattern.Length + 32);
        int position = 0;
        while (position < pattern.Length)
        {
            int open = pattern.IndexOf('{', position);
            int close = open < 0 ? -1 : pattern.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(pattern, position, pattern.Length - position);
                break;
            }

            builder.Append(pattern, position, open - position);
            string name = pattern.Substring(open + 1, close - open - 1);
            builder.Append(Find(values, name) ?? throw new ArgumentException(
                "The path parameter '" + name + "' of " + operation + " has no value; the request path " + pattern + " needs it.", name));
            position = close + 1;
        }

        string path = builder.ToString();
        return path.StartsWith("/", StringComparison.Ordinal) ? path : "/" + path;
    }

    private static string? Find(IReadOnlyList<KeyValuePair<string, string>> values, string name)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i].Key, name, StringComparison.Ordinal))
            {
                return values[i].Value;
            }
        }

        return null;
    }
}

using System;

namespace SpecClient.Generator.Reading;

/// <summary>
/// What the sample request tells: the endpoint host (<c>http(s)://domain.aliyuncs.com/?Action=...</c>) and, for
/// ROA pages, the HTTP method and path (<c>POST /openapi/instances/[InstanceId] HTTP/1.1</c>).
/// </summary>
internal sealed record SampleRequest(string? Host, string? HttpMethod, string? Path)
{
    public static SampleRequest Read(string code)
    {
        string? host = null, method = null, path = null;
        foreach (string raw in code.Split('\n'))
        {
            string line = raw.Trim();
            int scheme = line.IndexOf("://", StringComparison.Ordinal);
            if (host is null && scheme > 0)
            {
                int start = scheme + 3;
                int end = start;
                while (end < line.Length && line[end] != '/' && line[end] != '?' && line[end] != ' ' && line[end] != '\t')
                {
                    end++;
                }

                string candidate = line.Substring(start, end - start);
                if (candidate.IndexOf('.') > 0 && candidate.IndexOf('[') < 0 && candidate.IndexOf('<') < 0)
                {
                    host = candidate.ToLowerInvariant();
                }
            }

            if (method is null && TryRequestLine(line, out string? lineMethod, out string? linePath))
            {
                method = lineMethod;
                path = linePath;
            }
        }

        return new SampleRequest(host, method, path);
    }

    /// <summary>True for a code block that starts with a ROA request line.</summary>
    public static bool StartsWithRequestLine(string code)
    {
        foreach (string raw in code.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length > 0)
            {
                return TryRequestLine(line, out _, out _);
            }
        }

        return false;
    }

    // "POST /openapi/instances/[InstanceId] HTTP/1.1", "PATCH|POST /x HTTPS|HTTP", "GET /x?a=1 HTTP/1.1 public request header":
    // the method (one or several, joined by '|'), then the path up to the protocol.
    private static bool TryRequestLine(string line, out string? method, out string? path)
    {
        method = path = null;
        int space = line.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        string first = line.Substring(0, space);
        foreach (string part in first.Split('|'))
        {
            if (Array.IndexOf(Methods, part.ToUpperInvariant()) < 0)
            {
                return false;
            }
        }

        string rest = line.Substring(space + 1);
        int protocol = rest.IndexOf(" HTTP", StringComparison.OrdinalIgnoreCase);
        if (protocol < 0)
        {
            return false;
        }

        method = first.ToUpperInvariant();
        path = rest.Substring(0, protocol).Trim();
        return true;
    }

    private static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD" };
}

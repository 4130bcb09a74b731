using System;

namespace SpecClient.Generator.Reading;

/// <summary>
/// What the sample request tells: the endpoint host (<c>http(s)://domain.aliyuncs.com/?Action=...</c>) and, for
/// ROA pages, the HTTP method and path (<c>POST /openapi/instances/[InstanceId] HTTP/1.1</c>) and the name of
/// a parameter the host carries (SLS: <c>Host: ProjectName.Endpoint</c>, or <c>POST ProjectName.Endpoint/logstores/...</c>),
/// and the body's <c>Content-Type</c> and the answer's <c>Accept</c> when the request syntax shows them.
/// </summary>
internal sealed record SampleRequest(string? Host, string? HttpMethod, string? Path, string? HostParameter = null, string? ContentType = null, string? Accept = null)
{
    private const string EndpointLabel = ".endpoint";

    public static SampleRequest Read(string code)
    {
        string? host = null, method = null, path = null, hostParameter = null, contentType = null, accept = null;
        foreach (string raw in code.Split('\n'))
        {
            string line = raw.Trim();
            if (hostParameter is null && line.StartsWith("Host:", StringComparison.OrdinalIgnoreCase))
            {
                hostParameter = HostPlaceholder(line.Substring(5).Trim());
            }

            if (contentType is null && line.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))
            {
                contentType = line.Substring(13).Trim();
            }

            if (accept is null && line.StartsWith("Accept:", StringComparison.OrdinalIgnoreCase))
            {
                accept = line.Substring(7).Trim();
            }

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
                int slash = linePath!.IndexOf('/');
                if (hostParameter is null && slash > 0)
                {
                    hostParameter = HostPlaceholder(linePath.Substring(0, slash));
                }
            }
        }

        return new SampleRequest(host, method, path, hostParameter, contentType, accept);
    }

    // "ProjectName.Endpoint" → ProjectName: a name standing for the first label of the service's endpoint.
    private static string? HostPlaceholder(string host)
    {
        int dot = host.IndexOf('.');
        return dot > 0 && host.EndsWith(EndpointLabel, StringComparison.OrdinalIgnoreCase) && dot == host.Length - EndpointLabel.Length
            && RequestParameterBuilder.IsIdentifier(host.Substring(0, dot))
            ? host.Substring(0, dot)
            : null;
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
    // the method (one or several, joined by '|'), then the path up to the protocol (or the first space, without one).
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

        string rest = line.Substring(space + 1).Trim();
        int protocol = rest.IndexOf(" HTTP", StringComparison.OrdinalIgnoreCase);
        if (protocol < 0)
        {
            // "DELETE /externalstores/externalStoreName" (SLS) leaves the protocol out; "GET /logs query=SELECT ..."
            // follows the path with prose. A URL (an RPC page's "GET https://sls.aliyuncs.com/?...") is no ROA path.
            if (!rest.StartsWith("/", StringComparison.Ordinal))
            {
                return false;
            }

            int end = rest.IndexOfAny(new[] { ' ', '\t' });
            protocol = end < 0 ? rest.Length : end;
        }

        method = first.ToUpperInvariant();
        path = rest.Substring(0, protocol).Trim();
        return true;
    }

    private static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD" };
}

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

    // Lines are read in place: only what the request tells becomes a string.
    public static SampleRequest Read(ReadOnlySpan<char> code)
    {
        string? host = null, method = null, path = null, hostParameter = null, contentType = null, accept = null;
        for (int at = 0; at <= code.Length;)
        {
            ReadOnlySpan<char> line = NextLine(code, ref at).Trim();
            if (hostParameter is null && line.StartsWith("Host:".AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                hostParameter = HostPlaceholder(line.Slice(5).Trim());
            }

            if (contentType is null && line.StartsWith("Content-Type:".AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                contentType = line.Slice(13).Trim().ToString();
            }

            if (accept is null && line.StartsWith("Accept:".AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                accept = line.Slice(7).Trim().ToString();
            }

            int scheme = line.IndexOf("://".AsSpan());
            if (host is null && scheme > 0)
            {
                int start = scheme + 3;
                int end = start;
                while (end < line.Length && line[end] != '/' && line[end] != '?' && line[end] != ' ' && line[end] != '\t')
                {
                    end++;
                }

                ReadOnlySpan<char> candidate = line.Slice(start, end - start);
                if (candidate.IndexOf('.') > 0 && candidate.IndexOf('[') < 0 && candidate.IndexOf('<') < 0)
                {
                    host = candidate.ToString().ToLowerInvariant();
                }
            }

            if (method is null && TryRequestLine(line, out string? lineMethod, out string? linePath))
            {
                method = lineMethod;
                path = linePath;
                int slash = linePath!.IndexOf('/');
                if (hostParameter is null && slash > 0)
                {
                    hostParameter = HostPlaceholder(linePath.AsSpan(0, slash));
                }
            }
        }

        return new SampleRequest(host, method, path, hostParameter, contentType, accept);
    }

    // The line that starts at at, without its '\n' (as string.Split('\n') gives them); at moves past it, and
    // past the text's end after the last line.
    private static ReadOnlySpan<char> NextLine(ReadOnlySpan<char> text, ref int at)
    {
        int start = at;
        int end = text.Slice(start).IndexOf('\n');
        end = end < 0 ? text.Length : start + end;
        at = end + 1;
        return text.Slice(start, end - start);
    }

    // "ProjectName.Endpoint" → ProjectName: a name standing for the first label of the service's endpoint.
    private static string? HostPlaceholder(ReadOnlySpan<char> host)
    {
        int dot = host.IndexOf('.');
        if (dot > 0 && host.EndsWith(EndpointLabel.AsSpan(), StringComparison.OrdinalIgnoreCase) && dot == host.Length - EndpointLabel.Length)
        {
            string name = host.Slice(0, dot).ToString();
            return RequestParameterBuilder.IsIdentifier(name) ? name : null;
        }

        return null;
    }

    /// <summary>True for a code block that starts with a ROA request line.</summary>
    public static bool StartsWithRequestLine(ReadOnlySpan<char> code)
    {
        for (int at = 0; at <= code.Length;)
        {
            ReadOnlySpan<char> line = NextLine(code, ref at).Trim();
            if (line.Length > 0)
            {
                return TryRequestLine(line, out _, out _);
            }
        }

        return false;
    }

    // "POST /openapi/instances/[InstanceId] HTTP/1.1", "PATCH|POST /x HTTPS|HTTP", "GET /x?a=1 HTTP/1.1 public request header":
    // the method (one or several, joined by '|'), then the path up to the protocol (or the first space, without one).
    private static bool TryRequestLine(ReadOnlySpan<char> line, out string? method, out string? path)
    {
        method = path = null;
        int space = line.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> first = line.Slice(0, space);
        for (ReadOnlySpan<char> parts = first; ;)
        {
            int bar = parts.IndexOf('|');
            if (!IsMethod(bar < 0 ? parts : parts.Slice(0, bar)))
            {
                return false;
            }

            if (bar < 0)
            {
                break;
            }

            parts = parts.Slice(bar + 1);
        }

        ReadOnlySpan<char> rest = line.Slice(space + 1).Trim();
        int protocol = rest.IndexOf(" HTTP".AsSpan(), StringComparison.OrdinalIgnoreCase);
        if (protocol < 0)
        {
            // "DELETE /externalstores/externalStoreName" (SLS) leaves the protocol out; "GET /logs query=SELECT ..."
            // follows the path with prose. A URL (an RPC page's "GET https://sls.aliyuncs.com/?...") is no ROA path.
            if (rest.Length == 0 || rest[0] != '/')
            {
                return false;
            }

            int end = rest.IndexOfAny(' ', '\t');
            protocol = end < 0 ? rest.Length : end;
        }

        method = first.ToString().ToUpperInvariant();
        path = rest.Slice(0, protocol).Trim().ToString();
        return true;
    }

    // One of Methods once upper-cased, as string.ToUpperInvariant would (character by character).
    private static bool IsMethod(ReadOnlySpan<char> part)
    {
        foreach (string known in Methods)
        {
            if (part.Length != known.Length)
            {
                continue;
            }

            int i = 0;
            while (i < part.Length && char.ToUpperInvariant(part[i]) == known[i])
            {
                i++;
            }

            if (i == part.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD" };
}

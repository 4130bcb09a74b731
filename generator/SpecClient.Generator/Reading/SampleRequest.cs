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

            if (method is null && line.EndsWith("HTTP/1.1", StringComparison.OrdinalIgnoreCase))
            {
                int space = line.IndexOf(' ');
                if (space > 0)
                {
                    method = line.Substring(0, space).ToUpperInvariant();
                    path = line.Substring(space + 1, line.Length - space - 1 - "HTTP/1.1".Length).Trim();
                }
            }
        }

        return new SampleRequest(host, method, path);
    }
}

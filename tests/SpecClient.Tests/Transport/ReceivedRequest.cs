using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace SpecClient.Tests.Transport;

/// <summary>A request as the server saw it: raw query, every header value, body, and the decoded pairs.</summary>
internal sealed class ReceivedRequest
{
    public required string Method { get; init; }

    public required string Path { get; init; }

    /// <summary>The query string as sent, without '?'.</summary>
    public required string RawQuery { get; init; }

    /// <summary>The path as it arrived, still percent-encoded.</summary>
    public string RawPath { get; init; } = string.Empty;

    public required List<KeyValuePair<string, string>> Query { get; init; }

    public required List<KeyValuePair<string, string>> Headers { get; init; }

    public required string? ContentType { get; init; }

    public required string Body { get; init; }

    /// <summary>The body's exact bytes (<see cref="Body"/> is them read as UTF-8).</summary>
    public required byte[] BodyBytes { get; init; }

    /// <summary>The form fields of an <c>application/x-www-form-urlencoded</c> body, in order, decoded.</summary>
    public List<KeyValuePair<string, string>> Form => Decode(Body, plusIsSpace: true);

    public string Header(string name) =>
        Headers.Single(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static async Task<ReceivedRequest> ReadAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        byte[] bytes = buffer.ToArray();
        string body = Encoding.UTF8.GetString(bytes);
        string rawQuery = request.QueryString.HasValue ? request.QueryString.Value!.Substring(1) : string.Empty;
        var headers = new List<KeyValuePair<string, string>>();
        foreach (KeyValuePair<string, StringValues> header in request.Headers)
        {
            foreach (string? value in header.Value)
            {
                headers.Add(new KeyValuePair<string, string>(header.Key, value ?? string.Empty));
            }
        }

        return new ReceivedRequest
        {
            Method = request.Method,
            Path = request.Path.Value ?? string.Empty,
            RawPath = (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? string.Empty).Split('?')[0],
            RawQuery = rawQuery,
            Query = Decode(rawQuery, plusIsSpace: false),
            Headers = headers,
            ContentType = request.ContentType,
            Body = body,
            BodyBytes = bytes,
        };
    }

    private static List<KeyValuePair<string, string>> Decode(string encoded, bool plusIsSpace)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (encoded.Length == 0)
        {
            return pairs;
        }

        foreach (string part in encoded.Split('&'))
        {
            int equals = part.IndexOf('=');
            string name = equals < 0 ? part : part.Substring(0, equals);
            string value = equals < 0 ? string.Empty : part.Substring(equals + 1);
            pairs.Add(new KeyValuePair<string, string>(Unescape(name, plusIsSpace), Unescape(value, plusIsSpace)));
        }

        return pairs;
    }

    private static string Unescape(string text, bool plusIsSpace) =>
        Uri.UnescapeDataString(plusIsSpace ? text.Replace('+', ' ') : text);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace SpecClient.Testing.Internal;

/// <summary>
/// A request as it arrived on the wire: method, path, decoded query and form pairs in their received order,
/// headers and the exact body bytes. Signatures are recomputed from this, never from a re-serialized form.
/// </summary>
internal sealed class ReceivedRequest
{
    private ReceivedRequest(
        string method,
        string path,
        IReadOnlyList<KeyValuePair<string, string>> query,
        IReadOnlyList<KeyValuePair<string, string>> form,
        IHeaderDictionary headers,
        byte[] body,
        string rawPath)
    {
        Method = method;
        Path = path;
        RawPath = rawPath;
        Query = query;
        Form = form;
        Headers = headers;
        Body = body;
        Parameters = query.Concat(form).ToArray();
    }

    public string Method { get; }

    /// <summary>The decoded path, <c>/</c> when empty.</summary>
    public string Path { get; }

    /// <summary>The path as it arrived, still percent-encoded (what ROA signature V1 signs).</summary>
    public string RawPath { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Form { get; }

    /// <summary>Query pairs followed by form pairs: what V1 signs and where RPC parameters live.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    public IHeaderDictionary Headers { get; }

    public byte[] Body { get; }

    /// <summary>The first value of parameter <paramref name="name"/> in query or form, or null.</summary>
    public string? Parameter(string name)
    {
        foreach (var pair in Parameters)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>The header's values joined by <c>", "</c>, or null when absent.</summary>
    public string? Header(string name)
    {
        return Headers.TryGetValue(name, out StringValues values) && values.Count > 0 ? string.Join(", ", values.ToArray()) : null;
    }

    /// <summary>Reads the whole request. The body size is bounded by Kestrel's MaxRequestBodySize.</summary>
    public static async Task<ReceivedRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            body = buffer.ToArray();
        }

        var query = ParsePairs(request.QueryString.HasValue ? request.QueryString.Value!.Substring(1) : string.Empty);
        IReadOnlyList<KeyValuePair<string, string>> form = Array.Empty<KeyValuePair<string, string>>();
        if (IsForm(request.ContentType) && body.Length > 0)
        {
            form = ParsePairs(Encoding.UTF8.GetString(body));
        }

        var path = request.PathBase.Add(request.Path).Value;
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.ToUriComponent();
        var question = rawTarget.IndexOf('?');
        var rawPath = question < 0 ? rawTarget : rawTarget.Substring(0, question);
        return new ReceivedRequest(request.Method, string.IsNullOrEmpty(path) ? "/" : path!, query, form, request.Headers, body, rawPath.Length == 0 ? "/" : rawPath);
    }

    private static bool IsForm(string? contentType) =>
        contentType is not null && contentType.TrimStart().StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits <c>a=1&amp;b=&amp;c</c> into decoded pairs; a name without <c>=</c> gets an empty value.</summary>
    internal static IReadOnlyList<KeyValuePair<string, string>> ParsePairs(string text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in text.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            var name = equals < 0 ? part : part.Substring(0, equals);
            var value = equals < 0 ? string.Empty : part.Substring(equals + 1);
            pairs.Add(new KeyValuePair<string, string>(Rfc3986.Decode(name), Rfc3986.Decode(value)));
        }

        return pairs;
    }
}

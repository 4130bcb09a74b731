using System;
using System.Collections.Generic;

namespace SpecClient;

/// <summary>The ROA half of a request: path values, headers and the JSON body, next to the query parameters.</summary>
public sealed partial class ApiRequest
{
    private List<KeyValuePair<string, string>>? _pathValues;
    private List<KeyValuePair<string, string>>? _headers;
    private JsonBodyWriter? _body;
    private byte[]? _rawBody;
    private string? _rawBodyContentType;
    private byte[]? _finishedBody;
    private bool _bodyFinished;
    private string? _hostLabel;

    /// <summary>The ROA path values added so far (raw, not encoded), which replace <c>{Name}</c> in the path.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> PathValues => (IReadOnlyList<KeyValuePair<string, string>>?)_pathValues ?? Array.Empty<KeyValuePair<string, string>>();

    /// <summary>The ROA request headers added so far.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => (IReadOnlyList<KeyValuePair<string, string>>?)_headers ?? Array.Empty<KeyValuePair<string, string>>();

    /// <summary>The host label added so far (<see cref="ParameterLocation.Host"/>: SLS's project), or null.</summary>
    public string? HostLabel => _hostLabel;

    /// <summary>
    /// The JSON body's fields, written in order without reflection. The body is sent only when something was
    /// written to it; a null value writes nothing.
    /// </summary>
    public JsonBodyWriter Body
    {
        get
        {
            if (_rawBody is not null)
            {
                throw new InvalidOperationException("The request already has a whole body (SetBody); it cannot also have body fields.");
            }

            return _body ??= new JsonBodyWriter();
        }
    }

    /// <summary>
    /// Sets the whole body to <paramref name="json"/>, sent as given with <c>Content-Type: application/json</c>
    /// (the <c>body</c> parameter of ROA operations whose docs describe the body as one JSON document).
    /// A null value sends no body.
    /// </summary>
    /// <param name="json">The body's JSON text, or null.</param>
    public void SetBody(string? json)
    {
        if (json is null)
        {
            return;
        }

        if (_body is not null)
        {
            throw new InvalidOperationException("The request already has body fields; it cannot also have a whole body (SetBody).");
        }

        _rawBody = System.Text.Encoding.UTF8.GetBytes(json);
    }

    /// <summary>
    /// Sets the whole body to <paramref name="body"/>, sent as given with <c>Content-Type: </c><paramref name="contentType"/>
    /// (operations whose docs send bytes rather than JSON, such as Simple Log Service's <c>PutLogs</c> with
    /// <c>application/x-protobuf</c>). A null value sends no body.
    /// </summary>
    /// <param name="body">The bytes to send, or null. Not copied: leave them unchanged until the call completes.</param>
    /// <param name="contentType">The media type of the bytes, for example <c>application/x-protobuf</c>.</param>
    public void SetBody(byte[]? body, string contentType)
    {
        if (contentType is null || contentType.Length == 0)
        {
            throw new ArgumentException("A body of bytes needs its media type.", nameof(contentType));
        }

        if (body is null)
        {
            return;
        }

        if (_body is not null)
        {
            throw new InvalidOperationException("The request already has body fields; it cannot also have a whole body (SetBody).");
        }

        _rawBody = body;
        _rawBodyContentType = contentType;
    }

    /// <summary>The media type of the body set as bytes, or null for a JSON body (whose type each request form writes its own way).</summary>
    internal string? BodyContentType => _rawBodyContentType;

    /// <summary>The body bytes to send, or null for none; written once, so every (re-signed) attempt sends the same bytes.</summary>
    internal byte[]? BodyBytes()
    {
        if (!_bodyFinished)
        {
            _finishedBody = _rawBody ?? _body?.Finish();
            _bodyFinished = true;
        }

        return _finishedBody;
    }

    private void AddText(string name, string value, ParameterLocation location)
    {
        switch (location)
        {
            case ParameterLocation.Path:
                (_pathValues ??= new List<KeyValuePair<string, string>>(2)).Add(new KeyValuePair<string, string>(name, value));
                break;
            case ParameterLocation.Header:
                (_headers ??= new List<KeyValuePair<string, string>>(2)).Add(new KeyValuePair<string, string>(name, value));
                break;
            case ParameterLocation.Host:
                _hostLabel = HostLabelOf(name, value);
                break;
            default:
                _parameters.Add(new KeyValuePair<string, string>(name, value));
                break;
        }
    }

    // One DNS label: anything else (a dot, a slash, '@', a port) could send the signed request to another host.
    private static string HostLabelOf(string name, string value)
    {
        bool valid = value.Length > 0 && value.Length <= 63 && value[0] != '-' && value[value.Length - 1] != '-';
        for (int i = 0; valid && i < value.Length; i++)
        {
            char c = value[i];
            valid = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-';
        }

        if (!valid)
        {
            throw new ArgumentException(
                "The value of '" + name + "' becomes the first label of the host name, so it must be 1 to 63 letters, digits or inner hyphens; '"
                + value + "' is not.",
                name);
        }

        return value;
    }
}

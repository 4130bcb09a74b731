using System;
using System.Globalization;
using System.Net.Http;

namespace SpecClient.Serialization;

/// <summary>
/// The headers of a successful response, for <see cref="ResponseHeadersReader{T}"/>: values by name (ignoring
/// case, first non-blank value, trimmed) and the typed forms generated readers use. A value that does not parse
/// reads as null, as a body field of the wrong type would not fail the call either.
/// </summary>
public readonly struct ResponseHeaders
{
    private readonly HttpResponseMessage? _response;

    internal ResponseHeaders(HttpResponseMessage response) => _response = response;

    /// <summary>The request id the service sent in a header (<c>x-acs-request-id</c>, or SLS's <c>x-log-requestid</c>), or null.</summary>
    public string? RequestId => _response is null ? null : ResponseHandler.HeaderRequestId(_response);

    /// <summary>The value of header <paramref name="name"/>, or null when the response has none.</summary>
    /// <param name="name">The header name, for example <c>x-log-progress</c>.</param>
    public string? this[string name] => _response is null ? null : ResponseHandler.HeaderValue(_response, name);

    /// <summary>The header as a 32-bit integer, or null.</summary>
    /// <param name="name">The header name.</param>
    public int? Int32(string name) =>
        int.TryParse(this[name], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) ? value : null;

    /// <summary>The header as a 64-bit integer, or null.</summary>
    /// <param name="name">The header name.</param>
    public long? Int64(string name) =>
        long.TryParse(this[name], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) ? value : null;

    /// <summary>The header as a number, or null.</summary>
    /// <param name="name">The header name.</param>
    public double? Double(string name) =>
        double.TryParse(this[name], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;

    /// <summary>The header as a boolean (<c>true</c>/<c>false</c>, any case), or null.</summary>
    /// <param name="name">The header name.</param>
    public bool? Boolean(string name) =>
        bool.TryParse(this[name], out bool value) ? value : null;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Xml;
using SpecClient.Serialization;

namespace SpecClient;

/// <summary>
/// Turns a response that was read whole into the caller's result (2xx) or into a typed exception. JSON is read
/// as it is; XML (asked for with <see cref="ResponseFormat.Xml"/>, or sent unasked by a gateway) is converted to
/// JSON first; an HTML page is never taken for an answer. Everything taken from the body into an exception
/// message passes through <see cref="SecretRedaction"/>.
/// </summary>
internal static class ResponseHandler
{
    /// <summary>How much of an error body is read: enough for any service error, and the start of any HTML page.</summary>
    public const int MaxErrorBytes = 64 * 1024;

    private const string RequestIdHeader = "x-acs-request-id";
    private const string SlsRequestIdHeader = "x-log-requestid";
    private const int ExcerptLength = 256;
    private const int TitleScanLength = 4096;
    private const int TitleLength = 200;

    /// <summary>The answer of a write with nothing to say (SLS answers many writes with headers only): an empty object.</summary>
    private static readonly byte[] EmptyObject = { (byte)'{', (byte)'}' };

    public static T ReadSuccess<T>(HttpResponseMessage response, ResponseBody body, ResponseReader<T> reader, AccessKeyCredential? credential, int limit, bool emptyBodyIsEmpty = false)
    {
        if (body.IsTooLarge)
        {
            throw TooLarge(response, limit);
        }

        ReadOnlySpan<byte> raw = Utf8Bom.Skip(body.Span);
        if (IsBlank(raw))
        {
            if (emptyBodyIsEmpty)
            {
                return ReadJson(response, EmptyObject, EmptyObject, reader, credential);
            }

            throw FormatError(response, raw, raw, "the body is empty.", credential, null);
        }

        if (!XmlToJson.LooksLikeXml(raw))
        {
            return ReadJson(response, raw, raw, reader, credential);
        }

        if (IsHtml(response, raw))
        {
            throw FormatError(response, ReadOnlySpan<byte>.Empty, raw, "the body is an HTML page, not the service's answer.", credential, null);
        }

        byte[] json;
        try
        {
            json = XmlToJson.Convert(body.Buffer, 0, body.Length);
        }
        catch (XmlException e)
        {
            throw FormatError(response, ReadOnlySpan<byte>.Empty, raw, "the body is not valid XML (" + e.Message + ").", credential, e);
        }

        return ReadJson(response, json, raw, reader, credential);
    }

    /// <summary>The exception for a success body over the limit, of which nothing was read.</summary>
    public static ResponseFormatException TooLarge(HttpResponseMessage response, int limit) =>
        new(
            "the body is larger than " + limit.ToString(CultureInfo.InvariantCulture) + " bytes (SpecClientOptions.MaxResponseBytes).",
            (int)response.StatusCode,
            HeaderRequestId(response),
            bodyExcerpt: null);

    /// <summary>The exception for an error status: throttling, client error (4xx) or server error (5xx).</summary>
    public static ServiceException CreateError(HttpResponseMessage response, ResponseBody body, AccessKeyCredential? credential, RetryPolicy policy, DateTimeOffset now)
    {
        int status = (int)response.StatusCode;
        ReadOnlySpan<byte> raw = Utf8Bom.Skip(body.Span);
        ErrorBody error = default;
        string? title = null;
        if (!XmlToJson.LooksLikeXml(raw))
        {
            error = ErrorBody.Parse(raw);
        }
        else if (IsHtml(response, raw))
        {
            // A gateway's or proxy's page: its title ("502 Bad Gateway") is the best message there is.
            title = HtmlTitle(raw);
        }
        else
        {
            try
            {
                error = ErrorBody.Parse(XmlToJson.Convert(body.Buffer, 0, body.Length));
            }
            catch (XmlException)
            {
                // A truncated or broken XML error: the status and the header's request id remain.
            }
        }

        string? code = SecretRedaction.Redact(error.Code, credential);
        string? message = SecretRedaction.Redact(error.Message ?? title ?? response.ReasonPhrase, credential);
        string? requestId = error.RequestId ?? HeaderRequestId(response);
        string? hostId = SecretRedaction.Redact(error.HostId, credential);
        string? recommend = SecretRedaction.Redact(error.Recommend, credential);
        AccessDeniedDetail? detail = Redact(error.AccessDeniedDetail, credential);
        if (policy.IsThrottling(status, code))
        {
            return new ThrottlingException(status, code, message, requestId, hostId, recommend, detail, RetryAfterHeader.Read(response, now));
        }

        if (status >= 400 && status <= 499)
        {
            return new ClientErrorException(status, code, message, requestId, hostId, recommend, detail);
        }

        if (status >= 500 && status <= 599)
        {
            return new ServerErrorException(status, code, message, requestId, hostId, recommend, detail);
        }

        return new ServiceException(status, code, message, requestId, hostId, recommend, detail);
    }

    /// <summary>The request id the <c>x-acs-request-id</c> header (SLS: <c>x-log-requestid</c>) carries, or null.</summary>
    public static string? HeaderRequestId(HttpResponseMessage response) =>
        HeaderValue(response, RequestIdHeader) ?? HeaderValue(response, SlsRequestIdHeader);

    internal static string? HeaderValue(HttpResponseMessage response, string name)
    {
        if (response.Headers.TryGetValues(name, out IEnumerable<string>? values))
        {
            foreach (string value in values)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return value.Trim();
                }
            }
        }

        return null;
    }

    private static T ReadJson<T>(HttpResponseMessage response, ReadOnlySpan<byte> json, ReadOnlySpan<byte> raw, ResponseReader<T> readResult, AccessKeyCredential? credential)
    {
        Exception cause;
        try
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            T result = readResult(ref reader);

            // Anything after the value (a second document, garbage from a proxy) means the body is not what it claims.
            reader.Read();
            return result;
        }
        catch (JsonException e)
        {
            cause = e;
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader's Get* methods throw this for a token of another kind than the reader expected.
            cause = e;
        }
        catch (FormatException e)
        {
            cause = e;
        }

        string problem = IsValidJson(json)
            ? "the body does not match the documented response (" + cause.Message + ")."
            : "the body is not valid JSON (" + cause.Message + ").";
        throw FormatError(response, json, raw, problem, credential, cause);
    }

    private static ResponseFormatException FormatError(HttpResponseMessage response, ReadOnlySpan<byte> json, ReadOnlySpan<byte> raw, string problem, AccessKeyCredential? credential, Exception? cause)
    {
        return new ResponseFormatException(
            SecretRedaction.Redact(problem, credential)!,
            (int)response.StatusCode,
            (json.IsEmpty ? null : ErrorBody.Parse(json).RequestId) ?? HeaderRequestId(response),
            SecretRedaction.Redact(Excerpt(raw), credential),
            WithoutSecrets(cause, credential));
    }

    private static AccessDeniedDetail? Redact(AccessDeniedDetail? detail, AccessKeyCredential? credential)
    {
        if (detail is null)
        {
            return null;
        }

        return new AccessDeniedDetail(
            SecretRedaction.Redact(detail.AuthAction, credential),
            SecretRedaction.Redact(detail.AuthPrincipalType, credential),
            SecretRedaction.Redact(detail.AuthPrincipalOwnerId, credential),
            SecretRedaction.Redact(detail.AuthPrincipalDisplayName, credential),
            SecretRedaction.Redact(detail.PolicyType, credential),
            SecretRedaction.Redact(detail.NoPermissionType, credential),
            SecretRedaction.Redact(detail.EncodedDiagnosticMessage, credential),
            SecretRedaction.Redact(detail.Raw, credential));
    }

    // A reader's message may quote a value of the body; if that value holds a secret, keep only a redacted copy.
    private static Exception? WithoutSecrets(Exception? cause, AccessKeyCredential? credential)
    {
        if (cause is null)
        {
            return null;
        }

        string redacted = SecretRedaction.Redact(cause.Message, credential)!;
        if (ReferenceEquals(redacted, cause.Message))
        {
            return cause;
        }

        return cause is XmlException ? new XmlException(redacted) : new JsonException(redacted);
    }

    // HTML by its declared type, or by how it starts whatever the type says.
    private static bool IsHtml(HttpResponseMessage response, ReadOnlySpan<byte> body)
    {
        string? mediaType = response.Content?.Headers.ContentType?.MediaType;
        if (mediaType is not null && mediaType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        int start = 0;
        while (start < body.Length && (body[start] == ' ' || body[start] == '\t' || body[start] == '\r' || body[start] == '\n'))
        {
            start++;
        }

        ReadOnlySpan<byte> head = body.Slice(start);
        return StartsWithIgnoreCase(head, "<!doctype html") || StartsWithIgnoreCase(head, "<html");
    }

    private static string? HtmlTitle(ReadOnlySpan<byte> body)
    {
        ReadOnlySpan<byte> scan = body.Length > TitleScanLength ? body.Slice(0, TitleScanLength) : body;
        int open = IndexOfIgnoreCase(scan, "<title");
        if (open < 0)
        {
            return null;
        }

        int textStart = scan.Slice(open).IndexOf((byte)'>');
        if (textStart < 0)
        {
            return null;
        }

        textStart += open + 1;
        int length = IndexOfIgnoreCase(scan.Slice(textStart), "</title");
        if (length <= 0)
        {
            return null;
        }

        string title = OneLine(scan.Slice(textStart, Math.Min(length, TitleLength * 4))).Trim();
        return title.Length == 0 ? null : title.Length > TitleLength ? title.Substring(0, TitleLength) : title;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, string prefix)
    {
        if (text.Length < prefix.Length)
        {
            return false;
        }

        for (int i = 0; i < prefix.Length; i++)
        {
            if ((text[i] | 0x20) != (prefix[i] | 0x20))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, string value)
    {
        for (int i = 0; i + value.Length <= text.Length; i++)
        {
            if (StartsWithIgnoreCase(text.Slice(i), value))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (byte b in body)
        {
            if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidJson(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read())
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // The start of the body on one line: enough to recognise an HTML error page or a truncated document.
    private static string? Excerpt(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        int take = Math.Min(body.Length, ExcerptLength);
        string text = OneLine(body.Slice(0, take));
        return take < body.Length ? text + "..." : text;
    }

    private static string OneLine(ReadOnlySpan<byte> utf8)
    {
        string text = Encoding.UTF8.GetString(utf8.ToArray());
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using SpecClient.Serialization;

namespace SpecClient;

/// <summary>
/// Turns a response that was read whole into the caller's result (2xx) or into a typed exception. Everything
/// taken from the body into an exception message passes through <see cref="SecretRedaction"/>.
/// </summary>
internal static class ResponseHandler
{
    private const string RequestIdHeader = "x-acs-request-id";
    private const int ExcerptLength = 256;

    public static T Handle<T>(HttpResponseMessage response, ResponseBody body, ResponseReader<T> reader, AccessKeyCredential? credential, int limit)
    {
        int status = (int)response.StatusCode;
        if (body.IsTooLarge)
        {
            throw new ResponseFormatException(
                "the body is larger than " + limit.ToString(CultureInfo.InvariantCulture) + " bytes (SpecClientOptions.MaxResponseBytes).",
                status,
                HeaderRequestId(response),
                bodyExcerpt: null);
        }

        ReadOnlySpan<byte> json = Utf8Bom.Skip(body.Span);
        if (status >= 200 && status <= 299)
        {
            return ReadSuccess(response, json, reader, credential);
        }

        ErrorBody error = ErrorBody.Parse(json);
        string? message = error.Message ?? response.ReasonPhrase;
        throw new ServiceException(
            status,
            SecretRedaction.Redact(error.Code, credential),
            SecretRedaction.Redact(message, credential),
            error.RequestId ?? HeaderRequestId(response),
            SecretRedaction.Redact(error.HostId, credential),
            SecretRedaction.Redact(error.Recommend, credential));
    }

    private static T ReadSuccess<T>(HttpResponseMessage response, ReadOnlySpan<byte> json, ResponseReader<T> readResult, AccessKeyCredential? credential)
    {
        if (IsBlank(json))
        {
            throw FormatError(response, json, "the body is empty.", credential, null);
        }

        Exception cause;
        try
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            return readResult(ref reader);
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
        throw FormatError(response, json, problem, credential, cause);
    }

    private static ResponseFormatException FormatError(HttpResponseMessage response, ReadOnlySpan<byte> json, string problem, AccessKeyCredential? credential, Exception? cause)
    {
        return new ResponseFormatException(
            SecretRedaction.Redact(problem, credential)!,
            (int)response.StatusCode,
            ErrorBody.Parse(json).RequestId ?? HeaderRequestId(response),
            SecretRedaction.Redact(Excerpt(json), credential),
            WithoutSecrets(cause, credential));
    }

    // A reader's message may quote a value of the body; if that value holds a secret, keep only a redacted copy.
    private static Exception? WithoutSecrets(Exception? cause, AccessKeyCredential? credential)
    {
        if (cause is null)
        {
            return null;
        }

        string redacted = SecretRedaction.Redact(cause.Message, credential)!;
        return ReferenceEquals(redacted, cause.Message) ? cause : new JsonException(redacted);
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

    private static string? HeaderRequestId(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues(RequestIdHeader, out IEnumerable<string>? values))
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

    // The start of the body on one line: enough to recognise an HTML error page or a truncated document.
    private static string? Excerpt(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        int take = Math.Min(body.Length, ExcerptLength);
        string text = Encoding.UTF8.GetString(body.Slice(0, take).ToArray());
        var builder = new StringBuilder(text.Length + 3);
        foreach (char c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        if (take < body.Length)
        {
            builder.Append("...");
        }

        return builder.ToString();
    }
}

using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SpecClient.Serialization;

namespace SpecClient;

/// <summary>
/// The plain HTTP calls of the metadata service and credentials URI sources: one request with its own time
/// limit, a small body, and failures as <see cref="CredentialsException"/> that name the address, never a value.
/// </summary>
internal static class CredentialHttp
{
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>Sends <paramref name="message"/> and reads the body as UTF-8 text, whatever the status.</summary>
    /// <exception cref="CredentialsException">No answer within <paramref name="timeout"/>, or the server could not be reached.</exception>
    public static async Task<HttpAnswer> SendAsync(HttpClient client, HttpRequestMessage message, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using HttpResponseMessage response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
            using ResponseBody body = await ResponseBody.ReadAsync(response.Content, MaxBodyBytes, timeoutSource.Token).ConfigureAwait(false);
            if (body.IsTooLarge)
            {
                throw new CredentialsException(what + " answered with a body larger than 64 KiB.");
            }

            return new HttpAnswer((int)response.StatusCode, Encoding.UTF8.GetString(Utf8Bom.Skip(body.Span).ToArray()));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException e)
        {
            throw new CredentialsException(what + " did not answer within " + timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s.", e);
        }
        catch (HttpRequestException e)
        {
            throw new CredentialsException(what + " could not be reached (" + e.Message + ").", e);
        }
    }

    /// <summary>
    /// Reads the temporary credential JSON of the metadata service and of credentials URIs:
    /// <c>{"Code":"Success","AccessKeyId":…,"AccessKeySecret":…,"SecurityToken":…,"Expiration":…}</c>.
    /// </summary>
    /// <exception cref="CredentialsException">The body is not that JSON, its Code is not Success, or a field is missing.</exception>
    public static AccessKeyCredential ReadCredential(string json, string what)
    {
        string? code = null, id = null, secret = null, token = null, expiration = null;
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new CredentialsException(what + " answered with something other than a JSON object.");
            }

            while (JsonRead.NextProperty(ref reader))
            {
                if (JsonRead.Property(ref reader, "Code"))
                {
                    code = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "AccessKeyId"))
                {
                    id = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "AccessKeySecret"))
                {
                    secret = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "SecurityToken"))
                {
                    token = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "Expiration"))
                {
                    expiration = JsonRead.String(ref reader);
                }
                else
                {
                    JsonRead.SkipProperty(ref reader);
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The message of a JsonException can quote the body, which holds the secret: say only where it broke.
            throw new CredentialsException(what + " answered with a body that is not valid JSON.");
        }

        if (code is not null && !string.Equals(code, "Success", StringComparison.OrdinalIgnoreCase))
        {
            throw new CredentialsException(what + " answered with Code '" + code + "' instead of Success.");
        }

        return CredentialText.Temporary(what, id, secret, token, expiration);
    }
}

/// <summary>The status and text body of an answer.</summary>
internal readonly struct HttpAnswer
{
    public HttpAnswer(int status, string body)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; }

    public string Body { get; }

    public bool IsSuccess => Status >= 200 && Status <= 299;
}

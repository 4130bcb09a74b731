using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SpecClient.Serialization;
using SpecClient.Signing;

namespace SpecClient.Tests.Transport;

/// <summary>The operation, credentials, reader and checks the transport tests share.</summary>
internal static class TransportTestKit
{
    public const string AccessKeyId = "testid";
    public const string Secret = "TestSecret-Do-Not-Leak-42";
    public const string Token = "CAIS/sts+token=with&chars%20";
    public const string Nonce = "nonce-0001";

    public static readonly DateTimeOffset Now = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static readonly OperationDescriptor Operation = new(
        "Domain",
        "2018-01-29",
        "ResendEmailVerification",
        ApiStyle.Rpc,
        "POST",
        "/",
        new[] { "Email" },
        "{\"RequestId\":\"r\",\"Count\":1}",
        null,
        isReadOnly: false);

    /// <summary>API parameters with characters that every encoding step could get wrong.</summary>
    public static ApiRequest Request()
    {
        var request = new ApiRequest(Operation);
        request.Add("Email", "test1@aliyun.com,test2@aliyun.com");
        request.Add("Lang", "en");
        request.Add("Note", "a b*c~d+e&f=g/h?i%j é e\u0301 中文 😀");
        request.Add("PageSize", 10);
        request.Add("Empty", string.Empty);
        return request;
    }

    public static SpecClientOptions Options(LoopbackServer server, SignatureVersion version, string? token = Token) => new()
    {
        Endpoint = server.BaseUri.ToString(),
        AllowInsecureHttp = true,
        SignatureVersion = version,
        Credentials = new StaticCredentialProvider(AccessKeyId, Secret, token),
        Clock = () => Now,
        NonceFactory = () => Nonce,
        Retry = NoWait(),
    };

    /// <summary>Default retries, but the waits between attempts take no time.</summary>
    public static RetryOptions NoWait(RetryOptions? options = null)
    {
        options ??= new RetryOptions();
        options.Delay = static (_, token) => token.IsCancellationRequested ? Task.FromCanceled(token) : Task.CompletedTask;
        return options;
    }

    public const string SuccessJson = "{\"RequestId\":\"req-ok\",\"Count\":\"2\",\"SuccessEmails\":{\"SuccessEmail\":[\"a@b.c\",\"d@e.f\"]}}";

    public sealed record Result(string? RequestId, int? Count, IReadOnlyList<string> Emails);

    /// <summary>A hand-written reader of the kind the generator emits, built from JsonRead.</summary>
    public static Result ReadResult(ref Utf8JsonReader reader)
    {
        string? requestId = null;
        int? count = null;
        IReadOnlyList<string> emails = Array.Empty<string>();
        if (!JsonRead.BeginObject(ref reader))
        {
            return new Result(null, null, emails);
        }

        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Property(ref reader, "RequestId"))
            {
                requestId = JsonRead.String(ref reader);
            }
            else if (JsonRead.Property(ref reader, "Count"))
            {
                count = JsonRead.Int32(ref reader);
            }
            else if (JsonRead.Property(ref reader, "SuccessEmails"))
            {
                emails = JsonRead.List(ref reader, "SuccessEmail", static (ref Utf8JsonReader item) => JsonRead.String(ref item) ?? string.Empty);
            }
            else
            {
                JsonRead.SkipProperty(ref reader);
            }
        }

        return new Result(requestId, count, emails);
    }

    /// <summary>Waits until the client goes away or the server stops, sending nothing.</summary>
    public static async Task Stall(HttpContext context, LoopbackServer server)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, server.Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, both.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>No form of the secret or the token may appear in anything an exception prints.</summary>
    public static void AssertNoSecret(Exception exception)
    {
        string text = exception.ToString();
        string encodedToken = PercentEncoding.Encode(Token);
        foreach (string secret in new[] { Secret, Token, encodedToken, PercentEncoding.Encode(encodedToken) })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}

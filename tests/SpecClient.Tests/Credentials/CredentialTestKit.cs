using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using SpecClient.Tests.Transport;

namespace SpecClient.Tests.Credentials;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class FakeClock
{
    private long _ticks;

    public FakeClock(DateTimeOffset start) => _ticks = start.UtcTicks;

    public DateTimeOffset Now => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public Func<DateTimeOffset> Func => () => Now;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

/// <summary>
/// A home directory and environment variables of the test's own (a temp folder and a dictionary): no test reads
/// the real ~/.aliyun, ~/.alibabacloud or ALIBABA_CLOUD_* variables, or the real metadata service.
/// </summary>
internal sealed class FakeWorld : IDisposable
{
    public FakeWorld()
    {
        Home = Path.Combine(Path.GetTempPath(), "specclient-cred-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Home);
    }

    public string Home { get; }

    public Dictionary<string, string?> Variables { get; } = new(StringComparer.Ordinal);

    public FakeClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Where the metadata service is: a closed port unless a test starts a fake.</summary>
    public Uri Metadata { get; set; } = CredentialTestKit.ClosedPort();

    public string? Sts { get; set; }

    public string Write(string relativePath, string content)
    {
        string path = Path.Combine(Home, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public CredentialEnvironment Environment() => new(name => Variables.GetValueOrDefault(name), Home)
    {
        Clock = Clock.Func,
        EcsMetadataEndpoint = Metadata,
        StsEndpoint = Sts,
        AllowInsecureHttp = true,
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class CredentialTestKit
{
    public const string SourceId = "LTAI-source-id";
    public const string SourceSecret = "Source-Secret-Never-Print-1";
    public const string StsId = "STS.issued-id";
    public const string StsSecret = "Issued-Secret-Never-Print-2";
    public const string StsToken = "CAIS-issued+token/Never=Print";
    public const string OidcToken = "eyJhbGciOiJSUzI1NiJ9.oidc-token-never-print.sig";

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The JSON that STS, the metadata service and credentials URIs all answer with.</summary>
    public static string CredentialJson(DateTimeOffset expiration, string id = StsId, string secret = StsSecret, string token = StsToken, string? code = "Success") =>
        "{" + (code is null ? string.Empty : "\"Code\":\"" + code + "\",") + "\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"" + secret
        + "\",\"SecurityToken\":\"" + token + "\",\"Expiration\":\"" + Iso(expiration) + "\",\"LastUpdated\":\"2024-01-01T00:00:00Z\"}";

    public static string StsJson(DateTimeOffset expiration, string id = StsId) =>
        "{\"RequestId\":\"sts-req-1\",\"AssumedRoleUser\":{\"Arn\":\"acs:ram::1:role/r/s\",\"AssumedRoleId\":\"1:s\"},\"Credentials\":"
        + CredentialJson(expiration, id, code: null) + "}";

    /// <summary>A loopback port nothing listens on: connecting fails at once.</summary>
    public static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri("http://127.0.0.1:" + port + "/");
    }

    public static Task<LoopbackServer> ServeAsync(Func<HttpContext, Task> respond) =>
        LoopbackServer.StartAsync((context, _) => respond(context));

    public static async Task WriteAsync(HttpContext context, int status, string body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    }

    /// <summary>No secret of any party may appear in anything an exception or description prints.</summary>
    public static void AssertNoSecret(string text)
    {
        foreach (string secret in new[] { SourceSecret, StsSecret, StsToken, OidcToken, "oidc-token-never-print" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    public static void AssertNoSecret(Exception exception) => AssertNoSecret(exception.ToString());
}

using System.Text.Json;

namespace SpecClient.Testing.Tests.Support;

/// <summary>An HTTP answer read completely, with helpers for the service's error shape.</summary>
internal sealed class ServiceAnswer
{
    private ServiceAnswer(HttpResponseMessage response, string body)
    {
        Status = (int)response.StatusCode;
        Body = body;
        ContentType = response.Content.Headers.ContentType?.ToString();
        RequestIdHeader = response.Headers.TryGetValues("x-acs-request-id", out var values) ? values.Single() : null;
    }

    public int Status { get; }

    public string Body { get; }

    public string? ContentType { get; }

    public string? RequestIdHeader { get; }

    public static async Task<ServiceAnswer> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        using (var response = await http.SendAsync(request))
        {
            return new ServiceAnswer(response, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>The error's fields; fails unless the body is exactly the service's five-field JSON error.</summary>
    public Dictionary<string, string> ErrorFields()
    {
        using var document = JsonDocument.Parse(Body);
        var fields = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Equal(new[] { "RequestId", "HostId", "Code", "Message", "Recommend" }, fields.Keys);
        return fields;
    }

    /// <summary>Asserts a JSON error with this status and code, and returns its fields.</summary>
    public Dictionary<string, string> AssertError(int status, string code)
    {
        Assert.True(Status == status, $"expected {status} {code}, got {Status}: {Body}");
        Assert.Equal("application/json; charset=utf-8", ContentType);
        var fields = ErrorFields();
        Assert.Equal(code, fields["Code"]);
        Assert.Equal(RequestIdHeader, fields["RequestId"]);
        return fields;
    }
}

using System.Collections.Concurrent;

namespace SpecClient.DependencyInjection.Tests;

/// <summary>A delegating handler as a user would chain one: it notes each request and response that passes.</summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<Seen> _seen;

    public RecordingHandler(ConcurrentQueue<Seen> seen)
    {
        _seen = seen;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
        string? action = request.Headers.TryGetValues("x-acs-action", out IEnumerable<string>? values) ? values.Single() : null;
        _seen.Enqueue(new Seen(request.Method, request.RequestUri!, action, (int)response.StatusCode));
        return response;
    }

    public sealed record Seen(HttpMethod Method, Uri Uri, string? Action, int StatusCode);
}

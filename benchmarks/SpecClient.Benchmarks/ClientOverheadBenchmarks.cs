using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SpecClient.Benchmarks.Domain;
using SpecClient.Signing;

namespace SpecClient.Benchmarks;

/// <summary>
/// The same calls with no network: the HttpClient's handler answers the sample body at once. What is left is the
/// client-side cost alone (building, signing, reading), which the loopback benchmark adds to a socket round trip.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClientOverheadBenchmarks
{
    private static readonly ResendEmailVerificationRequest Request = new() { Email = "test1@aliyun.com,test2@aliyun.com" };
    private static readonly Uri Endpoint = new("http://127.0.0.1:5000/");

    private HttpClient _http = null!;
    private DomainClient _v1 = null!;
    private DomainClient _v3 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(new AnswerAtOnce(LoopbackServer.Body)) { Timeout = Timeout.InfiniteTimeSpan };
        _v1 = new DomainClient(_http, Options(SignatureVersion.V1));
        _v3 = new DomainClient(_http, Options(SignatureVersion.V3));
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark(Baseline = true, Description = "Raw HttpClient, no network")]
    [BenchmarkCategory("no network")]
    public async Task<byte[]> Raw()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, Endpoint);
        message.Headers.TryAddWithoutValidation("User-Agent", "SpecClient/0.1.0");
        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
    }

    [Benchmark(Description = "SpecClient V1, no network")]
    [BenchmarkCategory("no network")]
    public Task<ResendEmailVerificationResponse> SpecClientV1() => _v1.ResendEmailVerificationAsync(Request, CancellationToken.None);

    [Benchmark(Description = "SpecClient V3, no network")]
    [BenchmarkCategory("no network")]
    public Task<ResendEmailVerificationResponse> SpecClientV3() => _v3.ResendEmailVerificationAsync(Request, CancellationToken.None);

    private static SpecClientOptions Options(SignatureVersion version) => new()
    {
        Endpoint = Endpoint.GetLeftPart(UriPartial.Authority),
        AllowInsecureHttp = true,
        SignatureVersion = version,
        Credentials = new StaticCredentialProvider("bench-key-id", "bench-key-secret"),
    };

    private sealed class AnswerAtOnce(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body), RequestMessage = request };
            response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json;charset=utf-8");
            return Task.FromResult(response);
        }
    }
}

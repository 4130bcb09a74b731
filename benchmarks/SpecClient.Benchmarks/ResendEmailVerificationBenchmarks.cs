using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SpecClient.Benchmarks.Domain;
using SpecClient.Signing;

namespace SpecClient.Benchmarks;

/// <summary>
/// Issue 3 part 12: one ResendEmailVerification call end to end (build the request, sign it, send it over
/// loopback, read the typed response) through the generated DomainClient, against a raw HttpClient sending a
/// pre-built request of the same shape (same URL, headers and body) and reading the body as bytes. Both use the
/// same HttpClient and the same server, per signature version; each version's raw call is its baseline.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ResendEmailVerificationBenchmarks
{
    private const string Email = "test1@aliyun.com,test2@aliyun.com";
    private const string AccessKeyId = "bench-key-id";
    private const string AccessKeySecret = "bench-key-secret";
    private const string UserAgent = "SpecClient/0.1.0";

    private static readonly ResendEmailVerificationRequest Request = new() { Email = Email };

    private LoopbackServer _server = null!;
    private long _jitMethods;
    private TimeSpan _jitTime;
    private HttpClient _http = null!;
    private DomainClient _v1 = null!;
    private DomainClient _v3 = null!;

    // The raw calls' pre-built parts: everything a hand-written caller could compute once.
    private Uri _rawV1Uri = null!;
    private byte[] _rawV1Body = null!;
    private Uri _rawV3Uri = null!;
    private KeyValuePair<string, string>[] _rawV3Headers = null!;

    /// <summary>The four contestants by name, for the modes that call them without BenchmarkDotNet (after <see cref="Setup"/>).</summary>
    internal (string Name, Func<Task> Call)[] Contestants() =>
    [
        ("V1 raw", RawV1),
        ("V1 SpecClient", SpecClientV1),
        ("V3 raw", RawV3),
        ("V3 SpecClient", SpecClientV3),
    ];

    /// <summary>Calls the four contestants in turn until the JIT is done with them (<see cref="JitWarmUp"/>).</summary>
    internal Task WarmUpAsync() => JitWarmUp.RunAsync(Array.ConvertAll(Contestants(), c => c.Call));

    /// <summary>The loopback server's process id (valid after <see cref="Setup"/>).</summary>
    internal int ServerProcessId => _server.ProcessId;

    /// <summary>
    /// A server every instance uses instead of starting its own (<c>--alternate</c>, whose many short runs would
    /// otherwise each start one and time its JIT warm-up); its owner disposes it.
    /// </summary>
    internal static LoopbackServer? SharedServer { get; set; }

    // Each benchmark's setup also calls its contestant until the JIT is done with it (JitWarmUp): BenchmarkDotNet's
    // warm-up iterations (3 in a short job, about a second) can end before the tiering does, above all on one CPU,
    // where tiering waits ten times longer (TC_DelaySingleProcMultiplier). A run of the client then timed its tier-0
    // code and the JIT's work: 1,322 methods (1.1 s of JIT) were compiled during a short-job run of SpecClient V3
    // under taskset -c 0. --alternate warms all four up once instead (SharedServer set).
    [GlobalSetup(Target = nameof(RawV1))]
    public void SetupRawV1() => SetupAndWarmUp(RawV1);

    [GlobalSetup(Target = nameof(SpecClientV1))]
    public void SetupSpecClientV1() => SetupAndWarmUp(SpecClientV1);

    [GlobalSetup(Target = nameof(RawV3))]
    public void SetupRawV3() => SetupAndWarmUp(RawV3);

    [GlobalSetup(Target = nameof(SpecClientV3))]
    public void SetupSpecClientV3() => SetupAndWarmUp(SpecClientV3);

    /// <summary>Starts (or joins) the server and builds both clients and the raw requests; checks every contestant once.</summary>
    public void Setup()
    {
        _server = SharedServer ?? LoopbackServer.StartAsync().GetAwaiter().GetResult();

        // The settings of the runtime's own shared client (SharedHttpClient), for both contestants.
        _http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
            AllowAutoRedirect = false,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };

        string endpoint = _server.BaseAddress.GetLeftPart(UriPartial.Authority);
        _v1 = new DomainClient(_http, Options(endpoint, SignatureVersion.V1));
        _v3 = new DomainClient(_http, Options(endpoint, SignatureVersion.V3));
        BuildRawV1();
        BuildRawV3();

        // A benchmark of a broken call would measure nothing: check every contestant once.
        Check(SpecClientV1().GetAwaiter().GetResult());
        Check(SpecClientV3().GetAwaiter().GetResult());
        CheckRaw(RawV1().GetAwaiter().GetResult());
        CheckRaw(RawV3().GetAwaiter().GetResult());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (SharedServer is null && _jitMethods != 0)
        {
            // What the JIT still did while BenchmarkDotNet measured: a figure is the client's only when this is small.
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"// {System.Runtime.JitInfo.GetCompiledMethodCount() - _jitMethods} methods JIT-compiled after the warm-up ({(System.Runtime.JitInfo.GetCompilationTime() - _jitTime).TotalMilliseconds:F0} ms)"));
        }

        _http.Dispose();
        if (_server != SharedServer)
        {
            _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient")]
    [BenchmarkCategory("V1")]
    public async Task<byte[]> RawV1()
    {
        var content = new ByteArrayContent(_rawV1Body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        using var message = new HttpRequestMessage(HttpMethod.Post, _rawV1Uri) { Content = content };
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
    }

    [Benchmark(Description = "SpecClient")]
    [BenchmarkCategory("V1")]
    public Task<ResendEmailVerificationResponse> SpecClientV1() =>
        _v1.ResendEmailVerificationAsync(Request, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "Raw HttpClient")]
    [BenchmarkCategory("V3")]
    public Task<byte[]> RawV3() => SendRawV3(_rawV3Uri, null);

    /// <summary>
    /// The raw V3 call with one more of the client's per-call steps (<c>--cost probe</c>): a new <see cref="Uri"/>
    /// parsed per call, and/or the explicit <c>Host</c> header the client sets (validated when set).
    /// </summary>
    internal Task<byte[]> RawV3With(bool newUri, bool hostHeader) => SendRawV3(
        newUri ? new Uri(_rawV3Uri.OriginalString, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }) : _rawV3Uri,
        hostHeader ? _rawV3Uri.Authority : null);

    private async Task<byte[]> SendRawV3(Uri uri, string? host)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, uri);
        if (host is not null)
        {
            message.Headers.Host = host;
        }

        KeyValuePair<string, string>[] headers = _rawV3Headers;
        for (int i = 0; i < headers.Length; i++)
        {
            message.Headers.TryAddWithoutValidation(headers[i].Key, headers[i].Value);
        }

        using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(CancellationToken.None).ConfigureAwait(false);
    }

    [Benchmark(Description = "SpecClient")]
    [BenchmarkCategory("V3")]
    public Task<ResendEmailVerificationResponse> SpecClientV3() =>
        _v3.ResendEmailVerificationAsync(Request, CancellationToken.None);

    private void SetupAndWarmUp(Func<Task> call)
    {
        Setup();
        if (SharedServer is null)
        {
            JitWarmUp.RunAsync([call]).GetAwaiter().GetResult();
        }

        _jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        _jitTime = System.Runtime.JitInfo.GetCompilationTime();
    }

    private static SpecClientOptions Options(string endpoint, SignatureVersion version) => new()
    {
        Endpoint = endpoint,
        AllowInsecureHttp = true,
        SignatureVersion = version,
        Credentials = new StaticCredentialProvider(AccessKeyId, AccessKeySecret),
    };

    // The V1 form body the runtime sends: common parameters, Action, Email and the Signature, signed once.
    private void BuildRawV1()
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("Format", "JSON"),
            new("Version", DomainClient.ApiVersion),
            new("AccessKeyId", AccessKeyId),
            new("SignatureMethod", RpcSignatureV1.SignatureMethod),
            new("SignatureVersion", RpcSignatureV1.SignatureVersion),
            new("SignatureNonce", Guid.NewGuid().ToString("D")),
            new("Timestamp", DateTimeOffset.UtcNow.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
            new("Action", "ResendEmailVerification"),
            new("Email", Email),
        };
        string query = RpcSignatureV1.CanonicalizeQuery(parameters);
        string signature = RpcSignatureV1.Sign(RpcSignatureV1.StringToSign("POST", query), AccessKeySecret);
        _rawV1Uri = _server.BaseAddress;
        _rawV1Body = Encoding.ASCII.GetBytes(query + "&Signature=" + PercentEncoding.Encode(signature));
    }

    // The V3 request the runtime sends: the query in the URL, the x-acs-* headers and the Authorization, signed once.
    private void BuildRawV3()
    {
        string query = Acs3SignatureV3.CanonicalQuery(new[] { new KeyValuePair<string, string>("Email", Email) });
        string host = _server.BaseAddress.Authority;
        var signed = new List<KeyValuePair<string, string>>
        {
            new("host", host),
            new("x-acs-action", "ResendEmailVerification"),
            new("x-acs-version", DomainClient.ApiVersion),
            new("x-acs-date", DateTimeOffset.UtcNow.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
            new("x-acs-signature-nonce", Guid.NewGuid().ToString("N")),
            new("x-acs-content-sha256", Acs3SignatureV3.EmptyPayloadHash),
        };
        Acs3CanonicalHeaders canonical = Acs3SignatureV3.CanonicalHeaders(signed);
        string canonicalRequest = Acs3SignatureV3.CanonicalRequest("POST", "/", query, canonical.CanonicalHeaders, canonical.SignedHeaders, Acs3SignatureV3.EmptyPayloadHash);
        string signature = Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(canonicalRequest), AccessKeySecret);

        _rawV3Uri = new Uri(_server.BaseAddress.AbsoluteUri + "?" + query);
        var headers = new List<KeyValuePair<string, string>>();
        headers.AddRange(signed.GetRange(1, signed.Count - 1));
        headers.Add(new("Authorization", Acs3SignatureV3.Authorization(AccessKeyId, canonical.SignedHeaders, signature)));
        headers.Add(new("User-Agent", UserAgent));
        headers.Add(new("Accept", "application/json"));
        _rawV3Headers = headers.ToArray();
    }

    private static void Check(ResendEmailVerificationResponse response)
    {
        if (response.RequestId != LoopbackServer.RequestId || response.FailList.Count != 2)
        {
            throw new InvalidOperationException("The SpecClient call did not read the sample response.");
        }
    }

    private static void CheckRaw(byte[] body)
    {
        if (!Encoding.UTF8.GetString(body).Contains(LoopbackServer.RequestId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The raw call did not get the sample response.");
        }
    }
}

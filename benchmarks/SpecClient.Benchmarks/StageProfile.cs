using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using SpecClient.Benchmarks.Domain;
using SpecClient.Signing;

namespace SpecClient.Benchmarks;

/// <summary>
/// <c>-- --stages</c>: the client-side steps of one call without the network, each on its own (bytes allocated on
/// this thread and time per call), built from the runtime's public signing API the way the transport uses it.
/// </summary>
internal static class StageProfile
{
    private const string Secret = "bench-key-secret";

    public static int Run()
    {
        var email = new KeyValuePair<string, string>("Email", "test1@aliyun.com,test2@aliyun.com");
        string timestamp = "2026-01-02T03:04:05Z";
        string nonce = Guid.NewGuid().ToString("D");
        var uri = new Uri("http://127.0.0.1:5000/");

        Measure("DateTime.UtcNow", () => DateTime.UtcNow.Second);
        Measure("Guid.NewGuid", () => Guid.NewGuid().GetHashCode());
        byte[] r16 = new byte[16];
        byte[] r512 = new byte[512];
        Measure("RNG.Fill 16 B", () => { System.Security.Cryptography.RandomNumberGenerator.Fill(r16); return r16[0]; });
        Measure("RNG.Fill 512 B", () => { System.Security.Cryptography.RandomNumberGenerator.Fill(r512); return r512[0]; });
        Measure("HMACSHA256.HashData", () => System.Security.Cryptography.HMACSHA256.HashData(r16, r512)[0]);
        byte[] d200 = new byte[200];
        byte[] hashOut = new byte[32];
        Measure("HMACSHA256.HashData 200", () => System.Security.Cryptography.HMACSHA256.HashData(r16, d200)[0]);
        Measure("HMACSHA256.HashData span", () => System.Security.Cryptography.HMACSHA256.HashData(r16, d200, hashOut));
        var inc = System.Security.Cryptography.IncrementalHash.CreateHMAC(System.Security.Cryptography.HashAlgorithmName.SHA256, r16);
        Measure("IncrementalHash HMAC 200", () => { inc.AppendData(d200); inc.GetHashAndReset(hashOut); return hashOut[0]; });
        var hmacObj = new System.Security.Cryptography.HMACSHA256(r16);
        Measure("HMACSHA256 instance 200", () => hmacObj.ComputeHash(d200)[0]);
        Measure("SHA256.HashData 200", () => System.Security.Cryptography.SHA256.HashData(d200, hashOut));
        var incSha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        Measure("IncrementalHash SHA 200", () => { incSha.AppendData(d200); incSha.GetHashAndReset(hashOut); return hashOut[0]; });
        Measure("HMACSHA1.HashData 400", () => System.Security.Cryptography.HMACSHA1.HashData(r16, r512.AsSpan(0, 400), hashOut));
        Measure("Stopwatch.GetTimestamp", () => (int)Stopwatch.GetTimestamp());
        Measure("timestamp format", () => new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture).Length);
        Measure("JsonDocument.Parse", () => { using var d = JsonDocument.Parse(LoopbackServer.Body); return d.RootElement.GetArrayLength2(); });
        Measure("SHA256 32 B", () => System.Security.Cryptography.SHA256.HashData(new byte[32])[0]);
        Measure("timestamp + nonce", () => DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture).Length + Guid.NewGuid().ToString("N").Length);
        Measure("V1 sign + body", () =>
        {
            var parameters = new List<KeyValuePair<string, string>>(11)
            {
                new("Format", "JSON"), new("Version", "2018-01-29"), new("AccessKeyId", "bench-key-id"),
                new("SignatureMethod", "HMAC-SHA1"), new("SignatureVersion", "1.0"), new("SignatureNonce", nonce),
                new("Timestamp", timestamp), new("Action", "ResendEmailVerification"), email,
            };
            string query = RpcSignatureV1.CanonicalizeQuery(parameters);
            string signature = RpcSignatureV1.Sign(RpcSignatureV1.StringToSign("POST", query), Secret);
            return Encoding.ASCII.GetBytes(query + "&Signature=" + PercentEncoding.Encode(signature)).Length;
        });
        Measure("  V1 canonicalize", () => RpcSignatureV1.CanonicalizeQuery(new List<KeyValuePair<string, string>>(11)
            {
                new("Format", "JSON"), new("Version", "2018-01-29"), new("AccessKeyId", "bench-key-id"),
                new("SignatureMethod", "HMAC-SHA1"), new("SignatureVersion", "1.0"), new("SignatureNonce", nonce),
                new("Timestamp", timestamp), new("Action", "ResendEmailVerification"), email,
            }).Length);
        string v1Query = RpcSignatureV1.CanonicalizeQuery(new[] { new KeyValuePair<string, string>("Timestamp", timestamp), email, new("SignatureNonce", nonce), new("Format", "JSON"), new("Version", "2018-01-29"), new("AccessKeyId", "bench-key-id"), new("SignatureMethod", "HMAC-SHA1"), new("SignatureVersion", "1.0"), new("Action", "ResendEmailVerification") });
        Measure("  V1 string to sign", () => RpcSignatureV1.StringToSign("POST", v1Query).Length);
        string v1ToSign = RpcSignatureV1.StringToSign("POST", v1Query);
        Measure("  V1 hmac", () => RpcSignatureV1.Sign(v1ToSign, Secret).Length);

        Measure("V3 sign + uri", () =>
        {
            string query = Acs3SignatureV3.CanonicalQuery(new List<KeyValuePair<string, string>>(1) { email });
            var headers = new List<KeyValuePair<string, string>>(7)
            {
                new("host", "127.0.0.1:5000"), new("x-acs-action", "ResendEmailVerification"), new("x-acs-version", "2018-01-29"),
                new("x-acs-date", timestamp), new("x-acs-signature-nonce", nonce), new("x-acs-content-sha256", Acs3SignatureV3.EmptyPayloadHash),
            };
            Acs3CanonicalHeaders canonical = Acs3SignatureV3.CanonicalHeaders(headers);
            string request = Acs3SignatureV3.CanonicalRequest("POST", "/", query, canonical.CanonicalHeaders, canonical.SignedHeaders, Acs3SignatureV3.EmptyPayloadHash);
            string signature = Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(request), Secret);
            string authorization = Acs3SignatureV3.Authorization("bench-key-id", canonical.SignedHeaders, signature);
            return new Uri(uri.AbsoluteUri + "?" + query, UriKind.Absolute).AbsoluteUri.Length + authorization.Length;
        });
        Measure("  V3 canonical query", () => Acs3SignatureV3.CanonicalQuery(new List<KeyValuePair<string, string>>(1) { email }).Length);
        var v3Headers = new List<KeyValuePair<string, string>>(7)
        {
            new("host", "127.0.0.1:5000"), new("x-acs-action", "ResendEmailVerification"), new("x-acs-version", "2018-01-29"),
            new("x-acs-date", timestamp), new("x-acs-signature-nonce", nonce), new("x-acs-content-sha256", Acs3SignatureV3.EmptyPayloadHash),
        };
        Measure("  V3 canonical headers", () => Acs3SignatureV3.CanonicalHeaders(v3Headers).SignedHeaders.Length);
        Acs3CanonicalHeaders ch = Acs3SignatureV3.CanonicalHeaders(v3Headers);
        string q = Acs3SignatureV3.CanonicalQuery(new[] { email });
        Measure("  V3 canonical request", () => Acs3SignatureV3.CanonicalRequest("POST", "/", q, ch.CanonicalHeaders, ch.SignedHeaders, Acs3SignatureV3.EmptyPayloadHash).Length);
        string cr = Acs3SignatureV3.CanonicalRequest("POST", "/", q, ch.CanonicalHeaders, ch.SignedHeaders, Acs3SignatureV3.EmptyPayloadHash);
        Measure("  V3 string to sign", () => Acs3SignatureV3.StringToSign(cr).Length);
        string sts = Acs3SignatureV3.StringToSign(cr);
        Measure("  V3 hmac", () => Acs3SignatureV3.Signature(sts, Secret).Length);
        Measure("  V3 uri", () => new Uri(uri.AbsoluteUri + "?" + q, UriKind.Absolute).GetHashCode());

        Measure("message + 8 headers", () =>
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, uri);
            message.Headers.Host = "127.0.0.1:5000";
            foreach (var h in v3Headers)
            {
                message.Headers.TryAddWithoutValidation(h.Key, h.Value);
            }

            message.Headers.TryAddWithoutValidation("User-Agent", "SpecClient/0.1.0");
            message.Headers.TryAddWithoutValidation("Accept", "application/json");
            return 1;
        });
        Measure("linked CTS + CancelAfter", () =>
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None);
            cts.CancelAfter(TimeSpan.FromSeconds(30));
            return 1;
        });
        byte[] body = LoopbackServer.Body;
        using var stub = new HttpClient(new StubHandler(body));
        var v1 = new DomainClient(stub, new SpecClientOptions { Endpoint = "http://127.0.0.1:5000", AllowInsecureHttp = true, SignatureVersion = SignatureVersion.V1, Credentials = new StaticCredentialProvider("id", Secret) });
        var v3 = new DomainClient(stub, new SpecClientOptions { Endpoint = "http://127.0.0.1:5000", AllowInsecureHttp = true, SignatureVersion = SignatureVersion.V3, Credentials = new StaticCredentialProvider("id", Secret) });
        var request = new ResendEmailVerificationRequest { Email = "test1@aliyun.com,test2@aliyun.com" };
        Measure("no network: raw", () =>
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, uri);
            foreach (var h in v3Headers)
            {
                message.Headers.TryAddWithoutValidation(h.Key, h.Value);
            }

            using HttpResponseMessage response = stub.Send(message);
            return response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length;
        });
        Measure("no network: SpecClient V1", () => v1.ResendEmailVerificationAsync(request).GetAwaiter().GetResult().FailList.Count);
        Measure("no network: SpecClient V3", () => v3.ResendEmailVerificationAsync(request).GetAwaiter().GetResult().FailList.Count);
        Measure("JSON read (generated)", () =>
        {
            var reader = new Utf8JsonReader(body);
            reader.Read();
            return ResendEmailVerificationResponse.Read(ref reader).FailList.Count;
        });
        return 0;
    }

    private sealed class StubHandler(byte[] body) : HttpMessageHandler
    {
        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
            new(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent(body) };

        protected override System.Threading.Tasks.Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            System.Threading.Tasks.Task.FromResult(Send(request, cancellationToken));
    }

    private static int GetArrayLength2(this JsonElement e) => e.ValueKind == JsonValueKind.Object ? 1 : 0;

    private static void Measure(string name, Func<int> step)
    {
        const int Calls = 20000;
        int sink = 0;
        for (int i = 0; i < Calls; i++)
        {
            sink += step();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        double cpuStart = ThreadCpu.Microseconds();
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < Calls; i++)
        {
            sink += step();
        }

        double us = Stopwatch.GetElapsedTime(start).TotalMicroseconds / Calls;
        double cpu = (ThreadCpu.Microseconds() - cpuStart) / Calls;
        long bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-26} {us,8:F2} us {cpu,8:F2} us CPU {bytes,7} B{(sink == int.MinValue ? "!" : string.Empty)}"));
    }
}

using System.Text.Json;
using SpecClient.Signing;
using Xunit.Abstractions;

namespace SpecClient.Tests.Signing;

/// <summary>
/// Checks every field of every vector in shared/vectors (or SIGNATURE_VECTORS_DIR) against the signing steps.
/// All failures are collected so that each failing vector and field shows up in one report.
/// </summary>
public sealed class SignatureVectorsTests
{
    private readonly ITestOutputHelper _output;

    public SignatureVectorsTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_vector_matches_every_field()
    {
        string dir = TestPaths.VectorsDir;
        Assert.True(Directory.Exists(dir), "The vectors folder does not exist: " + dir);
        string[] files = Directory.GetFiles(dir, "*.json", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);

        var failures = new List<string>();
        int checkedCount = 0;
        int passedCount = 0;
        foreach (string file in files)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(file));
            JsonElement root = document.RootElement;
            foreach (JsonElement vector in Vectors(root, "rpc"))
            {
                checkedCount++;
                List<string> problems = CheckRpc(vector);
                Record(file, "rpc", vector, problems, failures, ref passedCount);
            }

            foreach (JsonElement vector in Vectors(root, "acs3"))
            {
                checkedCount++;
                List<string> problems = CheckAcs3(vector);
                Record(file, "acs3", vector, problems, failures, ref passedCount);
            }
        }

        _output.WriteLine($"signature vectors: {checkedCount} checked, {passedCount} passed");
        foreach (string failure in failures)
        {
            _output.WriteLine(failure);
        }

        Assert.True(checkedCount > 0, "No signature vector found in " + dir);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    internal static List<string> CheckRpc(JsonElement vector)
    {
        var problems = new List<string>();
        string method = vector.GetProperty("method").GetString()!;
        string secret = vector.GetProperty("accessKeySecret").GetString()!;
        List<KeyValuePair<string, string>> parameters = Pairs(vector.GetProperty("parameters"));

        string canonicalizedQuery = RpcSignatureV1.CanonicalizeQuery(parameters);
        string stringToSign = RpcSignatureV1.StringToSign(method, canonicalizedQuery);
        string signature = RpcSignatureV1.Sign(stringToSign, secret);

        Compare(problems, "canonicalizedQuery", vector, canonicalizedQuery);
        Compare(problems, "stringToSign", vector, stringToSign);
        Compare(problems, "signature", vector, signature);

        // The steps chained from the expected intermediate values must agree too, so a failure points at one step.
        Compare(problems, "signature (from expected stringToSign)", vector, "signature",
            RpcSignatureV1.Sign(vector.GetProperty("stringToSign").GetString()!, secret));
        Compare(problems, "signature (ComputeSignature)", vector, "signature",
            RpcSignatureV1.ComputeSignature(method, parameters, secret));

        // The transport's one-go path writes the form body it sends: the query, then the encoded signature.
        string expectedBody = vector.GetProperty("canonicalizedQuery").GetString() + "&Signature=" + PercentEncoding.Encode(vector.GetProperty("signature").GetString()!);
        string body = System.Text.Encoding.ASCII.GetString(RpcSignatureV1.SignedFormBody(method, parameters, new AccessKeyCredential("vector", secret).RpcV1Key));
        if (body != expectedBody)
        {
            problems.Add($"form body (the transport's SignedFormBody):{Environment.NewLine}    expected: {Show(expectedBody)}{Environment.NewLine}    actual:   {Show(body)}");
        }

        return problems;
    }

    internal static List<string> CheckAcs3(JsonElement vector)
    {
        var problems = new List<string>();
        string method = vector.GetProperty("method").GetString()!;
        string path = vector.GetProperty("path").GetString()!;
        string body = vector.GetProperty("body").GetString()!;
        string accessKeyId = vector.GetProperty("accessKeyId").GetString()!;
        string secret = vector.GetProperty("accessKeySecret").GetString()!;
        List<KeyValuePair<string, string>> query = Pairs(vector.GetProperty("query"));
        List<KeyValuePair<string, string>> headers = Pairs(vector.GetProperty("headers"));

        Acs3CanonicalHeaders canonicalHeaders = Acs3SignatureV3.CanonicalHeaders(headers);
        string hashedPayload = Acs3SignatureV3.HashPayload(body);
        string canonicalRequest = Acs3SignatureV3.CanonicalRequest(
            method,
            Acs3SignatureV3.CanonicalUri(path),
            Acs3SignatureV3.CanonicalQuery(query),
            canonicalHeaders.CanonicalHeaders,
            canonicalHeaders.SignedHeaders,
            hashedPayload);
        string stringToSign = Acs3SignatureV3.StringToSign(canonicalRequest);
        string signature = Acs3SignatureV3.Signature(stringToSign, secret);
        string authorization = Acs3SignatureV3.Authorization(accessKeyId, canonicalHeaders.SignedHeaders, signature);

        Compare(problems, "canonicalRequest", vector, canonicalRequest);
        Compare(problems, "stringToSign", vector, stringToSign);
        Compare(problems, "authorization", vector, authorization);

        // The byte overload must agree with the string one.
        if (Acs3SignatureV3.HashPayload(System.Text.Encoding.UTF8.GetBytes(body)) != hashedPayload)
        {
            problems.Add("HashPayload(byte[]) differs from HashPayload(string)");
        }

        // When the request carries x-acs-content-sha256, it is the hash of the body.
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (string.Equals(header.Key, "x-acs-content-sha256", StringComparison.OrdinalIgnoreCase)
                && header.Value.Trim() != hashedPayload)
            {
                problems.Add("x-acs-content-sha256 header " + header.Value + " is not HashPayload(body) " + hashedPayload);
            }
        }

        Compare(problems, "stringToSign (from expected canonicalRequest)", vector, "stringToSign",
            Acs3SignatureV3.StringToSign(vector.GetProperty("canonicalRequest").GetString()!));

        // The transport's one-go path must give the same signature and signed header names as the steps.
        string fastSignature = Acs3SignatureV3.Sign(
            method, Acs3SignatureV3.CanonicalUri(path), Acs3SignatureV3.CanonicalQuery(query), headers, hashedPayload, new AccessKeyCredential(accessKeyId, secret).Acs3Key, out string fastSignedHeaders);
        Compare(problems, "authorization (the transport's Sign)", vector, "authorization",
            Acs3SignatureV3.Authorization(accessKeyId, fastSignedHeaders, fastSignature));
        return problems;
    }

    private static void Record(string file, string kind, JsonElement vector, List<string> problems, List<string> failures, ref int passed)
    {
        if (problems.Count == 0)
        {
            passed++;
            return;
        }

        string name = vector.TryGetProperty("name", out JsonElement n) ? n.GetString() ?? "(unnamed)" : "(unnamed)";
        failures.Add($"{Path.GetFileName(file)} {kind} vector '{name}':{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
    }

    private static void Compare(List<string> problems, string field, JsonElement vector, string actual) =>
        Compare(problems, field, vector, field, actual);

    private static void Compare(List<string> problems, string label, JsonElement vector, string field, string actual)
    {
        if (!vector.TryGetProperty(field, out JsonElement expectedElement))
        {
            problems.Add(label + ": the vector has no field '" + field + "'");
            return;
        }

        string? expected = expectedElement.GetString();
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            problems.Add($"{label}:{Environment.NewLine}    expected: {Show(expected)}{Environment.NewLine}    actual:   {Show(actual)}");
        }
    }

    // Relaxed escaping keeps '&' and '+' readable; \n still shows as an escape, so the line structure is visible.
    private static readonly JsonSerializerOptions s_show = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Show(string? value) => value is null ? "(null)" : JsonSerializer.Serialize(value, s_show);

    private static IEnumerable<JsonElement> Vectors(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : Enumerable.Empty<JsonElement>();

    private static List<KeyValuePair<string, string>> Pairs(JsonElement array)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (JsonElement pair in array.EnumerateArray())
        {
            pairs.Add(new KeyValuePair<string, string>(pair[0].GetString()!, pair[1].GetString()!));
        }

        return pairs;
    }
}

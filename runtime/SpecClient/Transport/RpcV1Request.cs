using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// Builds an RPC request signed with V1: a POST whose <c>application/x-www-form-urlencoded</c> body holds the
/// API parameters, the common parameters and the <c>Signature</c>. Keeping everything in the body keeps the
/// security token and parameter values out of URLs (and so out of proxy and server logs).
/// </summary>
internal static class RpcV1Request
{
    private const string Method = "POST";
    private const string SignatureField = "&Signature=";

    public static HttpRequestMessage Create(ApiRequest request, AccessKeyCredential credential, ResolvedEndpoint endpoint, string timestamp, string nonce, string format)
    {
        OperationDescriptor operation = request.Operation;
        IReadOnlyList<KeyValuePair<string, string>> apiParameters = request.Parameters;
        var parameters = new List<KeyValuePair<string, string>>(apiParameters.Count + 10)
        {
            Pair("Format", format),
            Pair("Version", operation.Version),
            Pair("AccessKeyId", credential.AccessKeyId),
            Pair("SignatureMethod", RpcSignatureV1.SignatureMethod),
            Pair("SignatureVersion", RpcSignatureV1.SignatureVersion),
            Pair("SignatureNonce", nonce),
            Pair("Timestamp", timestamp),
        };
        if (credential.SecurityToken is { } token)
        {
            parameters.Add(Pair("SecurityToken", token));
        }

        parameters.Add(Pair("Action", operation.Action));
        for (int i = 0; i < apiParameters.Count; i++)
        {
            parameters.Add(apiParameters[i]);
        }

        string canonicalizedQuery = RpcSignatureV1.CanonicalizeQuery(parameters);
        string signature = RpcSignatureV1.SignCanonicalizedQuery(Method, canonicalizedQuery, credential.AccessKeySecret);

        // The canonicalized query already is a form body: percent-encoded names and values joined with '&'.
        // Written straight to bytes (all ASCII once encoded), without an intermediate string of the whole body.
        string encodedSignature = PercentEncoding.Encode(signature);
        byte[] body = new byte[canonicalizedQuery.Length + SignatureField.Length + encodedSignature.Length];
        int position = Encoding.ASCII.GetBytes(canonicalizedQuery, 0, canonicalizedQuery.Length, body, 0);
        position += Encoding.ASCII.GetBytes(SignatureField, 0, SignatureField.Length, body, position);
        Encoding.ASCII.GetBytes(encodedSignature, 0, encodedSignature.Length, body, position);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return new HttpRequestMessage(HttpMethod.Post, endpoint.BaseUri) { Content = content };
    }

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
}

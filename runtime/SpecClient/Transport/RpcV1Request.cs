using System.Collections.Generic;
using System.Net.Http;
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
    private const string FormContentType = "application/x-www-form-urlencoded";

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

        // The canonicalized query already is a form body: percent-encoded names and values joined with '&'. It is
        // signed and written to bytes in one go, without strings of the query, the string to sign or the body.
        var content = new ByteArrayContent(RpcSignatureV1.SignedFormBody(Method, parameters, credential.RpcV1Key));

        // Unparsed: a MediaTypeHeaderValue would be formatted back to text on every send.
        content.Headers.TryAddWithoutValidation("Content-Type", FormContentType);
        return new HttpRequestMessage(HttpMethod.Post, endpoint.BaseUri) { Content = content };
    }

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
}

using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// Builds an unsigned RPC request (<see cref="SpecClientOptions.Anonymous"/>), as Alibaba Cloud's credentials
/// SDKs send STS AssumeRoleWithOIDC: a POST whose form body holds the common parameters without AccessKeyId or
/// signature, and the API parameters. The body keeps the OIDC token out of URLs, whatever the signature version.
/// </summary>
internal static class AnonymousRpcRequest
{
    public static HttpRequestMessage Create(ApiRequest request, ResolvedEndpoint endpoint, string timestamp)
    {
        OperationDescriptor operation = request.Operation;
        IReadOnlyList<KeyValuePair<string, string>> apiParameters = request.Parameters;
        var parameters = new List<KeyValuePair<string, string>>(apiParameters.Count + 4)
        {
            new("Action", operation.Action),
            new("Format", "JSON"),
            new("Version", operation.Version),
            new("Timestamp", timestamp),
        };
        for (int i = 0; i < apiParameters.Count; i++)
        {
            parameters.Add(apiParameters[i]);
        }

        var body = new StringBuilder();
        foreach (KeyValuePair<string, string> parameter in parameters)
        {
            body.Append(body.Length == 0 ? string.Empty : "&").Append(PercentEncoding.Encode(parameter.Key)).Append('=').Append(PercentEncoding.Encode(parameter.Value));
        }

        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body.ToString()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return new HttpRequestMessage(HttpMethod.Post, endpoint.BaseUri) { Content = content };
    }
}

using System.Net.Http.Headers;
using System.Text;
using SpecClient;
using SpecClient.Signing;

namespace SpecClient.Testing.Tests.Support;

/// <summary>
/// One RPC call, signed by hand with the runtime's signing classes and sent as a raw HttpRequestMessage, the
/// way a client does. Every field can be bent to produce the malformed requests the error tests need.
/// </summary>
internal sealed class RpcCall
{
    public string Action { get; set; } = "ResendEmailVerification";

    public string Version { get; set; } = DomainOperations.Version;

    /// <summary>The API parameters (common ones are added when signing).</summary>
    public List<KeyValuePair<string, string>> Parameters { get; } = new() { new("Email", "test1@aliyun.com") };

    public AccessKeyCredential Credential { get; set; } = EmulatorOptions.DefaultCredential;

    public DateTimeOffset Timestamp { get; set; } = DateTimeOffset.UtcNow;

    public string Nonce { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>Sent as the <c>Format</c> parameter when set.</summary>
    public string? Format { get; set; }

    /// <summary>When set, replaces the computed signature (V1) or the signature inside Authorization (V3).</summary>
    public string? SignatureOverride { get; set; }

    public string TimestampText => Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public RpcCall With(string name, string value)
    {
        Parameters.Add(new(name, value));
        return this;
    }

    /// <summary>
    /// Signature V1. GET puts every parameter, Signature included, in the query string; POST puts them all in a
    /// form body, as the classic SDKs do.
    /// </summary>
    public HttpRequestMessage SignV1(Uri endpoint, HttpMethod method)
    {
        var all = new List<KeyValuePair<string, string>>
        {
            new("Action", Action),
            new("Version", Version),
            new("AccessKeyId", Credential.AccessKeyId),
            new("SignatureMethod", RpcSignatureV1.SignatureMethod),
            new("SignatureVersion", RpcSignatureV1.SignatureVersion),
            new("SignatureNonce", Nonce),
            new("Timestamp", TimestampText),
        };
        if (Format is not null)
        {
            all.Add(new("Format", Format));
        }

        if (Credential.SecurityToken is not null)
        {
            all.Add(new("SecurityToken", Credential.SecurityToken));
        }

        all.AddRange(Parameters);
        var signature = SignatureOverride ?? RpcSignatureV1.ComputeSignature(method.Method, all, Credential.AccessKeySecret);
        all.Add(new("Signature", signature));
        var encoded = Encode(all);

        if (method == HttpMethod.Get)
        {
            return new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint, "/?" + encoded));
        }

        return new HttpRequestMessage(method, new Uri(endpoint, "/"))
        {
            Content = FormContent(encoded),
        };
    }

    /// <summary>
    /// Signature V3 over POST /. API parameters go in the query string, or in a form body when
    /// <paramref name="parametersInBody"/>; <paramref name="extraHeaders"/> are sent but, when
    /// <paramref name="signExtraHeaders"/> is false, left out of the signature.
    /// </summary>
    public HttpRequestMessage SignV3(
        Uri endpoint,
        bool parametersInBody = false,
        IEnumerable<KeyValuePair<string, string>>? extraHeaders = null,
        bool signExtraHeaders = true)
    {
        var query = new List<KeyValuePair<string, string>>();
        if (Format is not null)
        {
            query.Add(new("Format", Format));
        }

        var body = string.Empty;
        if (parametersInBody)
        {
            body = Encode(Parameters);
        }
        else
        {
            query.AddRange(Parameters);
        }

        var bodyBytes = Encoding.UTF8.GetBytes(body);
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", endpoint.Authority),
            new("x-acs-action", Action),
            new("x-acs-version", Version),
            new("x-acs-date", TimestampText),
            new("x-acs-signature-nonce", Nonce),
            new("x-acs-content-sha256", Acs3SignatureV3.HashPayload(bodyBytes)),
        };
        if (Credential.SecurityToken is not null)
        {
            headers.Add(new("x-acs-security-token", Credential.SecurityToken));
        }

        if (parametersInBody)
        {
            headers.Add(new("content-type", "application/x-www-form-urlencoded"));
        }

        var extras = extraHeaders?.ToList() ?? new List<KeyValuePair<string, string>>();
        var signed = Acs3SignatureV3.CanonicalHeaders(signExtraHeaders ? headers.Concat(extras) : headers);
        var canonicalQuery = Acs3SignatureV3.CanonicalQuery(query);
        var canonicalRequest = Acs3SignatureV3.CanonicalRequest(
            "POST", Acs3SignatureV3.CanonicalUri("/"), canonicalQuery, signed.CanonicalHeaders, signed.SignedHeaders,
            Acs3SignatureV3.HashPayload(bodyBytes));
        var signature = SignatureOverride
            ?? Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(canonicalRequest), Credential.AccessKeySecret);

        var message = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "/" + (canonicalQuery.Length == 0 ? string.Empty : "?" + canonicalQuery)));
        foreach (var header in headers.Concat(extras))
        {
            if (header.Key is "host" or "content-type")
            {
                continue; // HttpClient writes Host from the URI, and Content-Type comes with the content below.
            }

            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        message.Headers.TryAddWithoutValidation(
            "Authorization", Acs3SignatureV3.Authorization(Credential.AccessKeyId, signed.SignedHeaders, signature));
        message.Content = parametersInBody ? FormContent(body) : new ByteArrayContent(Array.Empty<byte>());
        return message;
    }

    private static string Encode(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join("&", pairs.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));

    private static ByteArrayContent FormContent(string encoded)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(encoded));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }
}

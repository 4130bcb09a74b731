using System.Linq;

namespace SpecClient.Testing.Internal;

/// <summary>ROA signature V1: <c>Authorization: acs id:signature</c>, a <c>Date</c> header and the <c>x-acs-*</c> headers.</summary>
internal sealed partial class Authenticator
{
    private static readonly string[] HttpDateFormats = { "r" };

    public EmulatorError? AuthenticateRoaV1(ReceivedRequest request, string accessKeyId, string signature)
    {
        if (!_credentials.TryGetValue(accessKeyId, out var credential))
        {
            return UnknownKey();
        }

        if (request.Header("x-acs-signature-method") is { } method && method != "HMAC-SHA1")
        {
            return new EmulatorError(400, "InvalidSignatureMethod", "Specified signature method is not supported.");
        }

        if (request.Header("Content-MD5") is { } md5 && md5 != RoaV1Signature.ContentMd5(request.Body))
        {
            return new EmulatorError(400, "InvalidContentMD5", "The Content-MD5 header does not match the body.");
        }

        string StringToSign(bool redactToken) => RoaV1Signature.StringToSign(
            request.Method,
            request.Header,
            request.Headers.Select(h => new System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>(
                h.Key,
                redactToken && string.Equals(h.Key, "x-acs-security-token", System.StringComparison.OrdinalIgnoreCase) ? new[] { "***" } : h.Value.Select(v => v ?? string.Empty))),
            request.RawPath,
            request.Query);

        var expected = RoaV1Signature.Sign(StringToSign(redactToken: false), credential.AccessKeySecret);
        if (!RpcV1Signature.Matches(signature, expected))
        {
            return SignatureDoesNotMatch("server string to sign is:" + StringToSign(redactToken: true));
        }

        return CheckToken(credential, request.Header("x-acs-security-token"), "x-acs-security-token")
            ?? CheckFreshness(credential, request.Header("Date"), "Date", request.Header("x-acs-signature-nonce"), "x-acs-signature-nonce", HttpDateFormats);
    }
}

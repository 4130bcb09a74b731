using System.Collections.Generic;
using System.Linq;

namespace SpecClient.Testing.Internal;

/// <summary>
/// Simple Log Service's signature: <c>Authorization: LOG id:signature</c>, the <c>x-log-*</c> headers and a
/// <c>Date</c>. The protocol has no nonce, so only the date's freshness is checked.
/// </summary>
internal sealed partial class Authenticator
{
    public EmulatorError? AuthenticateSls(ReceivedRequest request, string accessKeyId, string signature)
    {
        if (!_credentials.TryGetValue(accessKeyId, out var credential))
        {
            return UnknownKey();
        }

        if (request.Header("x-log-signaturemethod") != "hmac-sha1")
        {
            return new EmulatorError(400, "InvalidSignatureMethod", "The x-log-signaturemethod header must be hmac-sha1.");
        }

        if (request.Header("x-log-apiversion") != "0.6.0")
        {
            return new EmulatorError(400, "InvalidAPIVersion", "The x-log-apiversion header must be 0.6.0.");
        }

        if (request.Body.Length > 0 && request.Header("Content-MD5") != SlsLogSignature.ContentMd5(request.Body))
        {
            return new EmulatorError(400, "InvalidContentMD5", "The Content-MD5 header does not match the body.");
        }

        if (SlsBody.Read(request).Error is { } bodyError)
        {
            return bodyError;
        }

        string StringToSign(bool redactToken) => SlsLogSignature.StringToSign(
            request.Method,
            request.Header,
            request.Headers.Select(h => new KeyValuePair<string, IEnumerable<string>>(
                h.Key,
                redactToken && string.Equals(h.Key, "x-acs-security-token", System.StringComparison.OrdinalIgnoreCase) ? new[] { "***" } : h.Value.Select(v => v ?? string.Empty))),
            request.RawPath,
            request.Query);

        var expected = RoaV1Signature.Sign(StringToSign(redactToken: false), credential.AccessKeySecret);
        if (!RpcV1Signature.Matches(signature, expected))
        {
            return new EmulatorError(403, "SignatureNotMatch", "Signature " + signature + " not matched. Server string to sign is: " + StringToSign(redactToken: true));
        }

        return CheckToken(credential, request.Header("x-acs-security-token"), "x-acs-security-token")
            ?? CheckClock(request.Header("Date"), "Date", HttpDateFormats, out _);
    }
}

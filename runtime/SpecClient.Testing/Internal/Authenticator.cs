using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Primitives;
using SpecClient.Signing;

namespace SpecClient.Testing.Internal;

/// <summary>
/// Checks who sent a request and that it is fresh: AccessKey ID, signature (V1 or V3), STS token, timestamp and
/// nonce, in that order. The nonce is only consumed once everything else passed, so a rejected request can be
/// fixed and sent again with the same nonce, and a forged request cannot burn a genuine client's nonce.
/// </summary>
internal sealed partial class Authenticator
{
    private static readonly string[] TimestampFormats = { "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" };

    private readonly Dictionary<string, AccessKeyCredential> _credentials;
    private readonly NonceCache _nonces;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _maxSkew;

    public Authenticator(IEnumerable<AccessKeyCredential> credentials, TimeProvider clock, TimeSpan maxSkew)
    {
        _credentials = new Dictionary<string, AccessKeyCredential>(StringComparer.Ordinal);
        foreach (var credential in credentials)
        {
            _credentials[credential.AccessKeyId] = credential;
        }

        _clock = clock;
        _maxSkew = maxSkew;
        _nonces = new NonceCache(maxSkew + maxSkew, capacity: 100_000);
    }

    public EmulatorError? AuthenticateV1(ReceivedRequest request, Exchange exchange)
    {
        if (string.IsNullOrEmpty(exchange.AccessKeyId))
        {
            return EmulatorError.Missing("AccessKeyId");
        }

        if (!_credentials.TryGetValue(exchange.AccessKeyId!, out var credential))
        {
            return UnknownKey();
        }

        var method = request.Parameter("SignatureMethod");
        if (method is null)
        {
            return EmulatorError.Missing("SignatureMethod");
        }

        if (method != "HMAC-SHA1")
        {
            return new EmulatorError(400, "InvalidSignatureMethod", "Specified signature method is not supported.");
        }

        var version = request.Parameter("SignatureVersion");
        if (version is null)
        {
            return EmulatorError.Missing("SignatureVersion");
        }

        if (version != "1.0")
        {
            return new EmulatorError(400, "InvalidSignatureVersion", "Specified signature version is not supported.");
        }

        var stringToSign = RpcV1Signature.StringToSign(request.Method, RpcV1Signature.CanonicalizedQuery(request.Parameters));
        var expected = RpcV1Signature.Sign(stringToSign, credential.AccessKeySecret);
        if (!RpcV1Signature.Matches(request.Parameter("Signature"), expected))
        {
            // The real service shows its string to sign; it holds no secret, but it does hold an STS token, which is.
            var shown = RpcV1Signature.StringToSign(
                request.Method,
                RpcV1Signature.CanonicalizedQuery(request.Parameters.Select(p =>
                    p.Key == "SecurityToken" ? new KeyValuePair<string, string>(p.Key, "***") : p)));
            return SignatureDoesNotMatch("server string to sign is:" + shown);
        }

        return CheckToken(credential, request.Parameter("SecurityToken"), "SecurityToken")
            ?? CheckFreshness(credential, request.Parameter("Timestamp"), "Timestamp", request.Parameter("SignatureNonce"), "SignatureNonce");
    }

    public EmulatorError? AuthenticateV3(ReceivedRequest request, Acs3Authorization authorization, Exchange exchange)
    {
        if (!_credentials.TryGetValue(authorization.Credential, out var credential))
        {
            return UnknownKey();
        }

        // Every x-acs-* header means something to the service (action, date, nonce, token ...): one left out of
        // the signature could be changed in transit, so the service insists they are all signed.
        foreach (var header in request.Headers.Keys)
        {
            var name = header.ToLowerInvariant();
            if (name.StartsWith("x-acs-", StringComparison.Ordinal) && !authorization.SignedHeaders.Contains(name))
            {
                return new EmulatorError(
                    400, "IncompleteSignature", "The request signature does not conform to Aliyun standards. Header " + name + " is not in SignedHeaders.");
            }
        }

        var hashedPayload = Acs3Signature.HashHex(request.Body);
        var canonicalRequest = CanonicalRequest(request, authorization, hashedPayload, redactToken: false);
        var stringToSign = Acs3Signature.StringToSign(canonicalRequest);
        var expected = Acs3Signature.Sign(stringToSign, credential.AccessKeySecret);
        if (!RpcV1Signature.Matches(authorization.Signature.ToLowerInvariant(), expected))
        {
            // The string to sign is a hash; the canonical request next to it is what a developer can compare
            // line by line with their own, with the STS token masked.
            return SignatureDoesNotMatch(
                "server string to sign is:" + stringToSign + "\nserver canonical request is:\n"
                + CanonicalRequest(request, authorization, hashedPayload, redactToken: true));
        }

        return CheckToken(credential, request.Header("x-acs-security-token"), "x-acs-security-token")
            ?? CheckFreshness(credential, request.Header("x-acs-date"), "x-acs-date", request.Header("x-acs-signature-nonce"), "x-acs-signature-nonce");
    }

    private static string CanonicalRequest(ReceivedRequest request, Acs3Authorization authorization, string hashedPayload, bool redactToken)
    {
        IEnumerable<string> ValuesOf(string name)
        {
            if (redactToken && name == "x-acs-security-token")
            {
                return new[] { "***" };
            }

            return request.Headers.TryGetValue(name, out StringValues values) ? values.Select(v => v ?? string.Empty) : Array.Empty<string>();
        }

        return Acs3Signature.CanonicalRequest(
            request.Method,
            Acs3Signature.CanonicalUri(request.Path),
            Acs3Signature.CanonicalQuery(request.Query),
            Acs3Signature.CanonicalHeaders(authorization.SignedHeaders, ValuesOf),
            authorization.SignedHeadersText,
            hashedPayload);
    }

    private static EmulatorError UnknownKey() =>
        new(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");

    private static EmulatorError SignatureDoesNotMatch(string detail) =>
        new(400, "SignatureDoesNotMatch", "Specified signature does not match our calculation. " + detail);

    private static EmulatorError? CheckToken(AccessKeyCredential credential, string? received, string name)
    {
        if (credential.SecurityToken is null)
        {
            return null;
        }

        if (string.IsNullOrEmpty(received))
        {
            return new EmulatorError(400, "MissingSecurityToken", name + " is mandatory for this action.");
        }

        return RpcV1Signature.Matches(received, credential.SecurityToken)
            ? null
            : new EmulatorError(400, "InvalidSecurityToken.MismatchWithAccessKey", "Specified SecurityToken mismatch with the AccessKey.");
    }

    private EmulatorError? CheckFreshness(AccessKeyCredential credential, string? timestamp, string timestampName, string? nonce, string nonceName, string[]? formats = null)
    {
        if (CheckClock(timestamp, timestampName, formats, out var now) is { } stale)
        {
            return stale;
        }

        if (string.IsNullOrEmpty(nonce))
        {
            return new EmulatorError(400, "MissingSignatureNonce", nonceName + " is mandatory for this action.");
        }

        return _nonces.TryUse(credential.AccessKeyId, nonce!, now)
            ? null
            : new EmulatorError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
    }

    // The timestamp is there, well formed and within the allowed skew of the emulator's clock.
    private EmulatorError? CheckClock(string? timestamp, string timestampName, string[]? formats, out DateTimeOffset now)
    {
        now = _clock.GetUtcNow();
        if (string.IsNullOrEmpty(timestamp))
        {
            return new EmulatorError(400, "MissingTimestamp", timestampName + " is mandatory for this action.");
        }

        if (!DateTimeOffset.TryParseExact(
                timestamp, formats ?? TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var sentAt))
        {
            return new EmulatorError(
                400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted. Expected " + (formats is null ? "yyyy-MM-ddTHH:mm:ssZ in UTC." : "an RFC 1123 date in GMT."));
        }

        return (now - sentAt).Duration() > _maxSkew
            ? new EmulatorError(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.")
            : null;
    }
}

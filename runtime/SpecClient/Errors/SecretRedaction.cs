using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// Removes a credential's secret and security token from text that came from the network. A service's
/// <c>SignatureDoesNotMatch</c> message quotes its string to sign, which holds the (encoded) STS token.
/// </summary>
internal static class SecretRedaction
{
    private const string Mask = "***";

    public static string? Redact(string? text, AccessKeyCredential? credential)
    {
        if (string.IsNullOrEmpty(text) || credential is null)
        {
            return text;
        }

        string result = Remove(text!, credential.AccessKeySecret);
        if (credential.SecurityToken is { } token)
        {
            // The token shows up raw, percent-encoded (query) and encoded twice (V1 string to sign).
            string once = PercentEncoding.Encode(token);
            result = Remove(result, token);
            result = Remove(result, once);
            result = Remove(result, PercentEncoding.Encode(once));
        }

        return result;
    }

    private static string Remove(string text, string secret) =>
        text.IndexOf(secret, System.StringComparison.Ordinal) < 0 ? text : text.Replace(secret, Mask);
}

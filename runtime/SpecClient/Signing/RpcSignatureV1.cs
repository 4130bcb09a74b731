using System;
using System.Buffers;
using System.Collections.Generic;

namespace SpecClient.Signing;

/// <summary>
/// Signature V1 of RPC-style APIs (HMAC-SHA1), step by step. Each step is public so that a
/// <c>SignatureDoesNotMatch</c> can be debugged by comparing with the service's string to sign, and so that
/// an emulator can verify a request by recomputing its signature.
/// </summary>
/// <example>
/// <code>
/// string query = RpcSignatureV1.CanonicalizeQuery(parameters);
/// string stringToSign = RpcSignatureV1.StringToSign("POST", query);
/// string signature = RpcSignatureV1.Sign(stringToSign, accessKeySecret);
/// </code>
/// </example>
public static class RpcSignatureV1
{
    /// <summary>The value of the <c>SignatureMethod</c> parameter.</summary>
    public const string SignatureMethod = "HMAC-SHA1";

    /// <summary>The value of the <c>SignatureVersion</c> parameter.</summary>
    public const string SignatureVersion = "1.0";

    // Base64 of a 20-byte HMAC-SHA1: 28 characters.
    private const int Base64Length = 28;

    /// <summary>
    /// Step 1: percent-encodes every name and value, sorts the pairs by encoded name in ordinal (byte) order
    /// and joins them as <c>name=value</c> with <c>&amp;</c>.
    /// </summary>
    /// <param name="parameters">Every signed parameter (query and form), raw, in any order, without <c>Signature</c>.</param>
    /// <returns>The canonicalized query string.</returns>
    public static string CanonicalizeQuery(IEnumerable<KeyValuePair<string, string>> parameters) =>
        EncodedPair.CanonicalQuery(parameters, nameof(parameters));

    /// <summary>Step 2: <c>method + "&amp;%2F&amp;" + percentEncode(canonicalizedQuery)</c>.</summary>
    /// <param name="method">The HTTP method, used verbatim (<c>GET</c> or <c>POST</c>).</param>
    /// <param name="canonicalizedQuery">The result of <see cref="CanonicalizeQuery"/>.</param>
    /// <returns>The string to sign.</returns>
    public static string StringToSign(string method, string canonicalizedQuery)
    {
        if (method is null)
        {
            throw new ArgumentNullException(nameof(method));
        }

        if (canonicalizedQuery is null)
        {
            throw new ArgumentNullException(nameof(canonicalizedQuery));
        }

        // Encoded straight after the prefix: no intermediate copy of the (long) encoded query.
        using var buffer = new SigningBuffer(method.Length + 5 + PercentEncoding.MaxEncodedLength(canonicalizedQuery.AsSpan()));
        return buffer.Append(method).Append("&%2F&").AppendEncoded(canonicalizedQuery).ToString();
    }

    /// <summary>Step 3: Base64 of HMAC-SHA1 over <paramref name="stringToSign"/>, keyed with <c>accessKeySecret + "&amp;"</c>.</summary>
    /// <param name="stringToSign">The result of <see cref="StringToSign"/>.</param>
    /// <param name="accessKeySecret">The AccessKey secret.</param>
    /// <returns>The value of the <c>Signature</c> parameter (before percent-encoding).</returns>
    public static string Sign(string stringToSign, string accessKeySecret)
    {
        if (stringToSign is null)
        {
            throw new ArgumentNullException(nameof(stringToSign));
        }

        if (accessKeySecret is null)
        {
            throw new ArgumentNullException(nameof(accessKeySecret));
        }

        return Convert.ToBase64String(Hashing.HmacSha1(accessKeySecret + "&", stringToSign));
    }

    /// <summary>
    /// The transport's path through the three steps, straight into the form body it sends: the canonicalized query
    /// followed by <c>&amp;Signature=</c> and the percent-encoded signature, as ASCII bytes (everything is
    /// percent-encoded). The query and the string to sign are written to pooled buffers, never made into strings,
    /// and the HMAC is <paramref name="key"/>'s reused one. Gives exactly what the public steps give (tests hold it to them).
    /// </summary>
    internal static byte[] SignedFormBody(string method, IEnumerable<KeyValuePair<string, string>> parameters, HmacKey key)
    {
        using var form = new SigningBuffer(512);
        EncodedPair.Write(parameters, nameof(parameters), form);

        // Computed before "&Signature=" is appended: the signature reads the buffer's text, which may not move meanwhile.
        Span<char> signature = stackalloc char[Base64Length];
        int length = WriteSignature(method, form.AsSpan(), key, signature);
        form.Append("&Signature=").AppendEncoded(signature.Slice(0, length));
        return form.AsciiBytes();
    }

    private static int WriteSignature(string method, ReadOnlySpan<char> canonicalizedQuery, HmacKey key, Span<char> destination)
    {
        // The string to sign, method + "&%2F&" + the query encoded once more, as the ASCII bytes the HMAC reads. The
        // query is percent-encoded already (unreserved characters, '%', '=' and '&'): each character is one byte or
        // "%XX", without the general encoder's UTF-16 copy and UTF-8 pass.
        int capacity = method.Length + 5 + (3 * canonicalizedQuery.Length);
        byte[] stringToSign = ArrayPool<byte>.Shared.Rent(capacity);
        try
        {
            // The method is an HTTP token: ASCII.
            int length = 0;
            foreach (char c in method)
            {
                stringToSign[length++] = (byte)c;
            }

            foreach (char c in "&%2F&")
            {
                stringToSign[length++] = (byte)c;
            }

            length = PercentEncoding.EncodeAsciiTo(canonicalizedQuery, stringToSign, length);
            if (length < 0)
            {
                throw new InvalidOperationException("The canonicalized query is not percent-encoded.");
            }

#if NET8_0_OR_GREATER
            Span<byte> hash = stackalloc byte[20];
            key.Compute(stringToSign.AsSpan(0, length), hash);
            Convert.TryToBase64Chars(hash, destination, out int written);
            return written;
#else
            string base64 = Convert.ToBase64String(key.Compute(new ArraySegment<byte>(stringToSign, 0, length)));
            base64.AsSpan().CopyTo(destination);
            return base64.Length;
#endif
        }
        finally
        {
            // The query can hold a security token.
            Array.Clear(stringToSign, 0, capacity);
            ArrayPool<byte>.Shared.Return(stringToSign);
        }
    }

    /// <summary>All three steps: the signature of <paramref name="parameters"/> sent with <paramref name="method"/>.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="parameters">Every signed parameter, raw, without <c>Signature</c>.</param>
    /// <param name="accessKeySecret">The AccessKey secret.</param>
    /// <returns>The signature (Base64).</returns>
    public static string ComputeSignature(string method, IEnumerable<KeyValuePair<string, string>> parameters, string accessKeySecret) =>
        Sign(StringToSign(method, CanonicalizeQuery(parameters)), accessKeySecret);
}

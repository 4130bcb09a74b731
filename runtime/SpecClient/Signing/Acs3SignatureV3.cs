using System;
using System.Collections.Generic;
using System.Text;

namespace SpecClient.Signing;

/// <summary>
/// Signature V3 (ACS3-HMAC-SHA256), step by step. Each step is public so that a <c>SignatureDoesNotMatch</c>
/// can be debugged against the service's canonical request, and so that an emulator can verify a request by
/// recomputing its <c>Authorization</c> header.
/// </summary>
/// <example>
/// <code>
/// Acs3CanonicalHeaders headers = Acs3SignatureV3.CanonicalHeaders(requestHeaders);
/// string canonicalRequest = Acs3SignatureV3.CanonicalRequest(
///     "POST", Acs3SignatureV3.CanonicalUri("/"), Acs3SignatureV3.CanonicalQuery(query),
///     headers.CanonicalHeaders, headers.SignedHeaders, Acs3SignatureV3.HashPayload(body));
/// string signature = Acs3SignatureV3.Signature(Acs3SignatureV3.StringToSign(canonicalRequest), accessKeySecret);
/// string authorization = Acs3SignatureV3.Authorization(accessKeyId, headers.SignedHeaders, signature);
/// </code>
/// </example>
public static class Acs3SignatureV3
{
    /// <summary>The algorithm name that starts the string to sign and the <c>Authorization</c> header.</summary>
    public const string Algorithm = "ACS3-HMAC-SHA256";

    /// <summary>The hashed payload of an empty body: lower-hex SHA-256 of zero bytes.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private const string StringToSignPrefix = Algorithm + "\n";

    // Lower-hex HMAC-SHA256.
    private const int SignatureLength = 64;

#if NET8_0_OR_GREATER
    private static ReadOnlySpan<byte> StringToSignPrefixBytes => "ACS3-HMAC-SHA256\n"u8;
#endif

    // The signed header names of the last request list in canonical order: a transport's requests name the same
    // headers (the same string instances) from call to call, which then need no checks and no joining again.
    private static SignedNames? s_lastNames;

    /// <summary>Percent-encodes each <c>/</c>-separated segment of <paramref name="path"/>; <c>/</c> (or empty) gives <c>/</c>.</summary>
    /// <param name="path">The raw (not encoded) resource path.</param>
    /// <returns>The canonical URI.</returns>
    public static string CanonicalUri(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (path.Length == 0 || path == "/")
        {
            return "/";
        }

        var builder = new StringBuilder(path.Length + 16);
        int start = 0;
        while (true)
        {
            int slash = path.IndexOf('/', start);
            int end = slash < 0 ? path.Length : slash;
            builder.Append(PercentEncoding.Encode(path.Substring(start, end - start)));
            if (slash < 0)
            {
                return builder.ToString();
            }

            builder.Append('/');
            start = slash + 1;
        }
    }

    /// <summary>
    /// Percent-encodes every name and value, sorts by name (ordinal) and joins <c>name=value</c> with
    /// <c>&amp;</c>. An empty value gives <c>name=</c>; no parameters give an empty string.
    /// </summary>
    /// <param name="query">The query parameters, raw, in any order.</param>
    /// <returns>The canonical query string, which is also the query string the transport sends.</returns>
    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> query) =>
        EncodedPair.CanonicalQuery(query, nameof(query));

    /// <summary>
    /// Picks the signed headers (<c>host</c>, <c>content-type</c> and <c>x-acs-*</c>) of a request and puts them
    /// in canonical form: names lower-cased, values trimmed, the values of a repeated name sorted (ordinal) and
    /// joined with <c>", "</c>, entries sorted by name.
    /// </summary>
    /// <param name="headers">Every header of the request, raw; unsigned ones are ignored.</param>
    /// <returns>The canonical headers and the signed header names.</returns>
    public static Acs3CanonicalHeaders CanonicalHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        IReadOnlyList<KeyValuePair<string, string>> signed = SortedSignedHeaders(headers, out _);
        int length = CanonicalLength(signed);
        using var canonical = new SigningBuffer(length);
        using var names = new SigningBuffer(length);
        WriteCanonicalHeaders(signed, canonical);
        WriteSignedHeaderNames(signed, names);
        return new Acs3CanonicalHeaders(canonical.ToString(), names.ToString());
    }

    /// <summary>True when a header with this lower-case name is signed: <c>host</c>, <c>content-type</c> or <c>x-acs-*</c>.</summary>
    /// <param name="lowerCaseName">The header name, lower-case.</param>
    /// <returns>Whether the header takes part in the signature.</returns>
    public static bool IsSignedHeader(string lowerCaseName) =>
        lowerCaseName is not null && IsSigned(lowerCaseName);

    /// <summary>Lower-hex SHA-256 of the UTF-8 bytes of <paramref name="body"/>.</summary>
    /// <param name="body">The request body as text; <c>""</c> when there is none.</param>
    /// <returns>The hashed payload, also the value of <c>x-acs-content-sha256</c>.</returns>
    public static string HashPayload(string body)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        return body.Length == 0 ? EmptyPayloadHash : HashPayload(Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Lower-hex SHA-256 of <paramref name="body"/>.</summary>
    /// <param name="body">The request body bytes.</param>
    /// <returns>The hashed payload, also the value of <c>x-acs-content-sha256</c>.</returns>
    public static string HashPayload(byte[] body)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        return Hashing.LowerHex(Hashing.Sha256(body));
    }

    /// <summary>Joins the six parts of the canonical request with <c>\n</c>.</summary>
    /// <param name="method">The HTTP method, verbatim.</param>
    /// <param name="canonicalUri">The result of <see cref="CanonicalUri"/>.</param>
    /// <param name="canonicalQuery">The result of <see cref="CanonicalQuery"/>.</param>
    /// <param name="canonicalHeaders"><see cref="Acs3CanonicalHeaders.CanonicalHeaders"/>.</param>
    /// <param name="signedHeaders"><see cref="Acs3CanonicalHeaders.SignedHeaders"/>.</param>
    /// <param name="hashedPayload">The result of <see cref="HashPayload(string)"/>.</param>
    /// <returns>The canonical request.</returns>
    public static string CanonicalRequest(
        string method,
        string canonicalUri,
        string canonicalQuery,
        string canonicalHeaders,
        string signedHeaders,
        string hashedPayload)
    {
        if (method is null)
        {
            throw new ArgumentNullException(nameof(method));
        }

        if (canonicalUri is null)
        {
            throw new ArgumentNullException(nameof(canonicalUri));
        }

        if (canonicalQuery is null)
        {
            throw new ArgumentNullException(nameof(canonicalQuery));
        }

        if (canonicalHeaders is null)
        {
            throw new ArgumentNullException(nameof(canonicalHeaders));
        }

        if (signedHeaders is null)
        {
            throw new ArgumentNullException(nameof(signedHeaders));
        }

        if (hashedPayload is null)
        {
            throw new ArgumentNullException(nameof(hashedPayload));
        }

        using var buffer = new SigningBuffer(method.Length + canonicalUri.Length + canonicalQuery.Length + canonicalHeaders.Length + signedHeaders.Length + hashedPayload.Length + 5);
        return buffer.Append(method).Append('\n')
            .Append(canonicalUri).Append('\n')
            .Append(canonicalQuery).Append('\n')
            .Append(canonicalHeaders).Append('\n')
            .Append(signedHeaders).Append('\n')
            .Append(hashedPayload)
            .ToString();
    }

    /// <summary><c>"ACS3-HMAC-SHA256\n"</c> followed by the lower-hex SHA-256 of the canonical request.</summary>
    /// <param name="canonicalRequest">The result of <see cref="CanonicalRequest"/>.</param>
    /// <returns>The string to sign.</returns>
    public static string StringToSign(string canonicalRequest)
    {
        if (canonicalRequest is null)
        {
            throw new ArgumentNullException(nameof(canonicalRequest));
        }

        return Hashing.LowerHex(StringToSignPrefix, Hashing.Sha256(canonicalRequest));
    }

    /// <summary>Lower-hex HMAC-SHA256 of the string to sign, keyed with the secret (no <c>&amp;</c> appended).</summary>
    /// <param name="stringToSign">The result of <see cref="StringToSign"/>.</param>
    /// <param name="accessKeySecret">The AccessKey secret.</param>
    /// <returns>The signature.</returns>
    public static string Signature(string stringToSign, string accessKeySecret)
    {
        if (stringToSign is null)
        {
            throw new ArgumentNullException(nameof(stringToSign));
        }

        if (accessKeySecret is null)
        {
            throw new ArgumentNullException(nameof(accessKeySecret));
        }

        return Hashing.LowerHex(Hashing.HmacSha256(accessKeySecret, stringToSign));
    }

    /// <summary>The <c>Authorization</c> header value: <c>ACS3-HMAC-SHA256 Credential=id,SignedHeaders=...,Signature=...</c>.</summary>
    /// <param name="accessKeyId">The AccessKey ID.</param>
    /// <param name="signedHeaders"><see cref="Acs3CanonicalHeaders.SignedHeaders"/>.</param>
    /// <param name="signature">The result of <see cref="Signature"/>.</param>
    /// <returns>The header value.</returns>
    public static string Authorization(string accessKeyId, string signedHeaders, string signature)
    {
        return Algorithm
            + " Credential=" + (accessKeyId ?? throw new ArgumentNullException(nameof(accessKeyId)))
            + ",SignedHeaders=" + (signedHeaders ?? throw new ArgumentNullException(nameof(signedHeaders)))
            + ",Signature=" + (signature ?? throw new ArgumentNullException(nameof(signature)));
    }

    /// <summary>
    /// The transport's path through the steps above: the signature of a request and its signed header names, with
    /// the canonical headers, canonical request and string to sign written to pooled buffers (or the stack) and
    /// hashed, never made into strings, and <paramref name="key"/>'s reused HMAC. Gives exactly what
    /// <see cref="CanonicalHeaders"/>, <see cref="CanonicalRequest"/>, <see cref="StringToSign"/> and
    /// <see cref="Signature"/> give one after the other (a test holds them to it).
    /// </summary>
    internal static string Sign(
        string method,
        string canonicalUri,
        string canonicalQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        string hashedPayload,
        HmacKey key,
        out string signedHeaders)
    {
        Span<char> signature = stackalloc char[SignatureLength];
        WriteSignature(method, canonicalUri, canonicalQuery.AsSpan(), headers, hashedPayload, key, signature, out signedHeaders);
        return signature.ToString();
    }

    /// <summary>
    /// <see cref="Sign"/>, then the <c>Authorization</c> header value for <paramref name="credential"/>, as
    /// <see cref="Authorization"/> makes it: the part before the signature is the credential's, made once per set
    /// of signed header names, and the signature is written after it without a string of its own.
    /// </summary>
    internal static string SignedAuthorization(
        string method,
        string canonicalUri,
        ReadOnlySpan<char> canonicalQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        string hashedPayload,
        AccessKeyCredential credential)
    {
        Span<char> signature = stackalloc char[SignatureLength];
        WriteSignature(method, canonicalUri, canonicalQuery, headers, hashedPayload, credential.Acs3Key, signature, out string signedHeaders);
        string prefix = credential.Acs3AuthorizationPrefix(signedHeaders);
#if NET8_0_OR_GREATER
        return string.Concat(prefix.AsSpan(), signature);
#else
        return prefix + signature.ToString();
#endif
    }

    // The canonical request (headers and signed names included) goes to one pooled buffer, its SHA-256 in hex after
    // the algorithm line to the stack, and the HMAC of that in hex to signature (64 characters).
    private static void WriteSignature(
        string method,
        string canonicalUri,
        ReadOnlySpan<char> canonicalQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        string hashedPayload,
        HmacKey key,
        Span<char> signature,
        out string signedHeaders)
    {
        IReadOnlyList<KeyValuePair<string, string>> signed = SortedSignedHeaders(headers, out SignedNames? known);
        int headersLength = CanonicalLength(signed);
        using var request = new SigningBuffer(method.Length + canonicalUri.Length + canonicalQuery.Length + (2 * headersLength) + hashedPayload.Length + 5);
        request.Append(method).Append('\n').Append(canonicalUri).Append('\n').Append(canonicalQuery).Append('\n');
        WriteCanonicalHeaders(signed, request);
        request.Append('\n');
        if (known is not null)
        {
            signedHeaders = known.Joined;
            request.Append(signedHeaders);
        }
        else
        {
            int namesStart = request.Length;
            WriteSignedHeaderNames(signed, request);
            signedHeaders = Remember(signed, ReferenceEquals(signed, headers), request.AsSpan().Slice(namesStart));
        }

        request.Append('\n').Append(hashedPayload);
#if NET8_0_OR_GREATER
        // The string to sign, as the ASCII bytes the HMAC reads: the algorithm line, then the request's hash in hex.
        Span<byte> stringToSign = stackalloc byte[StringToSignPrefix.Length + 64];
        Span<byte> hash = stackalloc byte[32];
        Hashing.Sha256(request.Utf8(), hash);
        StringToSignPrefixBytes.CopyTo(stringToSign);
        Hashing.WriteLowerHex(hash, stringToSign.Slice(StringToSignPrefix.Length));
        key.Compute(stringToSign, hash);
        Hashing.WriteLowerHex(hash, signature);
#else
        string stringToSign = Hashing.LowerHex(StringToSignPrefix, Hashing.Sha256(request.Utf8()));
        Hashing.WriteLowerHex(key.Compute(new ArraySegment<byte>(Encoding.ASCII.GetBytes(stringToSign))), signature);
#endif
    }

    // Keeps the joined names for the next request with the same ones (no new string), and the names themselves when
    // the list was in canonical order (each name once, ascending), for the next list that names the same instances.
    private static string Remember(IReadOnlyList<KeyValuePair<string, string>> signed, bool canonical, ReadOnlySpan<char> joined)
    {
        SignedNames? last = s_lastNames;
        if (last is not null && joined.SequenceEqual(last.Joined.AsSpan()))
        {
            if (canonical && !last.HasNames)
            {
                s_lastNames = new SignedNames(Names(signed), last.Joined);
            }

            return last.Joined;
        }

        string text = joined.ToString();
        s_lastNames = new SignedNames(canonical ? Names(signed) : null, text);
        return text;
    }

    private static string[] Names(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var names = new string[headers.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = headers[i].Key;
        }

        return names;
    }

    // Picks the signed headers, lower-cases names, trims values and sorts by name then value (which puts a
    // repeated name's values next to each other, already in order).
    // known: the kept names, when headers names exactly them (then its names are in canonical order already).
    private static IReadOnlyList<KeyValuePair<string, string>> SortedSignedHeaders(IEnumerable<KeyValuePair<string, string>> headers, out SignedNames? known)
    {
        known = null;
        if (headers is null)
        {
            throw new ArgumentNullException(nameof(headers));
        }

        if (headers is IReadOnlyList<KeyValuePair<string, string>> list)
        {
            // The transport's own list is already what this would make: used as it is, without a copy and a sort.
            SignedNames? last = s_lastNames;
            if (last is not null && last.AreNamesOf(list) && AreTrimmed(list))
            {
                known = last;
                return list;
            }

            if (IsCanonical(list))
            {
                return list;
            }
        }

        var signed = new List<KeyValuePair<string, string>>(8);
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (header.Key is null)
            {
                throw new ArgumentException("A header name is null.", nameof(headers));
            }

            string name = header.Key.Trim().ToLowerInvariant();
            if (IsSigned(name))
            {
                signed.Add(new KeyValuePair<string, string>(name, (header.Value ?? string.Empty).Trim()));
            }
        }

        signed.Sort(static (x, y) =>
        {
            int byName = string.CompareOrdinal(x.Key, y.Key);
            return byName != 0 ? byName : string.CompareOrdinal(x.Value, y.Value);
        });
        return signed;
    }

    // Every header signed, its name lower-case and trimmed, its value trimmed, names strictly ascending (so none repeats).
    private static bool IsCanonical(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        string? previous = null;
        for (int i = 0; i < headers.Count; i++)
        {
            string name = headers[i].Key;
            string? value = headers[i].Value;
            if (name is null || value is null || !IsSigned(name) || !IsLowerCaseTrimmed(name) || !IsTrimmed(value)
                || (previous is not null && string.CompareOrdinal(previous, name) >= 0))
            {
                return false;
            }

            previous = name;
        }

        return true;
    }

    // Lower-case ASCII letters, digits and '-' only, what signed header names are made of; any other name takes the
    // general path, which gives the same result for a name that is canonical anyway.
    private static bool IsLowerCaseTrimmed(string name)
    {
        foreach (char c in name)
        {
            if ((uint)(c - 'a') > 'z' - 'a' && (uint)(c - '0') > 9 && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreTrimmed(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        for (int i = 0; i < headers.Count; i++)
        {
            if (headers[i].Value is not { } value || !IsTrimmed(value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTrimmed(string value) =>
        value.Length == 0 || (!char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[value.Length - 1]));

    private static int CanonicalLength(IReadOnlyList<KeyValuePair<string, string>> signed)
    {
        int length = 0;
        for (int i = 0; i < signed.Count; i++)
        {
            length += signed[i].Key.Length + signed[i].Value.Length + 3;
        }

        return length;
    }

    // One name:value line per name, a repeated name's values joined with ", ".
    private static void WriteCanonicalHeaders(IReadOnlyList<KeyValuePair<string, string>> signed, SigningBuffer canonical)
    {
        for (int i = 0; i < signed.Count; i++)
        {
            string name = signed[i].Key;
            if (i > 0 && string.Equals(signed[i - 1].Key, name, StringComparison.Ordinal))
            {
                // Undo the previous line's '\n' and continue it.
                canonical.Shorten(1);
                canonical.Append(", ");
            }
            else
            {
                canonical.Append(name).Append(':');
            }

            canonical.Append(signed[i].Value).Append('\n');
        }
    }

    // The names, each once, joined with ';'.
    private static void WriteSignedHeaderNames(IReadOnlyList<KeyValuePair<string, string>> signed, SigningBuffer names)
    {
        for (int i = 0; i < signed.Count; i++)
        {
            string name = signed[i].Key;
            if (i == 0)
            {
                names.Append(name);
            }
            else if (!string.Equals(signed[i - 1].Key, name, StringComparison.Ordinal))
            {
                names.Append(';').Append(name);
            }
        }
    }

    private static bool IsSigned(string lowerCaseName) =>
        lowerCaseName == "host"
        || lowerCaseName == "content-type"
        || lowerCaseName.StartsWith("x-acs-", StringComparison.Ordinal);

    /// <summary>Signed header names joined with <c>;</c>, and the names of the list in canonical order they came from (or null). Immutable.</summary>
    private sealed class SignedNames
    {
        private readonly string[]? _names;

        public SignedNames(string[]? names, string joined)
        {
            _names = names;
            Joined = joined;
        }

        public string Joined { get; }

        public bool HasNames => _names is not null;

        // The same string instances in the same order: compared by reference, so a name is never read.
        public bool AreNamesOf(IReadOnlyList<KeyValuePair<string, string>> headers)
        {
            if (_names is null || headers.Count != _names.Length)
            {
                return false;
            }

            for (int i = 0; i < _names.Length; i++)
            {
                if (!ReferenceEquals(headers[i].Key, _names[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

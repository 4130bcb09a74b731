using System;

namespace SpecClient.Signing;

/// <summary>
/// The signed headers of a V3 request in canonical form: the result of
/// <see cref="Acs3SignatureV3.CanonicalHeaders"/>.
/// </summary>
public sealed class Acs3CanonicalHeaders
{
    /// <summary>Creates the pair of strings.</summary>
    /// <param name="canonicalHeaders">The <c>name:value\n</c> lines.</param>
    /// <param name="signedHeaders">The header names joined with <c>;</c>.</param>
    public Acs3CanonicalHeaders(string canonicalHeaders, string signedHeaders)
    {
        CanonicalHeaders = canonicalHeaders ?? throw new ArgumentNullException(nameof(canonicalHeaders));
        SignedHeaders = signedHeaders ?? throw new ArgumentNullException(nameof(signedHeaders));
    }

    /// <summary>
    /// One <c>name:value\n</c> line per signed header, sorted by name; names lower-case, values trimmed,
    /// repeated names merged. Ends with <c>\n</c> when there is at least one header.
    /// </summary>
    public string CanonicalHeaders { get; }

    /// <summary>The lower-case names of the signed headers, sorted and joined with <c>;</c>.</summary>
    public string SignedHeaders { get; }

    /// <inheritdoc />
    public override string ToString() => SignedHeaders;
}

using System;
using System.Collections.Generic;

namespace SpecClient.Testing.Internal;

/// <summary>
/// The parsed <c>Authorization: ACS3-HMAC-SHA256 Credential=id,SignedHeaders=a;b,Signature=hex</c> header.
/// </summary>
internal sealed class Acs3Authorization
{
    private Acs3Authorization(string credential, IReadOnlyList<string> signedHeaders, string signedHeadersText, string signature)
    {
        Credential = credential;
        SignedHeaders = signedHeaders;
        SignedHeadersText = signedHeadersText;
        Signature = signature;
    }

    /// <summary>The AccessKey ID.</summary>
    public string Credential { get; }

    /// <summary>The signed header names, lower-cased, in the client's order.</summary>
    public IReadOnlyList<string> SignedHeaders { get; }

    /// <summary>The <c>SignedHeaders</c> value as received: it is a line of the canonical request.</summary>
    public string SignedHeadersText { get; }

    public string Signature { get; }

    /// <summary>Parses the header; on failure <paramref name="problem"/> says why, without echoing the signature.</summary>
    public static bool TryParse(string header, out Acs3Authorization? authorization, out string problem)
    {
        authorization = null;
        problem = string.Empty;
        var space = header.IndexOf(' ');
        var algorithm = space < 0 ? header : header.Substring(0, space);
        if (!string.Equals(algorithm, Acs3Signature.Algorithm, StringComparison.Ordinal))
        {
            problem = "The Authorization header must start with " + Acs3Signature.Algorithm + ", not '" + algorithm + "'.";
            return false;
        }

        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in header.Substring(space + 1).Split(','))
        {
            var equals = part.IndexOf('=');
            if (equals < 0)
            {
                continue;
            }

            var key = part.Substring(0, equals).Trim();
            var value = part.Substring(equals + 1).Trim();
            switch (key)
            {
                case "Credential": credential = value; break;
                case "SignedHeaders": signedHeaders = value; break;
                case "Signature": signature = value; break;
            }
        }

        if (string.IsNullOrEmpty(credential) || signedHeaders is null || string.IsNullOrEmpty(signature))
        {
            problem = "The Authorization header must carry Credential, SignedHeaders and Signature.";
            return false;
        }

        var names = signedHeaders.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = names[i].Trim().ToLowerInvariant();
        }

        authorization = new Acs3Authorization(credential!, names, signedHeaders, signature!);
        return true;
    }
}

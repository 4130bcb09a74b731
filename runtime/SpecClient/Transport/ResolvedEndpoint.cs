using System;
using System.Globalization;
using SpecClient.Signing;

namespace SpecClient;

/// <summary>
/// Where requests go, decided once per transport: the base URI, the exact <c>Host</c> header (which V3 signs)
/// and the canonical URI of the path.
/// </summary>
internal sealed class ResolvedEndpoint
{
    private ResolvedEndpoint(Uri baseUri, string hostHeader)
    {
        BaseUri = baseUri;
        HostHeader = hostHeader;
        CanonicalUri = Acs3SignatureV3.CanonicalUri(Uri.UnescapeDataString(baseUri.AbsolutePath));
    }

    private ResolvedEndpoint(Uri baseUri)
    {
        BaseUri = baseUri;

        // Set explicitly on every request rather than left to the handler, so the signed value is the sent value.
        string host = baseUri.IdnHost;
        if (baseUri.HostNameType == UriHostNameType.IPv6 && !host.StartsWith("[", StringComparison.Ordinal))
        {
            host = "[" + host + "]";
        }

        HostHeader = baseUri.IsDefaultPort ? host : host + ":" + baseUri.Port.ToString(CultureInfo.InvariantCulture);
        CanonicalUri = Acs3SignatureV3.CanonicalUri(Uri.UnescapeDataString(baseUri.AbsolutePath));
    }

    public Uri BaseUri { get; }

    /// <summary>
    /// <see cref="BaseUri"/> with <paramref name="canonicalQuery"/> as its query: the URI of an RPC request signed with V3.
    /// </summary>
    /// <remarks>
    /// The query is percent-encoded already (unreserved characters and <c>%XX</c>, joined with <c>=</c> and <c>&amp;</c>)
    /// and the base is canonical, so on .NET 8 <see cref="Uri"/> is told not to canonicalize them again: the parse is
    /// cheaper and the URI is the text, as signed.
    /// </remarks>
    public Uri WithQuery(ReadOnlySpan<char> canonicalQuery)
    {
        if (canonicalQuery.Length == 0)
        {
            return BaseUri;
        }

#if NET8_0_OR_GREATER
        string text = string.Concat(BaseUri.AbsoluteUri.AsSpan(), "?".AsSpan(), canonicalQuery);
        return new Uri(text, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
#else
        return new Uri(BaseUri.AbsoluteUri + "?" + canonicalQuery.ToString(), UriKind.Absolute);
#endif
    }

    public string HostHeader { get; }

    public string CanonicalUri { get; }

    /// <summary>
    /// This endpoint under <paramref name="label"/> (SLS: <c>my-project.cn-hangzhou.log.aliyuncs.com</c>), the label
    /// already checked to be one DNS label. An IP address or <c>localhost</c> (an emulator on loopback) has no
    /// sub-domains: the request still connects there and only the <c>Host</c> header carries the label.
    /// </summary>
    public ResolvedEndpoint WithHostLabel(string label)
    {
        if (BaseUri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || BaseUri.IsLoopback)
        {
            return new ResolvedEndpoint(BaseUri, label + "." + HostHeader);
        }

        var builder = new UriBuilder(BaseUri) { Host = label + "." + BaseUri.Host };
        return new ResolvedEndpoint(builder.Uri);
    }

    /// <summary>
    /// Picks <paramref name="configured"/> over <paramref name="defaultEndpoint"/> (see <see cref="EndpointRules"/>
    /// for the whole order) and parses it.
    /// </summary>
    /// <exception cref="ArgumentException">No endpoint, an invalid one, or plain HTTP not allowed.</exception>
    public static ResolvedEndpoint Resolve(string? configured, string? defaultEndpoint, bool allowInsecureHttp) =>
        Resolve(EndpointRules.Central(null, defaultEndpoint).Resolve(configured, null), allowInsecureHttp);

    /// <summary>Parses an endpoint: a bare host means <c>https://host/</c>; <c>http://</c> needs <paramref name="allowInsecureHttp"/>.</summary>
    /// <exception cref="ArgumentException">An invalid endpoint, or plain HTTP not allowed.</exception>
    public static ResolvedEndpoint Resolve(string value, bool allowInsecureHttp)
    {
        bool absolute = value.IndexOf("://", StringComparison.Ordinal) >= 0;
        if (!Uri.TryCreate(absolute ? value : "https://" + value, UriKind.Absolute, out Uri? uri) || uri.Host.Length == 0)
        {
            throw new ArgumentException("The endpoint '" + value + "' is neither a host name nor an absolute URI.", "options");
        }

        if (string.Equals(uri.Scheme, "http", StringComparison.OrdinalIgnoreCase))
        {
            if (!allowInsecureHttp)
            {
                throw new ArgumentException(
                    "The endpoint '" + value + "' uses plain HTTP, which would send signed requests unencrypted. "
                    + "Use https://, or set SpecClientOptions.AllowInsecureHttp = true for a local emulator.",
                    "options");
            }
        }
        else if (!string.Equals(uri.Scheme, "https", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The endpoint '" + value + "' must use https:// (scheme '" + uri.Scheme + "' is not supported).", "options");
        }

        // Query and fragment of a configured URI are dropped: every request builds its own query.
        return new ResolvedEndpoint(new Uri(uri.GetLeftPart(UriPartial.Path), UriKind.Absolute));
    }
}

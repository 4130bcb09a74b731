using SpecClient.Signing;

namespace SpecClient.Testing.Internal;

/// <summary>What the pipeline has learned about one request so far; feeds the record and the error body.</summary>
internal sealed class Exchange
{
    public string? Action { get; set; }

    public string? Version { get; set; }

    public string? Product { get; set; }

    public SignatureVersion? SignatureVersion { get; set; }

    public string? AccessKeyId { get; set; }

    /// <summary>The request asked for <c>Format=XML</c>: answers, errors included, are XML.</summary>
    public bool WantsXml { get; set; }

    /// <summary>A ROA request's path values and JSON body fields, recorded next to its query parameters.</summary>
    public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>>? RoaParameters { get; set; }
}

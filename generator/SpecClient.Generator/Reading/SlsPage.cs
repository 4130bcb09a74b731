using System;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Simple Log Service pages name neither product nor version (no OpenAPI Explorer link), but every request they
/// show carries SLS's own signature, <c>Authorization: LOG ...</c>. SLS's wire protocol has no API version
/// (<c>x-log-apiversion: 0.6.0</c> is the protocol's); its OpenAPI version, the one its metadata describes, is
/// <see cref="Version"/>. Knowing both lets such a page merge with the metadata and be called.
/// </summary>
internal static class SlsPage
{
    public const string Product = "Sls";

    public const string Version = "2020-12-30";

    /// <summary>True when a code block of the page shows a request signed with <c>Authorization: LOG</c>.</summary>
    public static bool Is(PageOutline page)
    {
        foreach (CodeSample code in page.CodeBlocks)
        {
            if (code.Content.Span.IndexOf("Authorization: LOG ".AsSpan()) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

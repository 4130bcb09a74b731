using System;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The OpenAPI Explorer link of newer pages: <c>https://api.aliyun.com/#product=Domain&amp;api=X&amp;type=RPC&amp;version=2018-01-29</c>.
/// Product, style and version are read from it; <c>api=</c> is not trusted (it names another operation on some pages).
/// </summary>
internal sealed record ExplorerLink(string? Product, string? Style, string? Version)
{
    public static ExplorerLink? Find(PageOutline page)
    {
        // The first line with a link is the line of the first link in the text: search the text, split one line.
        int found = IndexOfLink(page.Text);
        if (found < 0)
        {
            return null;
        }

        // Read in place in the link's line: the query runs from after "api.aliyun.com/#" to a ')', a space, a '"' or
        // the line's end, and its pairs are split at '&' or "&amp;".
        int lineNumber = page.LineAt(found);
        ReadOnlySpan<char> line = page.LineSpan(lineNumber);
        int start = found - page.LineStart(lineNumber) + Host.Length + 2;
        int end = start;
        while (end < line.Length && line[end] != ')' && line[end] != ' ' && line[end] != '"')
        {
            end++;
        }

        // Product, style and version repeat from page to page: one string each (SharedText), not a copy per page.
        ReadOnlySpan<char> query = line.Slice(start, end - start);
        string? product = null, style = null, version = null;
        bool first = true;
        while (true)
        {
            int amp = query.IndexOf('&');
            ReadOnlySpan<char> pair = amp < 0 ? query : query.Slice(0, amp);
            if (!first && pair.StartsWith("amp;".AsSpan()))
            {
                pair = pair.Slice(4);
            }

            first = false;
            int eq = pair.IndexOf('=');
            if (eq > 0)
            {
                ReadOnlySpan<char> key = pair.Slice(0, eq).Trim();
                ReadOnlySpan<char> value = pair.Slice(eq + 1).Trim();
                if (value.Length > 0)
                {
                    if (key.Equals("product".AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        product = SharedText.Of(value);
                    }
                    else if (key.Equals("type".AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        style = SharedText.Of(value);
                    }
                    else if (key.Equals("version".AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        version = SharedText.Of(value);
                    }
                }
            }

            if (amp < 0)
            {
                break;
            }

            query = query.Slice(amp + 1);
        }

        return new ExplorerLink(product, style, version);
    }

    private const string Host = "api.aliyun.com";

    // The first "api.aliyun.com/#" in any letter case, as IndexOf(..., OrdinalIgnoreCase) finds it, through an ordinal
    // (vectorized) search for "/#", which has no case: where the runtime has no ICU (globalization-invariant mode, as
    // on this project's machines) a case-insensitive IndexOf compares character by character, and over every page it
    // was 4 % of reading the corpus.
    private static int IndexOfLink(string text)
    {
        for (int hash = text.IndexOf("/#", StringComparison.Ordinal); hash >= 0; hash = text.IndexOf("/#", hash + 2, StringComparison.Ordinal))
        {
            if (hash >= Host.Length && string.Compare(text, hash - Host.Length, Host, 0, Host.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return hash - Host.Length;
            }
        }

        return -1;
    }
}

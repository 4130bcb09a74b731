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
        if (found >= 0)
        {
            string line = page.Line(page.LineAt(found));
            int at = line.IndexOf("api.aliyun.com/#", StringComparison.OrdinalIgnoreCase);

            int start = line.IndexOf('#', at) + 1;
            int end = start;
            while (end < line.Length && line[end] != ')' && line[end] != ' ' && line[end] != '"')
            {
                end++;
            }

            string query = line.Substring(start, end - start).Replace("&amp;", "&");
            string? product = null, style = null, version = null;
            foreach (string pair in query.Split('&'))
            {
                int eq = pair.IndexOf('=');
                if (eq <= 0)
                {
                    continue;
                }

                string key = pair.Substring(0, eq).Trim().ToLowerInvariant();
                string value = pair.Substring(eq + 1).Trim();
                if (value.Length == 0)
                {
                    continue;
                }

                switch (key)
                {
                    case "product": product = value; break;
                    case "type": style = value; break;
                    case "version": version = value; break;
                }
            }

            return new ExplorerLink(product, style, version);
        }

        return null;
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

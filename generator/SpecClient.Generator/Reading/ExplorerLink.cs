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
        int found = page.Text.IndexOf("api.aliyun.com/#", StringComparison.OrdinalIgnoreCase);
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
}

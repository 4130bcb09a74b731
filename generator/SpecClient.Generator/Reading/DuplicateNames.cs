using System;
using System.Collections.Generic;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Keeps one of several rows that name the same parameter or field. Pages list deprecated lower-case aliases
/// next to the real names (<c>Tag.N.key</c> beside <c>Tag.N.Key</c>): the current, PascalCase one is kept,
/// wherever it sits in the table. An exact repeat is a doc error and is reported as one.
/// </summary>
internal static class DuplicateNames
{
    private const int LinearLimit = 16;

    [ThreadStatic]
    private static HashSet<string>? SpareNames;

    /// <summary>
    /// The items with one per name (compared ignoring case), in order. <paramref name="items"/> itself, not a copy,
    /// when no two share a name (nearly every table): the caller only reads what it gets.
    /// </summary>
    public static List<T> Keep<T>(List<T> items, Func<T, string> name, Func<T, DocComment> doc, Func<T, LocationInfo> location, string owner, DiagnosticBag diagnostics)
    {
        if (!HasRepeat(items, name))
        {
            return items;
        }

        var kept = new List<T>(items.Count);

        // Most tables have a few rows: names are compared one by one until the kept rows are many, then looked up.
        Dictionary<string, int>? index = null;
        foreach (T item in items)
        {
            string key = name(item);
            int at = index is null ? IndexOf(kept, key, name) : index.TryGetValue(key, out int found) ? found : -1;
            if (at < 0)
            {
                kept.Add(item);
                if (index is not null)
                {
                    index[key] = kept.Count - 1;
                }
                else if (kept.Count == LinearLimit)
                {
                    index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    for (int i = 0; i < kept.Count; i++)
                    {
                        index[name(kept[i])] = i;
                    }
                }

                continue;
            }

            T existing = kept[at];
            T dropped = item;
            if (Rank(name(item), doc(item)) < Rank(name(existing), doc(existing)))
            {
                kept[at] = item;
                dropped = existing;
            }

            string keptName = name(kept[at]);
            if (string.Equals(keptName, name(dropped), StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticIds.DuplicateName, "'" + name(dropped) + "' appears twice in " + owner + "; the second row is ignored.", location(item));
            }
            else
            {
                diagnostics.Add(DiagnosticIds.CaseAlias, "'" + name(dropped) + "' is another spelling of '" + keptName + "' in " + owner + "; '" + keptName + "' is used.", location(dropped));
            }
        }

        return kept;
    }

    // Whether two items have the same name (ignoring case): one by one for a few, in the thread's spare set for more.
    private static bool HasRepeat<T>(List<T> items, Func<T, string> name)
    {
        if (items.Count <= LinearLimit)
        {
            for (int i = 1; i < items.Count; i++)
            {
                string key = name(items[i]);
                for (int j = 0; j < i; j++)
                {
                    if (string.Equals(name(items[j]), key, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        HashSet<string> seen = SpareNames ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        seen.Clear();
        foreach (T item in items)
        {
            if (!seen.Add(name(item)))
            {
                return true;
            }
        }

        return false;
    }

    // Where a kept item has the name, compared as the index compares them; -1 when none has.
    private static int IndexOf<T>(List<T> kept, string key, Func<T, string> name)
    {
        for (int i = 0; i < kept.Count; i++)
        {
            if (string.Equals(name(kept[i]), key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // Lower is better: a name the docs do not call deprecated, then one starting with a capital letter.
    private static int Rank(string name, DocComment doc)
    {
        int rank = 0;
        string text = doc.Summary;
        if (text.IndexOf("will be removed", StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("deprecated", StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("废弃", StringComparison.Ordinal) >= 0)
        {
            rank += 2;
        }

        if (name.Length > 0 && char.IsLower(name[0]))
        {
            rank += 1;
        }

        return rank;
    }
}

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

    public static List<T> Keep<T>(IEnumerable<T> items, Func<T, string> name, Func<T, DocComment> doc, Func<T, LocationInfo> location, string owner, DiagnosticBag diagnostics)
    {
        var kept = new List<T>(items is ICollection<T> collection ? collection.Count : 0);

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

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
    public static List<T> Keep<T>(IEnumerable<T> items, Func<T, string> name, Func<T, DocComment> doc, Func<T, LocationInfo> location, string owner, DiagnosticBag diagnostics)
    {
        var kept = new List<T>();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (T item in items)
        {
            string key = name(item);
            if (!index.TryGetValue(key, out int at))
            {
                index[key] = kept.Count;
                kept.Add(item);
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

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>The file names of generated sources: one per operation, one per client.</summary>
internal static class HintNames
{
    public static string Of(Operation operation) => operation.Namespace + "." + Identifier.Pascal(operation.Name) + ".g.cs";

    public static string Of(ProductClient client) => client.Namespace + "." + client.ClientName + ".g.cs";

    /// <summary>
    /// Each operation of a client with its file name. Roslyn wants hint names unique ignoring case, and one clash
    /// fails the whole generator (CS8785: every file lost). ProductResolver already keeps one operation per name
    /// ignoring case (ECS's DescribeAutoSnapshotPolicyEx and DescribeAutoSnapshotPolicyEX pages); this is the guard
    /// should two names still clash: the ordinally first keeps its plain file name and the others get ".2", ".3"
    /// before ".g.cs", whatever order the pages came in.
    /// </summary>
    public static IEnumerable<(Operation Operation, string HintName)> OfOperations(ProductClient client)
    {
        ImmutableArray<Operation> operations = client.Operations.Items;
        var hints = new string[operations.Length];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        bool clash = false;
        for (int i = 0; i < operations.Length; i++)
        {
            hints[i] = Of(operations[i]);
            clash |= !seen.Add(hints[i]);
        }

        if (clash)
        {
            Rank(hints);
        }

        for (int i = 0; i < operations.Length; i++)
        {
            yield return (operations[i], hints[i]);
        }
    }

    private static void Rank(string[] hints)
    {
        foreach (IGrouping<string, string> same in hints.Distinct(StringComparer.Ordinal).GroupBy(h => h, StringComparer.OrdinalIgnoreCase))
        {
            List<string> ranked = same.OrderBy(h => h, StringComparer.Ordinal).ToList();
            for (int rank = 1; rank < ranked.Count; rank++)
            {
                string renamed = ranked[rank].Substring(0, ranked[rank].Length - ".g.cs".Length) + "." + (rank + 1) + ".g.cs";
                for (int i = 0; i < hints.Length; i++)
                {
                    if (string.Equals(hints[i], ranked[rank], StringComparison.Ordinal))
                    {
                        hints[i] = renamed;
                    }
                }
            }
        }
    }
}

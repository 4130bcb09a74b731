using System;
using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>The file names of generated sources: one per operation, one per client.</summary>
internal static class HintNames
{
    public static string Of(Operation operation) => operation.Namespace + "." + Identifier.Pascal(operation.Name) + ".g.cs";

    public static string Of(ProductClient client) => client.Namespace + "." + client.ClientName + ".g.cs";

    /// <summary>
    /// Each operation of a client with its file name. Roslyn wants hint names unique ignoring case, and ECS has
    /// two operations that differ only in case (DescribeAutoSnapshotPolicyEx and DescribeAutoSnapshotPolicyEX,
    /// two classes to C#): within such a group the ordinally first name keeps its plain file name and the others
    /// get ".2", ".3" before ".g.cs", whatever order the pages came in.
    /// </summary>
    public static IEnumerable<(Operation Operation, string HintName)> OfOperations(ProductClient client)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (Operation operation in client.Operations)
        {
            string hint = Of(operation);
            if (!groups.TryGetValue(hint, out List<string>? same))
            {
                groups.Add(hint, same = new List<string>());
            }

            same.Add(hint);
        }

        foreach (Operation operation in client.Operations)
        {
            string hint = Of(operation);
            List<string> same = groups[hint];
            if (same.Count == 1)
            {
                yield return (operation, hint);
                continue;
            }

            int rank = same.Distinct(StringComparer.Ordinal).OrderBy(h => h, StringComparer.Ordinal).ToList().IndexOf(hint);
            yield return (operation, rank == 0 ? hint : hint.Substring(0, hint.Length - ".g.cs".Length) + "." + (rank + 1) + ".g.cs");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecClient.Testing.Internal;

/// <summary>
/// The operations by action name. One emulator can serve several products on one port, so an action name
/// may map to several descriptors (DescribeRegions exists in many products); the version picks one.
/// </summary>
internal sealed class OperationCatalog
{
    private readonly Dictionary<string, OperationDescriptor[]> _byAction;

    public OperationCatalog(IEnumerable<OperationDescriptor> operations)
    {
        _byAction = operations
            .GroupBy(o => o.Action, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every descriptor for <paramref name="action"/>, empty when the action is unknown.</summary>
    public IReadOnlyList<OperationDescriptor> Find(string action) =>
        _byAction.TryGetValue(action, out var found) ? found : Array.Empty<OperationDescriptor>();

    public bool Contains(string action) => _byAction.ContainsKey(action);

    /// <summary>The ROA (and SLS) operations whose method and path pattern fit the request, with the path values each gives.</summary>
    /// <remarks>The routes whose fixed query (<c>?action=split</c>) the request carries come first: they are the more specific.</remarks>
    public IEnumerable<(OperationDescriptor Operation, List<KeyValuePair<string, string>> Values)> Routes(string method, string path, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var routes = new List<(OperationDescriptor Operation, List<KeyValuePair<string, string>> Values, int Fixed)>();
        foreach (var operation in _byAction.Values.SelectMany(o => o))
        {
            if (operation.Style != ApiStyle.Rpc
                && string.Equals(operation.HttpMethod, method, StringComparison.OrdinalIgnoreCase)
                && RoaRoute.TryMatch(operation.Path, path, out var values)
                && RoaRoute.HasFixedQuery(operation.Path, query, out var fixedCount))
            {
                routes.Add((operation, values, fixedCount));
            }
        }

        return routes.OrderByDescending(r => r.Fixed).Select(r => (r.Operation, r.Values));
    }
}

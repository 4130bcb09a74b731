using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecClient.Generator.Model;

/// <summary>
/// Finds the paging convention an operation follows, from parameter and field names alone. The names are the ones
/// the Alibaba Cloud reference pages use: ECS, SLB, KMS, CDN and EIP page with <c>PageNumber</c>/<c>PageSize</c>
/// and answer <c>TotalCount</c>; Domain with <c>PageNum</c>/<c>PageSize</c> and answers <c>TotalItemNum</c>,
/// <c>TotalPageNum</c> and <c>NextPage</c>; Elasticsearch with <c>page</c>/<c>size</c> and answers a
/// <c>Headers.X-Total-Count</c>; newer ECS and EIP operations hand out a <c>NextToken</c> (with <c>MaxResults</c>),
/// RAM a <c>Marker</c> with <c>IsTruncated</c>; SLS with <c>offset</c>/<c>size</c> and answers <c>total</c>, ECS's
/// DescribeSpotPriceHistory with <c>Offset</c> and answers <c>NextOffset</c>.
/// </summary>
internal static class PaginationConventions
{
    private static readonly string[] PageNumberNames = { "PageNumber", "PageNum", "Page", "PageNo", "PageIndex" };
    private static readonly string[] PageSizeNames = { "PageSize", "Size" };
    private static readonly string[] OffsetNames = { "Offset" };
    private static readonly string[] OffsetSizeNames = { "Size", "Sizes", "Limit", "PageSize", "MaxResults" };
    private static readonly string[] NextOffsetNames = { "NextOffset" };
    private static readonly string[] TokenNames = { "NextToken", "Marker" };
    private static readonly string[] NextTokenNames = { "NextToken", "Marker", "NextMarker" };
    private static readonly string[] TotalCountNames = { "TotalCount", "TotalItemNum", "Total", "X-Total-Count", "TotalItems" };
    private static readonly string[] TotalPagesNames = { "TotalPageNum", "TotalPages", "TotalPageCount" };
    private static readonly string[] HasNextPageNames = { "NextPage", "HasNextPage", "HasMore" };
    private static readonly string[] IsTruncatedNames = { "IsTruncated", "Truncated" };
    private static readonly ScalarKind[] Integers = { ScalarKind.Int32, ScalarKind.Int64 };
    private static readonly ScalarKind[] Strings = { ScalarKind.String };
    private static readonly ScalarKind[] Booleans = { ScalarKind.Boolean };

    /// <summary>The operation's pagination, or null when it follows no convention this knows.</summary>
    public static Pagination? Detect(Operation operation)
    {
        EquatableArray<string> items = Items(operation);
        if (items.Count == 0)
        {
            return null;
        }

        // Operations that take both (ECS DescribeInstances) get the token: the pages call PageNumber the older way.
        EquatableArray<ResponseField> response = operation.Response;
        RequestParameter? token = Parameter(operation, TokenNames, Strings);
        EquatableArray<string> nextToken = Field(response, items, NextTokenNames, Strings);
        if (token is not null && nextToken.Count > 0)
        {
            // No total: the token alone says when to stop, and a TotalCount that counts something else ("entries returned" on
            // some ECS pages may mean this page) would end the paging early.
            return new Pagination(PaginationKind.Token, token, items, default, default, default, nextToken, Field(response, items, IsTruncatedNames, Booleans));
        }

        RequestParameter? page = Parameter(operation, PageNumberNames, Integers);
        RequestParameter? pageSize = Parameter(operation, PageSizeNames, Integers);
        if (page is not null && pageSize is not null)
        {
            return new Pagination(
                PaginationKind.PageNumber,
                page,
                items,
                Field(response, items, TotalCountNames, Integers),
                Field(response, items, TotalPagesNames, Integers),
                Field(response, items, HasNextPageNames, Booleans),
                default,
                default,
                pageSize);
        }

        RequestParameter? offset = Parameter(operation, OffsetNames, Integers);
        if (offset is not null)
        {
            // An offset alone may mean anything; with a size, a total or a NextOffset it is a list's.
            EquatableArray<string> total = Field(response, items, TotalCountNames, Integers);
            EquatableArray<string> nextOffset = Field(response, items, NextOffsetNames, Integers);
            if (Parameter(operation, OffsetSizeNames, Integers) is not null || total.Count > 0 || nextOffset.Count > 0)
            {
                return new Pagination(PaginationKind.Offset, offset, items, total, default, default, nextOffset, default);
            }
        }

        return null;
    }

    /// <summary>
    /// The path to the one list a page holds: a list at the top of the response, else one inside a top-level object
    /// (<c>Invocation.InvocationResults</c>). Of several lists, the one the operation is named after.
    /// </summary>
    private static EquatableArray<string> Items(Operation operation)
    {
        var top = operation.Response.Where(IsList).Select(f => new[] { f }).ToList();
        var nested = operation.Response
            .Where(f => f.Shape == ValueShape.Object)
            .SelectMany(o => o.Children.Where(IsList).Select(f => new[] { o, f }))
            .ToList();
        ResponseField[]? chosen = Choose(top, operation.Name) ?? (top.Count == 0 ? Choose(nested, operation.Name) : null);
        return chosen is null ? default : chosen.Select(f => f.PropertyName).ToEquatableArray();
    }

    private static ResponseField[]? Choose(List<ResponseField[]> candidates, string operationName)
    {
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        var named = candidates.Where(path => NamedIn(path[path.Length - 1], operationName)).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    // SLS ListDashboard holds "dashboards" and "dashboardItems": the plural of the name counts too.
    private static bool NamedIn(ResponseField list, string operationName) =>
        new[] { list.WireName, list.ItemWrapper, list.TypeName }
            .Where(name => name is { Length: > 0 })
            .Select(name => name!.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 1) : name!)
            .Any(name => name.Length > 0 && operationName.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0);

    private static bool IsList(ResponseField field) => field.Shape is ValueShape.ObjectList or ValueShape.ScalarList;

    private static RequestParameter? Parameter(Operation operation, string[] names, ScalarKind[] kinds) =>
        operation.Parameters.FirstOrDefault(p => p.Shape == ValueShape.Scalar && Array.IndexOf(kinds, p.Kind) >= 0 && Named(p.WireName, names));

    /// <summary>
    /// A scalar field by name: next to the list first, then at the top of the response, then inside any top-level
    /// object (Elasticsearch's <c>Headers.X-Total-Count</c>).
    /// </summary>
    private static EquatableArray<string> Field(EquatableArray<ResponseField> response, EquatableArray<string> items, string[] names, ScalarKind[] kinds)
    {
        var scopes = new List<(string[] Prefix, IEnumerable<ResponseField> Fields)>();
        if (items.Count == 2)
        {
            ResponseField parent = response.First(f => f.PropertyName == items[0]);
            scopes.Add((new[] { parent.PropertyName }, parent.Children));
        }

        scopes.Add((Array.Empty<string>(), response));
        scopes.AddRange(response.Where(f => f.Shape == ValueShape.Object).Select(o => (new[] { o.PropertyName }, (IEnumerable<ResponseField>)o.Children)));
        foreach (var (prefix, fields) in scopes)
        {
            ResponseField? match = fields.FirstOrDefault(f => f.Shape == ValueShape.Scalar && Array.IndexOf(kinds, f.Kind) >= 0 && Named(f.WireName, names));
            if (match is not null)
            {
                return prefix.Concat(new[] { match.PropertyName }).ToEquatableArray();
            }
        }

        return default;
    }

    private static bool Named(string name, string[] names) => names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// <remarks>
    /// Every operation is asked on every emit, and most hold no list: loops rather than LINQ over the model's
    /// arrays (each query boxed the array and made a closure), and no candidate list until there is a candidate.
    /// </remarks>
    private static EquatableArray<string> Items(Operation operation)
    {
        List<ResponseField[]>? top = null;
        List<ResponseField[]>? nested = null;
        foreach (ResponseField f in operation.Response)
        {
            if (IsList(f))
            {
                (top ??= new List<ResponseField[]>()).Add(new[] { f });
            }
            else if (f.Shape == ValueShape.Object && top is null)
            {
                foreach (ResponseField child in f.Children)
                {
                    if (IsList(child))
                    {
                        (nested ??= new List<ResponseField[]>()).Add(new[] { f, child });
                    }
                }
            }
        }

        ResponseField[]? chosen = top is not null ? Choose(top, operation.Name) : nested is not null ? Choose(nested, operation.Name) : null;
        if (chosen is null)
        {
            return default;
        }

        var names = new string[chosen.Length];
        for (int i = 0; i < chosen.Length; i++)
        {
            names[i] = chosen[i].PropertyName;
        }

        return new EquatableArray<string>(ImmutableArray.Create(names));
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

    private static RequestParameter? Parameter(Operation operation, string[] names, ScalarKind[] kinds)
    {
        foreach (RequestParameter p in operation.Parameters)
        {
            if (p.Shape == ValueShape.Scalar && Array.IndexOf(kinds, p.Kind) >= 0 && Named(p.WireName, names))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// A scalar field by name: next to the list first, then at the top of the response, then inside any top-level
    /// object (Elasticsearch's <c>Headers.X-Total-Count</c>).
    /// </summary>
    private static EquatableArray<string> Field(EquatableArray<ResponseField> response, EquatableArray<string> items, string[] names, ScalarKind[] kinds)
    {
        if (items.Count == 2)
        {
            ResponseField parent = response.First(f => f.PropertyName == items[0]);
            if (Match(parent.Children, names, kinds) is { } besideList)
            {
                return Path(parent.PropertyName, besideList.PropertyName);
            }
        }

        if (Match(response, names, kinds) is { } atTop)
        {
            return Path(null, atTop.PropertyName);
        }

        foreach (ResponseField o in response)
        {
            if (o.Shape == ValueShape.Object && Match(o.Children, names, kinds) is { } inside)
            {
                return Path(o.PropertyName, inside.PropertyName);
            }
        }

        return default;
    }

    private static ResponseField? Match(EquatableArray<ResponseField> fields, string[] names, ScalarKind[] kinds)
    {
        foreach (ResponseField f in fields)
        {
            if (f.Shape == ValueShape.Scalar && Array.IndexOf(kinds, f.Kind) >= 0 && Named(f.WireName, names))
            {
                return f;
            }
        }

        return null;
    }

    private static EquatableArray<string> Path(string? prefix, string name) =>
        new(prefix is null ? ImmutableArray.Create(name) : ImmutableArray.Create(prefix, name));

    private static bool Named(string name, string[] names)
    {
        foreach (string n in names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

namespace SpecClient.Generator.Model;

/// <summary>How an operation moves from one page to the next.</summary>
internal enum PaginationKind
{
    /// <summary>The request names the page (<c>PageNumber</c>, <c>PageNum</c>, <c>page</c>); the next page is that number plus one.</summary>
    PageNumber,

    /// <summary>The response hands out a token (<c>NextToken</c>, RAM's <c>Marker</c>) that the next request sends back.</summary>
    Token,

    /// <summary>The request names the first item (<c>offset</c> in SLS, ECS's <c>Offset</c>); the next page starts after this page's items, or at the <c>NextOffset</c> the response names.</summary>
    Offset,
}

namespace SpecClient.Generator.Model;

/// <summary>
/// How to walk the pages of a list operation, found by <see cref="PaginationConventions"/> in the request
/// parameters and the response tree. Response members are paths of property names from the response class
/// (<c>Data</c>, or <c>Invocation</c>, <c>InvocationResults</c> for a list inside an object); an empty path means
/// the response has no such member.
/// </summary>
/// <remarks>
/// Value-equal like every model; it is derived from an <see cref="Operation"/>'s own members, so it adds nothing
/// to the operation's equality.
/// </remarks>
/// <param name="Kind">Page numbers or tokens.</param>
/// <param name="Input">The request parameter that moves on: the page number or the token.</param>
/// <param name="Items">The list each page holds.</param>
/// <param name="TotalCount">The number of items over all pages (<c>TotalCount</c>, <c>TotalItemNum</c>, <c>X-Total-Count</c>).</param>
/// <param name="TotalPages">The number of pages (<c>TotalPageNum</c>).</param>
/// <param name="HasNextPage">A flag that says whether another page follows (Domain's <c>NextPage</c>).</param>
/// <param name="Next">The response member that names the next page's input: the token for <see cref="PaginationKind.Token"/>, <c>NextOffset</c> for <see cref="PaginationKind.Offset"/>.</param>
/// <param name="IsTruncated">A flag that says whether more items follow (RAM's <c>IsTruncated</c>).</param>
/// <param name="PageSize">The request parameter that sets the page size, for page-number paging.</param>
internal sealed record Pagination(
    PaginationKind Kind,
    RequestParameter Input,
    EquatableArray<string> Items,
    EquatableArray<string> TotalCount,
    EquatableArray<string> TotalPages,
    EquatableArray<string> HasNextPage,
    EquatableArray<string> Next,
    EquatableArray<string> IsTruncated,
    RequestParameter? PageSize = null);

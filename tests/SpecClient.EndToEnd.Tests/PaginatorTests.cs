using System.Globalization;
using SpecClient.EndToEnd.Tests.Domain;
using SpecClient.EndToEnd.Tests.Ims;

namespace SpecClient.EndToEnd.Tests;

/// <summary>
/// The generated paginators over real HTTP: Domain's QueryDomainList (page numbers) and RAM's ListUsers (Marker and
/// IsTruncated) against a loopback server that answers each page, checking the items, the page parameters on the
/// wire, every way paging ends, cancellation and the repeated-token guard.
/// </summary>
public sealed class PaginatorTests
{
    private static readonly string[] AllDomains = { "a.com", "b.com", "c.com", "d.com", "e.com" };

    [Fact]
    public async Task Items_of_all_pages_arrive_in_order_and_paging_stops_at_the_total()
    {
        // NextPage stays true: only TotalItemNum can end this listing after the third page.
        await using PagingServer server = await PagingServer.StartAsync(p => DomainPage(p, total: true, nextPage: _ => true));
        var client = new DomainClient(server.ClientOptions);
        var request = new QueryDomainListRequest { PageNum = 1, PageSize = 2, OrderByType = "ASC" };

        List<QueryDomainListResponse.Domain> domains = await ToListAsync(client.QueryDomainListItemsAsync(request));

        Assert.Equal(AllDomains, domains.Select(d => d.DomainName));
        Assert.Equal(new[] { "1", "2", "3" }, server.Sent("PageNum"));
        Assert.Equal(new[] { "2", "2", "2" }, server.Sent("PageSize"));
        Assert.Equal(new[] { "ASC", "ASC", "ASC" }, server.Sent("OrderByType"));
        Assert.Equal(1, request.PageNum);
    }

    [Fact]
    public async Task Paging_starts_at_the_requested_page_and_stops_at_an_empty_page_without_totals()
    {
        await using PagingServer server = await PagingServer.StartAsync(p => DomainPage(p, total: false, nextPage: null));
        var client = new DomainClient(server.ClientOptions);

        List<QueryDomainListResponse> pages = await ToListAsync(client.QueryDomainListPagesAsync(new QueryDomainListRequest { PageNum = 2, PageSize = 2 }));

        Assert.Equal(new[] { 2, 1, 0 }, pages.Select(p => p.Data.Count));
        Assert.Equal(new[] { "2", "3", "4" }, server.Sent("PageNum"));
    }

    [Fact]
    public async Task Paging_stops_when_the_service_says_no_next_page()
    {
        await using PagingServer server = await PagingServer.StartAsync(p => DomainPage(p, total: false, nextPage: page => page < 2));
        var client = new DomainClient(server.ClientOptions);

        List<QueryDomainListResponse.Domain> domains = await ToListAsync(client.QueryDomainListItemsAsync(new QueryDomainListRequest { PageNum = 1, PageSize = 2 }));

        Assert.Equal(AllDomains.Take(4), domains.Select(d => d.DomainName));
        Assert.Equal(new[] { "1", "2" }, server.Sent("PageNum"));
    }

    [Fact]
    public async Task Cancelling_between_pages_ends_the_enumeration_before_the_next_request()
    {
        await using PagingServer server = await PagingServer.StartAsync(p => DomainPage(p, total: true, nextPage: _ => true));
        var client = new DomainClient(server.ClientOptions);
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string?>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (QueryDomainListResponse.Domain domain in client.QueryDomainListItemsAsync(new QueryDomainListRequest { PageNum = 1, PageSize = 2 }).WithCancellation(cancellation.Token))
            {
                seen.Add(domain.DomainName);
                if (seen.Count == 2)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(AllDomains.Take(2), seen);
        Assert.Single(server.Requests);
    }

    [Fact]
    public void Calling_with_a_null_request_throws_at_the_call_not_at_the_first_page()
    {
        var client = new DomainClient(new SpecClientOptions { Endpoint = "127.0.0.1:1", AllowInsecureHttp = true });

        Assert.Throws<ArgumentNullException>(() => client.QueryDomainListItemsAsync(null!));
        Assert.Throws<ArgumentNullException>(() => ((IDomainClient)null!).QueryDomainListPagesAsync(new QueryDomainListRequest { PageNum = 1, PageSize = 1 }));
    }

    [Fact]
    public async Task Token_paging_sends_back_each_marker_until_the_list_is_not_truncated()
    {
        var markers = new Dictionary<string, (string[] Users, string? Next, bool Truncated)>
        {
            [string.Empty] = (new[] { "u1", "u2" }, "m1", true),
            ["m1"] = (new[] { "u3" }, "m2", true),
            ["m2"] = (new[] { "u4" }, "m3", false),
        };
        await using PagingServer server = await PagingServer.StartAsync(p => UserPage(markers[p.GetValueOrDefault("Marker", string.Empty)]));
        var client = new ImsClient(server.ClientOptions);
        var request = new ListUsersRequest { MaxItems = 2 };

        List<ListUsersResponse.User> users = await ToListAsync(client.ListUsersItemsAsync(request));

        Assert.Equal(new[] { "u1", "u2", "u3", "u4" }, users.Select(u => u.UserPrincipalName));
        Assert.Equal(new[] { null, "m1", "m2" }, server.Sent("Marker"));
        Assert.Equal(new[] { "2", "2", "2" }, server.Sent("MaxItems"));
        Assert.Null(request.Marker);
    }

    [Fact]
    public async Task Token_paging_stops_at_an_empty_marker()
    {
        await using PagingServer server = await PagingServer.StartAsync(p => UserPage(p.ContainsKey("Marker") ? (new[] { "u2" }, string.Empty, true) : (new[] { "u1" }, "m1", true)));
        var client = new ImsClient(server.ClientOptions);

        List<ListUsersResponse.User> users = await ToListAsync(client.ListUsersItemsAsync(new ListUsersRequest()));

        Assert.Equal(new[] { "u1", "u2" }, users.Select(u => u.UserPrincipalName));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_marker_handed_out_twice_throws_instead_of_looping()
    {
        await using PagingServer server = await PagingServer.StartAsync(p => UserPage((new[] { "u" }, p["Marker"] == "start" ? "first" : "again", true)));
        var client = new ImsClient(server.ClientOptions);
        var users = new List<string?>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (ListUsersResponse.User user in client.ListUsersItemsAsync(new ListUsersRequest { Marker = "start" }))
            {
                users.Add(user.UserPrincipalName);
            }
        });

        Assert.Contains("'again' a second time", error.Message);
        Assert.Equal(new[] { "start", "first", "again" }, server.Sent("Marker"));
        Assert.Equal(3, users.Count);
    }

    private static string DomainPage(IReadOnlyDictionary<string, string> parameters, bool total, Func<int, bool>? nextPage)
    {
        int page = int.Parse(parameters["PageNum"], CultureInfo.InvariantCulture);
        int size = int.Parse(parameters["PageSize"], CultureInfo.InvariantCulture);
        string items = string.Join(",", AllDomains.Skip((page - 1) * size).Take(size).Select(d => "{\"DomainName\":\"" + d + "\"}"));
        return "{\"RequestId\":\"R\",\"Data\":{\"Domain\":[" + items + "]},\"CurrentPageNum\":" + page
            + (total ? ",\"TotalItemNum\":" + AllDomains.Length : string.Empty)
            + (nextPage is null ? string.Empty : ",\"NextPage\":" + (nextPage(page) ? "true" : "false")) + "}";
    }

    private static string UserPage((string[] Users, string? Next, bool Truncated) page) =>
        "{\"RequestId\":\"R\",\"IsTruncated\":" + (page.Truncated ? "true" : "false") + ",\"Marker\":\"" + page.Next + "\",\"Users\":{\"User\":["
        + string.Join(",", page.Users.Select(u => "{\"UserPrincipalName\":\"" + u + "\"}")) + "]}}";

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (T item in source)
        {
            list.Add(item);
        }

        return list;
    }
}

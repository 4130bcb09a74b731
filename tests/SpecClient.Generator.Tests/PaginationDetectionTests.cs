using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>The paging convention found for real pages of each family, down to the response members it uses.</summary>
public sealed class PaginationDetectionTests
{
    [Fact]
    public void Domain_pages_by_PageNum_and_stops_on_TotalItemNum_TotalPageNum_and_NextPage()
    {
        Pagination pagination = Page(Path.Combine(TestSpecs.DomainFolder, "QueryDomainList.md"), "QueryDomainList");

        Assert.Equal(PaginationKind.PageNumber, pagination.Kind);
        Assert.Equal(("PageNum", ScalarKind.Int32, true), (pagination.Input.WireName, pagination.Input.Kind, pagination.Input.IsRequired));
        Assert.Equal(new[] { "Data" }, pagination.Items);
        Assert.Equal(new[] { "TotalItemNum" }, pagination.TotalCount);
        Assert.Equal(new[] { "TotalPageNum" }, pagination.TotalPages);
        Assert.Equal(new[] { "NextPage" }, pagination.HasNextPage);
        Assert.Empty(pagination.Next);
    }

    [Fact]
    public void A_page_number_list_with_no_total_stops_at_a_page_shorter_than_the_size_asked_for()
    {
        // ECS DescribeReservedInstances answers no total, no page count and no next-page flag: without the short-page
        // stop, a service ignoring PageNumber would be asked for the same page forever.
        string path = Corpus("md", "ecs", "DescribeReservedInstances.md");
        Pagination pagination = Page(path, "DescribeReservedInstances");

        Assert.Equal(PaginationKind.PageNumber, pagination.Kind);
        Assert.Empty(pagination.TotalCount);
        Assert.Empty(pagination.TotalPages);
        Assert.Empty(pagination.HasNextPage);
        Assert.Equal("PageSize", pagination.PageSize?.WireName);

        GeneratorRun run = GeneratorHarness.Run([GeneratorHarness.Spec(path)]);
        Assert.Empty(run.CompileDiagnostics);
        string source = run.Sources.Single(s => s.Key.EndsWith(".DescribeReservedInstances.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("if (items.Count == 0 || (request.PageSize is { } size && items.Count < size))", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecs_takes_the_token_when_an_operation_offers_both_conventions()
    {
        Pagination pagination = Page(Corpus("md", "ecs", "DescribeInstances.md"), "DescribeInstances");

        Assert.Equal(PaginationKind.Token, pagination.Kind);
        Assert.Equal("NextToken", pagination.Input.WireName);
        Assert.Equal(new[] { "Instances" }, pagination.Items);
        Assert.Equal(new[] { "NextToken" }, pagination.Next);
        Assert.Empty(pagination.TotalCount);
    }

    [Fact]
    public void Ram_pages_by_Marker_and_IsTruncated()
    {
        Pagination pagination = Page(Corpus("md", "ram", "ListUsers.md"), "ListUsers");

        Assert.Equal((PaginationKind.Token, "Marker"), (pagination.Kind, pagination.Input.WireName));
        Assert.Equal(new[] { "Users" }, pagination.Items);
        Assert.Equal(new[] { "Marker" }, pagination.Next);
        Assert.Equal(new[] { "IsTruncated" }, pagination.IsTruncated);
    }

    [Fact]
    public void A_list_and_its_total_inside_an_object_are_found_there()
    {
        Pagination pagination = Page(Corpus("md", "ecs", "DescribeInvocationResults.md"), "DescribeInvocationResults");

        Assert.Equal(new[] { "Invocation", "InvocationResults" }, pagination.Items);
        Assert.Equal(new[] { "Invocation", "TotalCount" }, pagination.TotalCount);
    }

    [Fact]
    public void Elasticsearch_pages_by_page_with_the_total_in_its_Headers_object()
    {
        Pagination pagination = Page(Corpus("md", "elasticsearch", "ListInstance.md"), "ListInstance");

        Assert.Equal((PaginationKind.PageNumber, "page"), (pagination.Kind, pagination.Input.WireName));
        Assert.Equal(new[] { "Result" }, pagination.Items);
        Assert.Equal(2, pagination.TotalCount.Count);
        Assert.Equal("Headers", pagination.TotalCount[0]);
    }

    [Fact]
    public void Sls_and_ecs_offsets_use_the_total_or_the_NextOffset()
    {
        Pagination logstores = Page(Corpus("md", "sls", "ListLogstore.md"), "ListLogstore");
        Assert.Equal((PaginationKind.Offset, "offset"), (logstores.Kind, logstores.Input.WireName));
        Assert.Equal(new[] { "Total" }, logstores.TotalCount);

        Operation spot = MetadataParityTests.ReadMetadata("ecs").Operations.Single(o => o.Name == "DescribeSpotPriceHistory");
        Assert.Equal(PaginationKind.Offset, spot.Pagination!.Kind);
        Assert.Equal(new[] { "NextOffset" }, spot.Pagination.Next);
    }

    [Fact]
    public void An_operation_without_paging_parameters_gets_none_and_one_with_two_unnamed_lists_neither()
    {
        Assert.Null(Read(TestSpecs.SeedPage, "ResendEmailVerification").Pagination);
        Assert.Null(Read(Corpus("md", "ecs", "DescribeImageSharePermission.md"), "DescribeImageSharePermission").Pagination);
    }

    [Fact]
    public void Pagination_is_value_equal_across_reads()
    {
        string path = Path.Combine(TestSpecs.DomainFolder, "QueryDomainList.md");

        Assert.Equal(Page(path, "QueryDomainList"), Page(path, "QueryDomainList"));
        Assert.NotSame(Page(path, "QueryDomainList"), Page(path, "QueryDomainList"));
    }

    private static Pagination Page(string path, string operation) =>
        Read(path, operation).Pagination ?? throw new Xunit.Sdk.XunitException(operation + " got no pagination");

    private static Operation Read(string path, string operation) =>
        SpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default).Operations.Single(o => o.Name == operation);

    private static string Corpus(params string[] parts) => Path.Combine(new[] { TestSpecs.RepoRoot, "..", "shared", "corpus" }.Concat(parts).ToArray());
}

using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests;

/// <summary>
/// ROA request shapes read from real pages of the shared corpus: the three ways pages write a path, the Position
/// column, RequestBody sections, and the whole Elasticsearch set held against its api-docs.json.
/// </summary>
public sealed class RoaReaderTests
{
    private static readonly string Corpus = Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", "md"));

    private readonly ITestOutputHelper _output;

    public RoaReaderTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Bracket_placeholders_and_the_position_column()
    {
        Operation operation = Read("elasticsearch", "UpdateDescription.md");

        Assert.Equal((ApiStyleKind.Roa, "PATCH", "/openapi/instances/{InstanceId}/description"), (operation.Style, operation.HttpMethod, operation.Path));
        Assert.Equal(
            new[] { "InstanceId:Path", "clientToken:Query", "description:Body" },
            operation.Parameters.Select(p => p.WireName + ":" + p.Position));
    }

    [Fact]
    public void A_request_line_ending_in_HTTPS_HTTP_is_read_from_the_syntax_block_not_the_sample()
    {
        Operation operation = Read("elasticsearch", "DeleteInstance.md");

        Assert.Equal(("DELETE", "/openapi/instances/{InstanceId}"), (operation.HttpMethod, operation.Path));
        Assert.Equal(ParameterPosition.Path, operation.Parameters.Single(p => p.WireName == "InstanceId").Position);
    }

    [Fact]
    public void Sample_values_in_the_path_become_placeholders_of_the_parameter_with_that_example()
    {
        // "POST /openapi/instances/es-cn-nif1q9o8r0008****/admin-pwd HTTP/1.1" and no Position column.
        Operation operation = Read("elasticsearch", "UpdateAdminPassword.md");

        Assert.Equal("/openapi/instances/{InstanceId}/admin-pwd", operation.Path);
        Assert.Equal(ParameterPosition.Query, operation.Parameters.Single(p => p.WireName == "clientToken").Position);
    }

    [Fact]
    public void A_RequestBody_table_gives_body_fields()
    {
        Operation operation = Read("elasticsearch", "AddSnapshotRepo.md");

        RequestParameter repoPath = operation.Parameters.Single(p => p.WireName == "repoPath");
        Assert.Equal((ParameterPosition.Body, true), (repoPath.Position, repoPath.IsRequired));
        Assert.DoesNotContain(operation.Parameters, p => p.WireName == "body");
    }

    [Fact]
    public void Sls_paths_without_placeholder_syntax_name_their_parameters()
    {
        Operation cursor = Read("sls", "GetCursor.md");
        Operation create = Read("sls", "CreateLogstore.md");

        Assert.Equal(("GET", "/logstores/{logstoreName}/shards/{shardID}"), (cursor.HttpMethod, cursor.Path));
        Assert.Equal(ParameterPosition.Query, cursor.Parameters.Single(p => p.WireName == "from").Position);
        Assert.Equal(("POST", "/logstores"), (create.HttpMethod, create.Path));
        Assert.Equal(ParameterPosition.Body, create.Parameters.Single(p => p.WireName == "ttl").Position);
    }

    [Fact]
    public void A_request_syntax_that_posts_protobuf_gets_a_required_body_of_bytes_with_that_content_type()
    {
        Operation putLogs = Read("sls", "PutLogs.md");

        RequestParameter body = putLogs.Parameters.Single(p => p.Position == ParameterPosition.Body);
        Assert.Equal(("body", "Body", ScalarKind.Binary, true, "application/x-protobuf"), (body.WireName, body.PropertyName, body.Kind, body.IsRequired, body.MediaType));
        Assert.Contains("SpecClient.Sls.LogGroup.ToProtobuf()", body.Doc.Summary);
        Assert.Equal(new[] { "projectName:Host", "logstoreName:Path", "body:Body", "key:Query" }, putLogs.Parameters.Select(p => p.WireName + ":" + p.Position));
    }

    [Fact]
    public void A_response_table_of_sls_headers_gives_header_fields_and_the_body_keeps_its_own()
    {
        Operation getLogs = Read("sls", "GetLogs.md");

        Assert.Equal(
            new[] { "x-log-progress", "x-log-count" },
            getLogs.Response.Where(f => f.FromHeader).Select(f => f.WireName));
        Assert.DoesNotContain(getLogs.Response, f => f.FromHeader && f.WireName == "RequestId");
    }

    [Theory]
    [InlineData("ListShards.md")]
    [InlineData("SplitShard.md")]
    public void A_sample_that_is_a_bare_array_of_the_tabled_objects_makes_the_table_the_items(string page)
    {
        Operation operation = Read("sls", page);

        ResponseField items = Assert.Single(operation.Response, f => f.IsWholeBody);
        Assert.Equal((ValueShape.ObjectList, "Items"), (items.Shape, items.PropertyName));
        Assert.Equal(new[] { "shardID", "status", "inclusiveBeginKey", "exclusiveEndKey", "createTime" }, items.Children.Select(c => c.WireName));
        Assert.Equal(new[] { string.Empty, "RequestId" }, operation.Response.Select(f => f.WireName));
    }

    [Fact]
    public void A_table_that_is_not_the_items_of_an_array_sample_stays_the_body()
    {
        Operation histograms = Read("sls", "GetHistograms.md");

        Assert.DoesNotContain(histograms.Response, f => f.IsWholeBody);
        Assert.Contains(histograms.Response, f => f.WireName == "histograms");
    }

    [Theory]
    [InlineData("GetIndex.md")]
    [InlineData("DeleteIndex.md")]
    [InlineData("ListConsumerGroup.md")]
    public void A_get_or_delete_showing_the_protobuf_content_type_sls_sdks_send_everywhere_has_no_body(string page)
    {
        Operation operation = Read("sls", page);

        Assert.DoesNotContain(operation.Parameters, p => p.Position == ParameterPosition.Body);
    }

    [Fact]
    public void Elasticsearch_pages_agree_with_the_metadata_on_method_and_path()
    {
        var metadata = RoaMetadata();
        int compared = 0, same = 0;
        foreach (string page in Directory.GetFiles(Path.Combine(Corpus, "elasticsearch"), "*.md").Order(StringComparer.Ordinal))
        {
            Operation operation = MarkdownSpecReader.Read(new SpecFile(page, File.ReadAllText(page), SpecOptions.None), default).Operations.Single();
            if (!metadata.TryGetValue(operation.Name, out Operation? expected))
            {
                continue;
            }

            compared++;
            if (operation.HttpMethod == expected.HttpMethod && Shape(operation.Path) == Shape(expected.Path))
            {
                same++;
            }
            else
            {
                _output.WriteLine(operation.Name + ": " + operation.HttpMethod + " " + operation.Path + " vs metadata " + expected.HttpMethod + " " + expected.Path);
            }
        }

        _output.WriteLine("elasticsearch: " + compared + " pages with metadata, " + same + " with the same method and path");
        Assert.True(compared >= 120, compared + " pages compared");
        Assert.Equal(compared, same);
    }

    private static Dictionary<string, Operation> RoaMetadata() =>
        MetadataParityTests.ReadMetadata("elasticsearch").Operations.ToDictionary(o => o.Name, StringComparer.Ordinal);

    // {InstanceId} and {instanceId} are one placeholder; "/x/" and "/x" one path.
    private static string Shape(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, "\\{[^}]*\\}", "{}").TrimEnd('/');

    private static Operation Read(string product, string page)
    {
        string path = Path.Combine(Corpus, product, page);
        return MarkdownSpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default).Operations.Single();
    }
}

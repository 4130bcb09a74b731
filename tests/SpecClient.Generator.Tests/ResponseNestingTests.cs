using SpecClient.Generator.Comparing;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Response trees of real corpus pages whose flattened tables the reader once nested wrong (found by
/// <c>specclient compare</c> against the metadata): each test names the page and the evidence the reader now uses.
/// </summary>
public sealed class ResponseNestingTests
{
    [Fact]
    public void A_name_sorted_table_closes_a_container_where_the_order_drops()
    {
        // |ActionOnMaintenance|Struct| ... |Value| then |InstanceId|: I sorts before V, so InstanceId is the item's.
        Operation operation = Read("ecs", "DescribeInstanceMaintenanceAttributes");

        Assert.Equal(ValueShape.Scalar, Field(operation, "MaintenanceAttributes.InstanceId").Shape);
        Assert.Equal(ValueShape.ObjectList, Field(operation, "MaintenanceAttributes.MaintenanceWindows").Shape);
        Assert.Equal(ScalarKind.Boolean, Field(operation, "MaintenanceAttributes.NotifyOnMaintenance").Kind);
        Assert.Equal(new[] { "DefaultValue", "SupportedValues", "Value" }, Field(operation, "MaintenanceAttributes.ActionOnMaintenance").Children.Select(c => c.WireName));
    }

    [Fact]
    public void A_name_sorted_table_puts_fields_after_a_list_back_at_the_top()
    {
        // PollTaskResult's NextPage, and DescribeDisks' NextToken (sorted as ordinal text: IOPSWrite before ImageId).
        Operation poll = Read("domain", "PollTaskResult");
        Operation disks = Read("ecs", "DescribeDisks");

        Assert.Equal(ScalarKind.Boolean, Field(poll, "NextPage").Kind);
        Assert.Null(Find(poll.Response, "Data.NextPage"));
        Assert.Equal(ScalarKind.String, Field(disks, "NextToken").Kind);
        Assert.Null(Find(disks.Response, "Disks.NextToken"));
        Assert.NotNull(Find(disks.Response, "Disks.ImageId"));
    }

    [Fact]
    public void A_table_in_no_name_order_keeps_the_sample_and_row_order_reading()
    {
        // |Protocol| then |Port| under Listeners: not sorted, so no row is moved by its name.
        Operation operation = Read("slb", "DescribeVServerGroups");

        Assert.Equal(new[] { "Protocol", "Port" }, Field(operation, "VServerGroups.AssociatedObjects.Listeners").Children.Select(c => c.WireName));
    }

    [Fact]
    public void A_name_the_table_repeats_stays_in_the_nested_list_the_sample_lacks()
    {
        // The sample calls the inner list SecurityReferencingGroups; the table lists SecurityGroupId for it and,
        // again, for the outer item.
        Operation operation = Read("ecs", "DescribeSecurityGroupReferences");

        Assert.Equal(new[] { "AliUid", "SecurityGroupId" }, Field(operation, "SecurityGroupReferences.ReferencingSecurityGroups").Children.Select(c => c.WireName));
        Assert.NotNull(Find(operation.Response, "SecurityGroupReferences.SecurityGroupId"));
    }

    [Fact]
    public void An_untyped_list_with_an_empty_sample_and_plain_examples_holds_scalars()
    {
        // |valueLimitSet|List|[2560,3072,...]| with "valueLimitSet": [] takes no rows: spec is elasticNodeProperties'.
        Operation operation = Read("elasticsearch", "GetRegionConfiguration");

        Assert.Equal(ValueShape.ScalarList, Field(operation, "Result.elasticNodeProperties.diskList.valueLimitSet").Shape);
        Assert.Equal(ValueShape.ScalarList, Field(operation, "Result.elasticNodeProperties.spec").Shape);
    }

    [Fact]
    public void Rows_whose_list_the_table_leaves_out_go_into_the_list_the_sample_shows()
    {
        // KMS: |KeyId| alone in the table, "//json response" then {"Keys": {"Key": [{"KeyId": ...}]}, "TotalCount": ...}.
        Operation operation = Read("kms", "ListKeys");

        ResponseField keys = Field(operation, "Keys");
        Assert.Equal((ValueShape.ObjectList, "Key"), (keys.Shape, keys.ItemWrapper));
        Assert.Equal("KeyId", Assert.Single(keys.Children).WireName);
        Assert.Equal(ScalarKind.Int32, Field(operation, "TotalCount").Kind);
    }

    [Fact]
    public void An_roa_sample_showing_only_what_Result_holds_places_the_rows_in_Result()
    {
        Operation operation = Read("elasticsearch", "DescribeCollector");

        Assert.Equal(new[] { "RequestId", "Result" }, operation.Response.Select(f => f.WireName));
        Assert.Equal(ValueShape.ObjectList, Field(operation, "Result.configs").Shape);
        Assert.NotNull(Find(operation.Response, "Result.vpcId"));
        Assert.DoesNotContain(Diagnostics("elasticsearch", "DescribeCollector"), d => d.Id == "SPEC018");
    }

    [Fact]
    public void A_map_is_free_form_text_and_takes_no_rows()
    {
        // |contentCollection|Map| then |host|: host is the log entry's, not a key of the map the sample shows.
        Operation operation = Read("elasticsearch", "ListSearchLog");

        ResponseField collection = Field(operation, "Result.contentCollection");
        Assert.Equal((ValueShape.Scalar, ScalarKind.String, 0), (collection.Shape, collection.Kind, collection.Children.Count));
        Assert.NotNull(Find(operation.Response, "Result.host"));
    }

    [Fact]
    public void A_blank_typed_row_described_as_a_list_is_a_list()
    {
        Operation isp = Read("cdn", "DescribeDomainISPData");
        Operation certificates = Read("slb", "DescribeServerCertificates");

        Assert.Equal(ValueShape.ObjectList, Field(isp, "Value").Shape);
        Assert.Equal(ValueShape.ScalarList, Field(certificates, "ServerCertificates.SubjectAlternativeNames").Shape);
    }

    [Fact]
    public void A_further_table_the_sample_shows_in_a_filled_container_continues_it()
    {
        // "The Result also contains the following parameters." then |nodeType|, |zoneId|.
        Operation operation = Read("elasticsearch", "GetSuggestShrinkableNodes");

        Assert.Equal(new[] { "host", "port", "nodeType", "zoneId" }, Field(operation, "Result").Children.Select(c => c.WireName));
    }

    [Fact]
    public void Sls_samples_labelled_header_and_body_are_read_from_the_body()
    {
        // "HTTP/1.1 200 OK", "Header :", the headers in braces, "Body :", the body: machines' fields come from a sub-table
        // matched through the body; groupAttribute ('Json Object') is an object with its sub-table's fields.
        Operation machines = Read("sls", "ListMachines");
        Operation group = Read("sls", "GetMachineGroup");

        Assert.Equal(new[] { "ip", "machine-uniqueid", "userdefined-id", "lastHeartbeatTime" }, Field(machines, "machines").Children.Select(c => c.WireName));
        Assert.Equal(new[] { "groupTopic", "externalName" }, Field(group, "groupAttribute").Children.Select(c => c.WireName));
    }

    [Fact]
    public void A_json_sample_in_an_operation_named_envelope_is_read_inside_it()
    {
        IReadOnlyList<DiagnosticInfo> diagnostics = Diagnostics("slb", "AddVServerGroupBackendServers");

        DiagnosticInfo envelope = Assert.Single(diagnostics, d => d.Id == "SPEC018");
        Assert.Contains("wraps its fields in 'AddVServerGroupBackendServers'", envelope.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ecs", "DescribeInstanceMaintenanceAttributes")]
    [InlineData("kms", "DescribeRegions")]
    [InlineData("elasticsearch", "DescribeCollector")]
    [InlineData("elasticsearch", "ListConnectedClusters")]
    [InlineData("sls", "ListMachines")]
    [InlineData("domain", "PollTaskResult")]
    public void The_page_now_reads_as_the_metadata_describes_the_response(string product, string name)
    {
        Operation page = Read(product, name);
        Operation metadata = MetadataParityTests.ReadMetadata(product).Operations.Single(o => o.Name == name);

        Assert.Empty(OperationComparer.Compare(page, metadata).Response);
    }

    [Fact]
    public void A_row_without_a_name_is_named_after_the_sample_field_that_has_its_example()
    {
        // |└|String|OSS-Administrator|The policy name.|, the sample's Policy has "PolicyName": "OSS-Administrator".
        Operation operation = Read("ram", "ListPoliciesForRole");

        Assert.Equal(new[] { "AttachDate", "DefaultVersion", "Description", "PolicyName", "PolicyType" }, Field(operation, "Policies").Children.Select(c => c.WireName));
        Assert.DoesNotContain(Diagnostics("ram", "ListPoliciesForRole"), d => d.Id == "SPEC005");
    }

    [Fact]
    public void A_list_only_the_sample_shows_has_the_fields_of_its_sample_items()
    {
        // |TagKey|, |TagValue| alone; the sample's {"Tags": {"Tag": [{"KeyId", "TagKey", "TagValue"}]}} is all the
        // page says of Tags, KeyId included.
        Operation operation = Read("kms", "ListResourceTags");

        Assert.Equal(ValueShape.ObjectList, Field(operation, "Tags").Shape);
        Assert.Equal(new[] { "TagKey", "TagValue", "KeyId" }, Field(operation, "Tags").Children.Select(c => c.WireName));
        Assert.DoesNotContain(Diagnostics("kms", "ListResourceTags"), d => d.Id == "SPEC018");
    }

    [Fact]
    public void A_scalar_the_prose_below_the_table_names_is_read_with_the_type_of_its_sample_value()
    {
        // "The response parameters also include the **Result** parameter. The value is of the Boolean type.", and
        // "The returned data also contains the Result parameter, ..." with "Result": true in the sample.
        Operation tag = Read("elasticsearch", "TagResources");
        Operation password = Read("elasticsearch", "UpdateAdminPassword");

        Assert.Equal(ScalarKind.Boolean, Field(tag, "Result").Kind);
        Assert.Equal(ValueShape.Scalar, Field(tag, "Result").Shape);
        Assert.Equal(ScalarKind.Boolean, Field(password, "Result").Kind);
        Assert.Contains("also contains the Result parameter", Field(password, "Result").Doc.Summary);
    }

    [Fact]
    public void A_structure_the_prose_below_the_table_names_is_left_to_the_page_it_refers_to()
    {
        // "The returned data also includes the Result parameter. For more information, see ListInstance.": the sample's
        // Result is an object whose fields this page does not describe; likewise Headers ({} in the sample).
        Assert.Null(Find(Read("elasticsearch", "DeleteInstance").Response, "Result"));
        Assert.Null(Find(Read("elasticsearch", "InstallLogstashSystemPlugin").Response, "Headers"));
    }

    [Fact]
    public void A_page_read_again_after_other_pages_gives_the_same_tree()
    {
        // The tree's nodes and name sets are the thread's, reused page after page: a page read after others (deep lists,
        // tree marks, sample-named rows) must not see anything they left.
        Operation first = Read("ecs", "DescribeInstanceMaintenanceAttributes");
        foreach ((string product, string name) in new[] { ("ecs", "DescribeDisks"), ("slb", "DescribeVServerGroups"), ("domain", "PollTaskResult") })
        {
            Assert.NotEmpty(Read(product, name).Response);
        }

        Operation again = Read("ecs", "DescribeInstanceMaintenanceAttributes");

        Assert.Equal(first, again);
        Assert.NotEmpty(again.Response);
    }

    private static Operation Read(string product, string name) => ReadPage(product, name).Operations.Single();

    private static IReadOnlyList<DiagnosticInfo> Diagnostics(string product, string name) => ReadPage(product, name).Diagnostics.Items;

    private static SpecReadResult ReadPage(string product, string name)
    {
        string path = Path.Combine(EnumCorpusFiguresTests.Corpus, "md", product, name + ".md");
        return MarkdownSpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default);
    }

    private static ResponseField Field(Operation operation, string path) =>
        Find(operation.Response, path) ?? throw new Xunit.Sdk.XunitException("no response field " + path + " in " + operation.Name);

    // A field by its dotted wire-name path (names ignoring case, as the generated readers match them).
    private static ResponseField? Find(EquatableArray<ResponseField> fields, string path)
    {
        ResponseField? found = null;
        foreach (string name in path.Split('.'))
        {
            found = fields.FirstOrDefault(f => string.Equals(f.WireName, name, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                return null;
            }

            fields = found.Children;
        }

        return found;
    }
}

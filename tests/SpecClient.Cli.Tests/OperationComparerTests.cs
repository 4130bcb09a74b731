using SpecClient.Generator.Comparing;
using SpecClient.Generator.Model;

namespace SpecClient.Cli.Tests;

/// <summary>The comparer reports each kind of difference, and nothing for what only looks different.</summary>
public sealed class OperationComparerTests
{
    private const string Page = "specs/DescribeThings.md";

    [Fact]
    public void Same_trees_and_parameters_give_no_difference()
    {
        OperationComparison result = OperationComparer.Compare(
            Operation(new[] { Param("RegionId", required: true), List("Tag", Param("Key"), Param("Value")) }, new[] { Field("Total", ScalarKind.Int32), Objects("Things", Field("Name")) }),
            Operation(new[] { Param("regionid", required: true), List("Tag", Param("Key"), Param("Value")) }, new[] { Field("Total", ScalarKind.Int64), Objects("Things", Field("name")) }));

        Assert.True(result.SameResponseShape, string.Join("\n", result.Response));
        Assert.True(result.SameRequestParameters, string.Join("\n", result.Request));
    }

    [Fact]
    public void A_field_only_on_the_page_and_one_only_in_the_metadata_are_reported_with_their_path()
    {
        OperationComparison result = Compare(
            new[] { Objects("Things", Field("Name", at: 12), Field("Color", at: 13)) },
            new[] { Objects("Things", Field("Name"), Field("Size", ScalarKind.Int32)) });

        Assert.Equal(
            new[] { Page + "(14,3): difference: response field 'Things.Color' (string) is not in the metadata", Page + "(11,3): difference: response field 'Things.Size' (integer) is missing from the page" },
            result.Response.Select(d => d.ToString()));
    }

    [Fact]
    public void A_list_read_as_an_object_and_a_different_scalar_kind_are_reported()
    {
        OperationComparison result = Compare(
            new[] { Object("Things", Field("Name")), Field("Enabled", ScalarKind.Boolean), Field("Ratio", ScalarKind.Double) },
            new[] { Objects("Things", Field("Name")), Field("Enabled", ScalarKind.Int32), Field("Ratio", ScalarKind.Double) });

        Assert.Equal(
            new[] { "response field 'Things' is an object on the page, a list of objects in the metadata", "response field 'Enabled' is a boolean on the page, an integer in the metadata" },
            result.Response.Select(d => d.Text));
    }

    [Fact]
    public void The_xml_item_wrapper_is_folded_on_both_sides_in_rpc_responses_only()
    {
        ResponseField[] wrapped = { Object("Instances", Objects("Instance", Field("InstanceId"))) };
        ResponseField[] folded = { Objects("Instances", Field("InstanceId")) };

        Assert.Empty(ResponseShapeComparer.Compare(wrapped, folded, At(0), At(0), xmlShaped: true));
        Assert.Equal(
            "response field 'Instances' is an object on the page, a list of objects in the metadata",
            Assert.Single(ResponseShapeComparer.Compare(wrapped, folded, At(0), At(0), xmlShaped: false)).Text);
    }

    [Fact]
    public void In_roa_responses_the_wrapper_is_folded_only_where_the_other_side_names_it_as_the_item_wrapper()
    {
        // The page's |Result|Array of Result| then |Result| |, the metadata's Result: {Result: [...]} (ListConnectedClusters).
        ResponseField[] page = { Objects("Result", Field("networkType")) with { ItemWrapper = "Result" } };
        ResponseField[] metadata = { Object("Result", Objects("Result", Field("networkType"))) };
        ResponseField[] otherName = { Objects("Result", Field("networkType")) with { ItemWrapper = "Item" } };

        Assert.Empty(ResponseShapeComparer.Compare(page, metadata, At(0), At(0), xmlShaped: false));
        Assert.Empty(ResponseShapeComparer.Compare(metadata, page, At(0), At(0), xmlShaped: false));
        Assert.Equal(
            "response field 'Result' is a list of objects on the page, an object in the metadata",
            Assert.Single(ResponseShapeComparer.Compare(otherName, metadata, At(0), At(0), xmlShaped: false)).Text);
    }

    [Fact]
    public void RequestId_at_the_top_is_not_compared_since_pages_always_get_one()
    {
        Assert.True(Compare(new[] { Field("RequestId"), Field("Name") }, new[] { Field("Name") }).SameResponseShape);
        Assert.False(Compare(new[] { Object("Inner", Field("RequestId")) }, new[] { Object("Inner", Field("Other")) }).SameResponseShape);
    }

    [Fact]
    public void Request_parameters_are_compared_by_wire_name_with_repeat_list_children()
    {
        OperationComparison result = OperationComparer.Compare(
            Operation(new[] { Param("InstanceId", shape: ValueShape.ScalarList, at: 20), List("Tag", Param("Key", at: 21)), Param("Color", at: 22) }, Array.Empty<ResponseField>()),
            Operation(new[] { Param("InstanceId", shape: ValueShape.ScalarList), List("Tag", Param("Key"), Param("Value")), Object("SystemDisk", Param("Category")) }, Array.Empty<ResponseField>()));

        Assert.Equal(
            new[]
            {
                Page + "(23,3): difference: request parameter 'Color' is not in the metadata",
                Page + "(21,3): difference: request parameter 'Tag.N.Value' (optional) is missing from the page",
                Page + "(21,3): difference: request parameter 'SystemDisk.Category' (optional) is missing from the page",
            },
            result.Request.Select(d => d.ToString()));
        Assert.True(result.SameResponseShape);
    }

    [Fact]
    public void Requiredness_differences_are_reported_and_a_required_list_makes_its_fields_required()
    {
        OperationComparison result = OperationComparer.Compare(
            Operation(new[] { Param("RegionId", required: true), Param("Name"), List("Param", Param("DomainName", required: true)) }, Array.Empty<ResponseField>()),
            Operation(new[] { Param("RegionId"), Param("Name", required: true), List("Param", Param("DomainName")) with { IsRequired = true } }, Array.Empty<ResponseField>()));

        Assert.Equal(
            new[] { "request parameter 'RegionId' is required on the page, optional in the metadata", "request parameter 'Name' is optional on the page, required in the metadata" },
            result.Request.Select(d => d.Text));
    }

    [Fact]
    public void Path_parameters_are_compared_by_their_place_in_the_path_not_their_name()
    {
        // SLS: the page's /logstores/logstoreName/shards/shardID, the metadata's /logstores/{logstore}/shards/{shardId}.
        Operation page = Roa("/logstores/{logstoreName}/shards/{shardID}", Param("logstoreName", true, at: 20, position: ParameterPosition.Path), Param("shardID", true, at: 21, position: ParameterPosition.Path));
        Operation metadata = Roa("/logstores/{logstore}/shards/{shardId}", Param("logstore", true, position: ParameterPosition.Path), Param("shardId", true, position: ParameterPosition.Path));

        Assert.True(OperationComparer.Compare(page, metadata).SameRequestParameters);
    }

    [Fact]
    public void Path_placeholders_pair_in_order_when_a_literal_segment_is_missing_and_requiredness_still_counts()
    {
        // GetHistograms' page writes /logstores/logstoreName where the metadata has /logstores/{logstore}/index.
        Operation page = Roa("/logstores/{logstoreName}", Param("logstoreName", false, position: ParameterPosition.Path));
        Operation metadata = Roa("/logstores/{logstore}/index?type=histogram", Param("logstore", true, position: ParameterPosition.Path));

        Assert.Equal(
            "request parameter 'logstore' is optional on the page, required in the metadata",
            Assert.Single(OperationComparer.Compare(page, metadata).Request).Text);
    }

    [Fact]
    public void The_one_host_parameter_of_each_side_is_one_parameter_and_query_values_fixed_in_the_metadata_path_are_present()
    {
        Operation page = Roa("/logstores/{logstore}", Param("projectName", true, position: ParameterPosition.Host), Param("type", true), Param("from", true));
        Operation metadata = Roa("/logstores/{logstore}?type=cursor", Param("project", true, position: ParameterPosition.Host), Param("from", true));

        Assert.True(OperationComparer.Compare(page, metadata).SameRequestParameters);
        Assert.False(OperationComparer.Compare(page, Roa("/logstores/{logstore}", Param("project", true, position: ParameterPosition.Host), Param("from", true))).SameRequestParameters);
    }

    [Fact]
    public void An_undescribed_metadata_body_is_checked_only_against_the_names_of_its_example()
    {
        Operation page = Roa("/openapi/x", Param("maintainStartTime", position: ParameterPosition.Body, at: 30), Param("openMaintainTime", true, position: ParameterPosition.Body));
        RequestParameter body = Param("body", position: ParameterPosition.Body) with { Doc = new DocComment(string.Empty, "{ \"openMaintainTime\": true, \"maintainEndTime\": \"04:00Z\" }", null) };

        Assert.Equal(
            new[] { Page + "(31,3): difference: request parameter 'maintainEndTime' (a field of the metadata's example body) is missing from the page" },
            OperationComparer.Compare(page, Roa("/openapi/x", body)).Request.Select(d => d.ToString()));
        Assert.True(OperationComparer.Compare(page, Roa("/openapi/x", body with { Doc = DocComment.None })).SameRequestParameters);
    }

    private static Operation Roa(string path, params RequestParameter[] parameters) =>
        Operation(parameters, Array.Empty<ResponseField>()) with { Style = ApiStyleKind.Roa, Path = path };

    private static OperationComparison Compare(ResponseField[] page, ResponseField[] metadata) =>
        OperationComparer.Compare(Operation(Array.Empty<RequestParameter>(), page), Operation(Array.Empty<RequestParameter>(), metadata));

    private static Operation Operation(RequestParameter[] parameters, ResponseField[] response) => new(
        Page, "DescribeThings", "Things", "2020-01-01", null, null, null, ApiStyleKind.Rpc, "POST", "/", string.Empty,
        parameters.ToEquatableArray(), response.ToEquatableArray(), EquatableArray<ErrorCode>.Empty, null, null, true, At(10));

    private static ResponseField Field(string name, ScalarKind kind = ScalarKind.String, int at = 10) =>
        new(name, name, ValueShape.Scalar, kind, DocComment.None, null, null, EquatableArray<ResponseField>.Empty, At(at));

    private static ResponseField Object(string name, params ResponseField[] children) =>
        new(name, name, ValueShape.Object, ScalarKind.String, DocComment.None, name + "Info", null, children.ToEquatableArray(), At(10));

    private static ResponseField Objects(string name, params ResponseField[] children) =>
        new(name, name, ValueShape.ObjectList, ScalarKind.String, DocComment.None, name + "Item", null, children.ToEquatableArray(), At(10));

    private static RequestParameter Param(string name, bool required = false, ValueShape shape = ValueShape.Scalar, int at = 20, ParameterPosition position = ParameterPosition.Query) =>
        new(name, name, shape, ScalarKind.String, required, DocComment.None, null, EquatableArray<RequestParameter>.Empty, At(at), position);

    private static RequestParameter List(string name, params RequestParameter[] members) =>
        new(name, name, ValueShape.ObjectList, ScalarKind.String, false, DocComment.None, name + "Item", members.ToEquatableArray(), At(members.Length > 0 ? members[0].Location.Line : 20));

    private static RequestParameter Object(string name, params RequestParameter[] members) =>
        new(name, name, ValueShape.Object, ScalarKind.String, false, DocComment.None, name + "Info", members.ToEquatableArray(), At(20));

    private static LocationInfo At(int line) => new(Page, 0, 0, line, 2, line, 3);
}

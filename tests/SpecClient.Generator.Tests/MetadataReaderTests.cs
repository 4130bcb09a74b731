using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>api-docs.json → the model: what each part of an api becomes, and diagnostics at their place.</summary>
public sealed class MetadataReaderTests
{
    private const string Path = "/specs/things/things.api-docs.json";

    internal const string Things = """
        {
          "info": {"style": "RPC", "product": "Things", "version": "2020-01-01"},
          "endpoints": [
            {"regionId": "cn-qingdao", "endpoint": "things.cn-qingdao.aliyuncs.com"},
            {"regionId": "cn-hangzhou", "endpoint": "things.aliyuncs.com"},
            {"regionId": "cn-beijing", "endpoint": "things.aliyuncs.com"}
          ],
          "apis": {
            "DescribeThings": {
              "summary": "Lists **things**, see [Docs](~~123~~).",
              "methods": ["get", "post"],
              "operationType": "read",
              "parameters": [
                {"name": "RegionId", "in": "query", "schema": {"type": "string", "required": true, "description": "The region.", "example": "cn-hangzhou"}},
                {"name": "PageSize", "in": "query", "schema": {"type": "integer", "format": "int32", "default": "10"}},
                {"name": "OwnerId", "in": "query", "schema": {"type": "integer", "format": "int64"}},
                {"name": "DryRun", "in": "query", "schema": {"type": "boolean"}},
                {"name": "Price", "in": "query", "schema": {"type": "number", "format": "float"}},
                {"name": "ThingId", "in": "query", "style": "repeatList", "schema": {"type": "array", "items": {"type": "string"}, "required": true}},
                {"name": "Tag", "in": "query", "style": "repeatList", "schema": {"type": "array", "items": {"type": "object", "properties": {
                  "key": {"type": "string", "description": "Old spelling."},
                  "Key": {"type": "string", "required": true, "example": "env"},
                  "Value": {"type": "string"}}}}},
                {"name": "SystemDisk", "in": "query", "style": "flat", "schema": {"type": "object", "properties": {
                  "Category": {"type": "string"},
                  "Size": {"type": "integer", "format": "int32"}}}},
                {"name": "SystemDisk.Iops", "in": "query", "schema": {"type": "integer", "format": "int64"}},
                {"name": "SystemDisk.Size", "in": "query", "schema": {"type": "integer", "format": "int64"}},
                {"name": "Filter.1.Key", "in": "query", "schema": {"type": "string"}},
                {"name": "Filter.2.Key", "in": "query", "schema": {"type": "string"}},
                {"name": "AddGroup.1", "in": "query", "schema": {"type": "string"}},
                {"name": "Options", "in": "query", "style": "json", "schema": {"type": "object", "example": "{\"a\":1}"}},
                {"name": "Names", "in": "query", "style": "simple", "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "RegionId", "in": "query", "schema": {"type": "string", "required": true}},
                {"name": "Action", "in": "query", "schema": {"type": "string"}}
              ],
              "responses": {"200": {"schema": {"type": "object", "properties": {
                "TotalCount": {"type": "integer", "format": "int32", "description": "The total.", "example": "3"},
                "Things": {"type": "object", "properties": {"Thing": {"type": "array", "items": {"type": "object", "properties": {
                  "ThingId": {"type": "string"},
                  "Sizes": {"type": "object", "properties": {"Size": {"type": "array", "items": {"type": "integer", "format": "int64"}}}},
                  "Owner": {"type": "object", "properties": {"Name": {"type": "string"}}}}}}}},
                "Plain": {"type": "array", "items": {"type": "object", "properties": {"Id": {"type": "string"}}}},
                "Matrix": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}},
                "Anything": {"type": "any"},
                "Map": {"type": "object", "additionalProperties": {"type": "string"}},
                "DescribeThingsResponse": {"type": "string"}}}},
                "400": {"schema": {"type": "object"}}},
              "errorCodes": {
                "400": [{"errorCode": "InvalidThing.Malformed", "errorMessage": "The thing is malformed."}, {"errorCode": "not a code", "errorMessage": "x"}],
                "404": [{"errorCode": "Thing.NotFound", "errorMessage": ""}]},
              "responseDemo": "[{\"type\":\"json\",\"example\":\"{\\\"RequestId\\\":\\\"r-1\\\"}\",\"errorExample\":\"\"},{\"type\":\"xml\",\"example\":\"<DescribeThingsResponse/>\",\"errorExample\":\"\"}]"
            },
            "RemoveThing": {
              "title": "Removes a thing",
              "methods": ["get"],
              "deprecated": true,
              "parameters": [],
              "responses": {"200": {"schema": {"type": "object", "properties": {"RequestId": {"type": "string"}}}}}
            },
            "ListGadgets": {
              "methods": ["get", "post"],
              "parameters": [],
              "responses": {}
            }
          }
        }
        """;

    [Fact]
    public void Product_facts_come_from_info_and_endpoints()
    {
        Operation operation = Read(Things).Operations[0];

        Assert.Equal(("Things", "2020-01-01", ApiStyleKind.Rpc), (operation.Product, operation.Version, operation.Style));
        Assert.Equal("things.aliyuncs.com", operation.Endpoint);
        Assert.Equal(
            new[] { ("cn-qingdao", "things.cn-qingdao.aliyuncs.com"), ("cn-hangzhou", "things.aliyuncs.com"), ("cn-beijing", "things.aliyuncs.com") },
            operation.RegionEndpoints.Select(e => (e.RegionId, e.Endpoint)));
        Assert.Equal(("POST", "/"), (operation.HttpMethod, operation.Path));
        Assert.Equal("Lists things, see Docs.", operation.Summary);
        Assert.True(operation.IsReadOnly);
    }

    [Fact]
    public void Item_metadata_overrides_the_file()
    {
        var options = new SpecOptions("Gadgets", "2021-02-02", "gadgets.example.com", "My.Gadgets", "GadgetClient", null);

        Operation operation = MetadataSpecReader.Read(new SpecFile(Path, Things, options), default).Operations[0];

        Assert.Equal(("Gadgets", "2021-02-02", "gadgets.example.com", "My.Gadgets", "GadgetClient"), (operation.Product, operation.Version, operation.Endpoint, operation.Namespace, operation.ClientName));
    }

    [Fact]
    public void Every_api_becomes_an_operation_and_deprecated_ones_say_so()
    {
        SpecReadResult result = Read(Things);

        Assert.Equal(new[] { "DescribeThings", "RemoveThing", "ListGadgets" }, result.Operations.Select(o => o.Name));
        Operation remove = result.Operations[1];
        Assert.Equal("Deprecated. Removes a thing", remove.Summary);
        Assert.Equal("GET", remove.HttpMethod);
        Assert.False(remove.IsReadOnly);
        Assert.True(result.Operations[2].IsReadOnly);
    }

    [Fact]
    public void Scalar_types_map_through_type_and_format()
    {
        Operation operation = Read(Things).Operations[0];

        Assert.Equal(
            new[] { ("RegionId", ScalarKind.String, true), ("PageSize", ScalarKind.Int32, false), ("OwnerId", ScalarKind.Int64, false), ("DryRun", ScalarKind.Boolean, false), ("Price", ScalarKind.Double, false) },
            operation.Parameters.Take(5).Select(p => (p.WireName, p.Kind, p.IsRequired)));
        RequestParameter region = operation.Parameters[0];
        Assert.Equal(new DocComment("The region.", "cn-hangzhou", null), region.Doc);
        Assert.Equal("10", operation.Parameters[1].Doc.DefaultValue);
    }

    [Fact]
    public void Styles_give_the_wire_shapes()
    {
        Dictionary<string, RequestParameter> parameters = Read(Things).Operations[0].Parameters.ToDictionary(p => p.WireName);

        Assert.Equal((ValueShape.ScalarList, ScalarKind.String, true), (parameters["ThingId"].Shape, parameters["ThingId"].Kind, parameters["ThingId"].IsRequired));

        RequestParameter tag = parameters["Tag"];
        Assert.Equal((ValueShape.ObjectList, "TagItem"), (tag.Shape, tag.ItemTypeName));
        Assert.Equal(new[] { ("Key", true), ("Value", false) }, tag.Members.Select(m => (m.WireName, m.IsRequired)));

        RequestParameter disk = parameters["SystemDisk"];
        Assert.Equal((ValueShape.Object, "SystemDiskInfo"), (disk.Shape, disk.ItemTypeName));
        // SystemDisk.Size says int64 where SystemDisk's own Size says int32: the wider wins, quietly.
        Assert.Equal(new[] { ("Category", ScalarKind.String), ("Size", ScalarKind.Int64), ("Iops", ScalarKind.Int64) }, disk.Members.Select(m => (m.WireName, m.Kind)));

        RequestParameter options = parameters["Options"];
        Assert.Equal((ValueShape.Scalar, ScalarKind.String), (options.Shape, options.Kind));
        Assert.Contains("JSON text", options.Doc.Summary);
        Assert.Equal("{\"a\":1}", options.Doc.Example);

        RequestParameter names = parameters["Names"];
        Assert.Equal((ValueShape.Scalar, ScalarKind.String), (names.Shape, names.Kind));
        Assert.Contains("joined with commas", names.Doc.Summary);
    }

    [Fact]
    public void Dotted_names_group_like_doc_rows_and_repeats_merge()
    {
        SpecReadResult result = Read(Things);
        Operation operation = result.Operations[0];

        Assert.Equal(
            new[] { "RegionId", "PageSize", "OwnerId", "DryRun", "Price", "ThingId", "Tag", "SystemDisk", "Filter", "AddGroup", "Options", "Names" },
            operation.Parameters.Select(p => p.WireName));
        RequestParameter filter = operation.Parameters.Single(p => p.WireName == "Filter");
        Assert.Equal((ValueShape.ObjectList, "FilterItem"), (filter.Shape, filter.ItemTypeName));
        Assert.Equal("Key", Assert.Single(filter.Members).WireName);
        RequestParameter addGroup = operation.Parameters.Single(p => p.WireName == "AddGroup");
        Assert.Equal(ValueShape.ScalarList, addGroup.Shape);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SPEC010");
        DiagnosticInfo alias = Assert.Single(result.Diagnostics, d => d.Id == "SPEC017");
        Assert.Equal("'key' is another spelling of 'Key' in 'Tag'; 'Key' is used.", alias.Message);
        Assert.Equal(Place(Things, "\"key\""), (alias.Location.Line, alias.Location.Column));
    }

    [Fact]
    public void Responses_are_named_as_the_markdown_reader_names_them()
    {
        Operation operation = Read(Things).Operations[0];
        Dictionary<string, ResponseField> fields = operation.Response.ToDictionary(f => f.WireName);

        Assert.Equal((ValueShape.Scalar, ScalarKind.Int32), (fields["TotalCount"].Shape, fields["TotalCount"].Kind));
        Assert.Equal(new DocComment("The total.", "3", null), fields["TotalCount"].Doc);

        ResponseField things = fields["Things"];
        Assert.Equal((ValueShape.ObjectList, "Thing", "Thing"), (things.Shape, things.ItemWrapper, things.TypeName));
        Dictionary<string, ResponseField> thing = things.Children.ToDictionary(f => f.WireName);
        Assert.Equal((ValueShape.ScalarList, ScalarKind.Int64, "Size"), (thing["Sizes"].Shape, thing["Sizes"].Kind, thing["Sizes"].ItemWrapper));
        Assert.Equal((ValueShape.Object, "OwnerInfo"), (thing["Owner"].Shape, thing["Owner"].TypeName));

        Assert.Equal((ValueShape.ObjectList, "PlainItem", (string?)null), (fields["Plain"].Shape, fields["Plain"].TypeName, fields["Plain"].ItemWrapper));
        Assert.Equal((ValueShape.ScalarList, ScalarKind.String), (fields["Matrix"].Shape, fields["Matrix"].Kind));
        Assert.Equal(ValueShape.Scalar, fields["Anything"].Shape);
        Assert.Equal(ValueShape.Scalar, fields["Map"].Shape);
        Assert.Equal("DescribeThingsResponseValue", fields["DescribeThingsResponse"].PropertyName);

        ResponseField requestId = operation.Response[operation.Response.Count - 1];
        Assert.Equal(("RequestId", ValueShape.Scalar), (requestId.WireName, requestId.Shape));
    }

    [Fact]
    public void Errors_and_samples_are_read()
    {
        Operation operation = Read(Things).Operations[0];

        Assert.Equal(
            new[] { new ErrorCode("InvalidThing.Malformed", "The thing is malformed.", 400, null), new ErrorCode("Thing.NotFound", null, 404, null) },
            operation.Errors);
        Assert.Equal("{\"RequestId\":\"r-1\"}", operation.SampleJson);
        Assert.Equal("<DescribeThingsResponse/>", operation.SampleXml);
    }

    [Fact]
    public void Roa_apis_keep_their_method_and_path_and_parameter_positions()
    {
        const string roa = """
            {"info": {"style": "ROA", "product": "Search", "version": "2017-06-13"},
             "components": {"schemas": {"Instance": {"type": "object", "properties": {"instanceId": {"type": "string"}, "nodes": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}},
                                        "Node": {"type": "object", "properties": {"host": {"type": "string"}}}}},
             "apis": {
               "UpdateThing": {"path": "/openapi/things/{ThingId}", "methods": ["patch", "post", "put"],
                 "parameters": [
                   {"name": "ThingId", "in": "path", "schema": {"type": "string", "required": true}},
                   {"name": "x-acs-trace", "in": "header", "schema": {"type": "string"}},
                   {"name": "project", "in": "host", "schema": {"type": "string"}},
                   {"name": "body", "in": "body", "schema": {"type": "object", "properties": {"a": {"type": "string"}}}}],
                 "responses": {"200": {"schema": {"type": "object", "properties": {"Result": {"$ref": "#/components/schemas/Instance"}, "Wrapped": {"type": "object", "properties": {"list": {"type": "array", "items": {"type": "string"}}}}}}}}}}}
            """;

        Operation operation = Read(roa).Operations.Single();

        Assert.Equal((ApiStyleKind.Roa, "PATCH", "/openapi/things/{ThingId}"), (operation.Style, operation.HttpMethod, operation.Path));
        Assert.Equal(
            new[] { ParameterPosition.Path, ParameterPosition.Header, ParameterPosition.Host, ParameterPosition.Body },
            operation.Parameters.Select(p => p.Position));
        Assert.Equal(("XAcsTrace", ValueShape.Scalar), (operation.Parameters[1].PropertyName, operation.Parameters[3].Shape));
        ResponseField result = operation.Response[0];
        Assert.Equal((ValueShape.Object, "Instance"), (result.Shape, result.TypeName));
        Assert.Equal((ValueShape.ObjectList, "Node"), (result.Children[1].Shape, result.Children[1].TypeName));
        // Plain JSON: an object holding one array is an object, not an XML item wrapper.
        Assert.Equal((ValueShape.Object, "WrappedInfo"), (operation.Response[1].Shape, operation.Response[1].TypeName));
    }

    [Fact]
    public void Sls_style_is_roa_and_a_bare_array_body_is_read_as_items()
    {
        const string sls = """
            {"info": {"style": "SLS", "product": "Sls", "version": "2020-12-30"},
             "apis": {"ListShards": {"path": "/logstores/{logstore}/shards", "methods": ["get"], "parameters": [],
               "responses": {"200": {"schema": {"type": "array", "items": {"type": "object", "properties": {"shardID": {"type": "integer"}}}}}}}}}
            """;

        SpecReadResult result = Read(sls);

        Operation operation = result.Operations.Single();
        Assert.Equal(ApiStyleKind.Roa, operation.Style);
        ResponseField body = operation.Response.Single(f => f.IsWholeBody);
        Assert.Equal(("Items", ValueShape.ObjectList, "shardID"), (body.PropertyName, body.Shape, body.Children.Single().WireName));
        Assert.Equal(Place(sls, "\"200\""), (body.Location.Line, body.Location.Column));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_operations_own_response_headers_become_header_fields_and_http_and_transport_headers_do_not()
    {
        const string sls = """
            {"info": {"style": "SLS", "product": "Sls", "version": "2020-12-30"},
             "apis": {"GetLogs": {"path": "/logstores/{logstore}", "methods": ["get"], "parameters": [],
               "responses": {"200": {"headers": {
                 "x-log-progress": {"schema": {"type": "string", "example": "Complete"}},
                 "x-log-count": {"schema": {"type": "integer", "format": "int64"}},
                 "x-log-requestid": {"schema": {"type": "string"}},
                 "x-log-bodyrawsize": {"schema": {"type": "string"}},
                 "Server": {"schema": {"type": "string"}}},
                 "schema": {"type": "object", "properties": {"count": {"type": "integer"}}}}}}}}
            """;

        Operation operation = Read(sls).Operations.Single();

        Assert.Equal(
            new[] { ("count", "Count", false, ScalarKind.Int32), ("x-log-progress", "XLogProgress", true, ScalarKind.String), ("x-log-count", "XLogCount", true, ScalarKind.Int64), ("RequestId", "RequestId", false, ScalarKind.String) },
            operation.Response.Select(f => (f.WireName, f.PropertyName, f.FromHeader, f.Kind)));
    }

    [Fact]
    public void Unsupported_shapes_are_reported_where_they_are()
    {
        const string json = """
            {"info": {"style": "RPC", "product": "P", "version": "1"},
             "apis": {"Do": {"methods": ["post"], "parameters": [
               {"name": "Grid", "in": "query", "style": "repeatList", "schema": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}},
               {"name": "Blob", "in": "query", "schema": {"type": "object"}},
               {"name": "Odd", "in": "query", "schema": {"type": "decimal"}},
               {"name": "Ref", "in": "query", "schema": {"$ref": "#/components/schemas/Missing"}},
               {"in": "query", "schema": {"type": "string"}}],
               "responses": {}}}}
            """;

        SpecReadResult result = Read(json);

        Assert.Equal(new[] { "Blob", "Odd", "Ref" }, result.Operations.Single().Parameters.Select(p => p.WireName));
        Assert.Equal(new[] { "SPEC009", "SPEC009", "SPEC006", "SPEC006", "SPEC005" }, result.Diagnostics.Select(d => d.Id));
        DiagnosticInfo grid = result.Diagnostics[0];
        Assert.Contains("'Grid' is a list of lists", grid.Message);
        Assert.Equal(Place(json, "\"Grid\""), (grid.Location.Line, grid.Location.Column));
        Assert.Equal((json.IndexOf("\"Grid\"", StringComparison.Ordinal), 6), (grid.Location.Start, grid.Location.Length));
        Assert.Equal(Place(json, "\"#/components/schemas/Missing\""), (result.Diagnostics[3].Location.Line, result.Diagnostics[3].Location.Column));
    }

    [Fact]
    public void A_file_that_is_not_json_is_reported_where_it_stops_being_json()
    {
        SpecReadResult result = Read("{\n  \"info\": {\"style\": \"RPC\"},\n  \"apis\": {\"A\": {,}}\n}");

        DiagnosticInfo diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SPEC001", diagnostic.Id);
        Assert.Equal((2, 17), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("not valid JSON", diagnostic.Message);
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void Json_that_is_not_api_docs_is_skipped_with_a_diagnostic()
    {
        SpecReadResult result = Read("{\"name\": \"package.json\"}");

        Assert.Equal("SPEC016", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.Operations);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"apis\": []}")]
    [InlineData("{\"apis\": {\"A\": 1, \"B\": {\"parameters\": {}, \"responses\": []}}}")]
    [InlineData("{\"apis\": {\"A\": {\"parameters\": [1, {\"name\": 2}, {\"name\": \"x\", \"schema\": 3}], \"responses\": {\"200\": {\"schema\": {\"properties\": 5}}}, \"errorCodes\": {\"400\": 7}, \"responseDemo\": \"[1,\", \"methods\": [1]}}}")]
    [InlineData("{\"apis\": {\"A\": {\"responses\": {\"200\": {\"schema\": {\"type\": \"object\", \"properties\": {\"x\": {\"$ref\": 1}, \"y\": []}}}}}}, \"endpoints\": {}}")]
    public void Odd_files_never_throw(string json)
    {
        SpecReadResult result = Read(json);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SPEC001");
    }

    // The 0-based line and column of the first occurrence of a text.
    private static (int Line, int Column) Place(string text, string find)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        int lineStart = text.LastIndexOf('\n', at) + 1;
        return (text.Take(at).Count(c => c == '\n'), at - lineStart);
    }

    private static SpecReadResult Read(string json) => MetadataSpecReader.Read(new SpecFile(Path, json, SpecOptions.None), default);
}

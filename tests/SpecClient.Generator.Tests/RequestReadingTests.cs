using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Request parameters the reader once missed or misplaced, each read from the real page it was found on (where
/// <c>specclient compare</c> showed the page and the metadata apart though the page says it right).
/// </summary>
public sealed class RequestReadingTests
{
    private static readonly string Corpus = Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", "md"));

    [Fact]
    public void Sls_project_named_in_the_host_header_is_a_required_host_parameter()
    {
        // "Host: ProjectName.Endpoint", and the projectName row in the table.
        RequestParameter project = Read("sls", "GetCursor.md").Parameters.Single(p => p.WireName == "projectName");

        Assert.Equal((ParameterPosition.Host, true), (project.Position, project.IsRequired));
    }

    [Fact]
    public void Sls_project_named_only_in_the_host_header_and_prose_is_added()
    {
        // ListMachineGroup's table has offset, size and groupName; only "Host: ProjectName.Endpoint" and "You must
        // specify a project name for the Host parameter" name the project.
        Operation operation = Read("sls", "ListMachineGroup.md");

        RequestParameter project = operation.Parameters.Single(p => p.Position == ParameterPosition.Host);
        Assert.Equal(("projectName", "ProjectName", true), (project.WireName, project.PropertyName, project.IsRequired));
        Assert.Equal(new[] { "offset", "size", "groupName", "projectName" }, operation.Parameters.Select(p => p.WireName));
    }

    [Fact]
    public void Sls_host_written_before_the_path_in_the_request_line_is_a_host_parameter()
    {
        // "POST ProjectName.Endpoint/logstores/logstoreName/track HTTP/1.1"
        Operation operation = Read("sls", "PutWebtracking.md");

        Assert.Equal("/logstores/{logstoreName}/track", operation.Path);
        Assert.Equal(ParameterPosition.Host, operation.Parameters.Single(p => p.WireName == "projectName").Position);
    }

    [Fact]
    public void A_request_line_without_the_protocol_gives_method_and_path()
    {
        // "DELETE /externalstores/externalStoreName" with no HTTP/1.1.
        Operation operation = Read("sls", "DeleteExternalStore.md");

        Assert.Equal((ApiStyleKind.Roa, "DELETE", "/externalstores/{externalStoreName}"), (operation.Style, operation.HttpMethod, operation.Path));
    }

    [Fact]
    public void Common_parameters_a_page_lists_are_left_to_the_runtime()
    {
        // OpenSlsService's table lists Action, AccessKeyId, Signature, SignatureMethod, SignatureVersion,
        // SignatureNonce, Timestamp, Version and Format, which the runtime sends itself.
        Operation operation = Read("sls", "OpenSlsService.md");

        Assert.Equal(ApiStyleKind.Rpc, operation.Style);
        Assert.DoesNotContain(operation.Parameters, p => CommonParameters.Contains(p.WireName));
    }

    [Fact]
    public void An_elasticsearch_table_without_a_request_body_section_is_the_query()
    {
        // POST /openapi/instances/[InstanceId]/snapshots: ClientToken is a query parameter, not a body field.
        Operation operation = Read("elasticsearch", "CreateSnapshot.md");

        Assert.Equal(new[] { "ClientToken:Query", "InstanceId:Path" }, operation.Parameters.Select(p => p.WireName + ":" + p.Position));
    }

    [Fact]
    public void A_request_body_table_with_a_wrong_first_header_cell_gives_body_fields()
    {
        // TriggerNetwork heads its body table "HTTP status code|Type|Required|Example|Description".
        Operation operation = Read("elasticsearch", "TriggerNetwork.md");

        Assert.Equal(
            new[] { "nodeType:Body:True", "networkType:Body:True", "actionType:Body:True" },
            operation.Parameters.Where(p => p.Position == ParameterPosition.Body).Select(p => p.WireName + ":" + p.Position + ":" + p.IsRequired));
        Assert.DoesNotContain(operation.Parameters, p => p.WireName == RequestBodySection.WholeBodyName);
    }

    [Fact]
    public void Prose_naming_each_field_of_its_example_body_gives_body_fields_typed_by_the_example()
    {
        // "The **esAdminPassword** parameter needs to be filled in the RequestBody ... {"esAdminPassword": "es_password*"}"
        RequestParameter password = Read("elasticsearch", "UpdateAdminPassword.md").Parameters.Single(p => p.Position == ParameterPosition.Body);
        RequestParameter enablePublic = Read("elasticsearch", "UpdatePublicNetwork.md").Parameters.Single(p => p.Position == ParameterPosition.Body);

        Assert.Equal(("esAdminPassword", ScalarKind.String, false, "es_password*"), (password.WireName, password.Kind, password.IsRequired, password.Doc.Example));
        Assert.Equal(("enablePublic", ScalarKind.Boolean), (enablePublic.WireName, enablePublic.Kind));
    }

    [Fact]
    public void An_example_body_the_prose_does_not_explain_field_by_field_stays_one_body_parameter()
    {
        // UpdateInstance shows one change ({"nodeSpec": {"disk": 40}}) of many; UpdateKibanaSettings' "i18n.locale"
        // is no identifier; ActivateZones' body is a list.
        foreach (string page in new[] { "UpdateInstance.md", "UpdateKibanaSettings.md", "ActivateZones.md" })
        {
            RequestParameter body = Read("elasticsearch", page).Parameters.Single(p => p.Position == ParameterPosition.Body);
            Assert.Equal((RequestBodySection.WholeBodyName, ValueShape.Scalar), (body.WireName, body.Shape));
        }
    }

    [Fact]
    public void A_request_section_table_introduced_as_the_request_body_gives_body_fields()
    {
        // TagResources: "The request parameters is empty, but the RequestBody parameter is required." then the table.
        Operation operation = Read("elasticsearch", "TagResources.md");

        Assert.Equal(
            new[] { "ResourceIds:Body:ScalarList", "Tags:Body:ObjectList", "ResourceType:Body:Scalar" },
            operation.Parameters.Select(p => p.WireName + ":" + p.Position + ":" + p.Shape));

        // |Tags|Array|Yes|\[\{"key":"env","value":"IT"\}\]|: the items' fields come from the example.
        Assert.Equal(new[] { "key", "value" }, operation.Parameters.Single(p => p.WireName == "Tags").Members.Select(m => m.WireName));
    }

    [Fact]
    public void Tree_marked_rows_are_fields_of_the_struct_row_above_them()
    {
        // UpdateKibanaWhiteIps: the Position table (query), then "You must also specify the following parameters in
        // RequestBody" and |whiteIpGroup|Struct| followed by |└ groupName| and |└ ips|List<String\>|.
        Operation operation = Read("elasticsearch", "UpdateKibanaWhiteIps.md");

        Assert.Equal(
            new[] { "InstanceId:Path", "clientToken:Query", "modifyMode:Query", "kibanaIPWhitelist:Body", "whiteIpGroup:Body" },
            operation.Parameters.Select(p => p.WireName + ":" + p.Position));
        RequestParameter group = operation.Parameters.Single(p => p.WireName == "whiteIpGroup");
        Assert.Equal(ValueShape.Object, group.Shape);
        Assert.Equal(new[] { "groupName:Scalar", "ips:ScalarList" }, group.Members.Select(m => m.WireName + ":" + m.Shape));
        Assert.Equal(ValueShape.ScalarList, operation.Parameters.Single(p => p.WireName == "kibanaIPWhitelist").Shape);
    }

    [Fact]
    public void Tree_marked_rows_nest_under_each_container_of_a_long_body_table()
    {
        Operation operation = Read("elasticsearch", "createInstance.md");

        Assert.Contains("spec", operation.Parameters.Single(p => p.WireName == "nodeSpec").Members.Select(m => m.WireName));
        Assert.Equal(
            new[] { "type", "vpcId", "vsArea", "vswitchId" },
            operation.Parameters.Single(p => p.WireName == "networkConfig").Members.Select(m => m.WireName));
        Assert.DoesNotContain(operation.Parameters, p => p.WireName is "spec" or "vpcId" or "disk");
    }

    [Fact]
    public void Doubly_escaped_list_types_are_lists_of_strings()
    {
        // |indices|List<String\\\>|
        Operation operation = Read("elasticsearch", "DiagnoseInstance.md");

        Assert.Equal(
            (ValueShape.ScalarList, ScalarKind.String),
            operation.Parameters.Where(p => p.WireName == "indices").Select(p => (p.Shape, p.Kind)).Single());
    }

    [Fact]
    public void An_untyped_array_whose_example_lists_strings_is_a_list_of_strings()
    {
        // |machineList|Array|Yes|\[ "192.168.2.1", "192.168.2.2" \]|
        RequestParameter machines = Read("sls", "CreateMachineGroup.md").Parameters.Single(p => p.WireName == "machineList");

        Assert.Equal((ValueShape.ScalarList, ParameterPosition.Body), (machines.Shape, machines.Position));

        // UpdateMachineGroup writes the example without JSON: uu\_id\_1, uu\_id\_2.
        Assert.Equal(ValueShape.ScalarList, Read("sls", "UpdateMachineGroup.md").Parameters.Single(p => p.WireName == "machineList").Shape);
    }

    [Fact]
    public void A_one_field_list_type_named_after_its_item_is_sent_under_the_item_name()
    {
        // |Ips|[IpListType](#table_z22_bb4_c2b)| whose table has the one field ip; the sample request sends Ip.1.
        RequestParameter ips = Read("domain", "SaveSingleTaskForModifyingDnsHost.md").Parameters.Single(p => p.PropertyName == "Ips");

        Assert.Equal(("Ip", ValueShape.ScalarList), (ips.WireName, ips.Shape));
    }

    [Fact]
    public void A_custom_typed_row_takes_the_following_sub_table_as_its_fields()
    {
        // |Configuration.N|Configuration|Yes| and "The following table describes the parameters of the Configuration data type."
        RequestParameter configuration = Read("ecs", "ModifyReservedInstances.md").Parameters.Single(p => p.WireName == "Configuration");

        Assert.Equal(ValueShape.ObjectList, configuration.Shape);
        Assert.Equal(
            new[] { "ReservedInstanceName", "InstanceType", "Scope", "ZoneId", "InstanceAmount" },
            configuration.Members.Select(m => m.WireName));
    }

    [Fact]
    public void Rows_left_without_a_position_under_a_struct_with_one_are_its_fields()
    {
        // ModifyWhiteIps: |whiteIpGroup|Struct|Body|, then |groupName|String| |No| and |ips|String| |No|.
        Operation operation = Read("elasticsearch", "ModifyWhiteIps.md");

        RequestParameter group = operation.Parameters.Single(p => p.WireName == "whiteIpGroup");
        Assert.Equal((ValueShape.Object, ParameterPosition.Body), (group.Shape, group.Position));
        Assert.Equal(new[] { "groupName", "ips" }, group.Members.Select(m => m.WireName));
        Assert.DoesNotContain(operation.Parameters, p => p.WireName is "groupName" or "ips");
    }

    [Fact]
    public void The_one_json_typed_row_takes_the_table_that_follows_as_its_fields()
    {
        // |groupAttribute|Json|Yes|N/A| and "The groupAttribute parameter consists of the following parameters."
        RequestParameter attribute = Read("sls", "CreateMachineGroup.md").Parameters.Single(p => p.WireName == "groupAttribute");

        Assert.Equal((ValueShape.Object, ParameterPosition.Body), (attribute.Shape, attribute.Position));
        Assert.Equal(new[] { "groupTopic", "externalName" }, attribute.Members.Select(m => m.WireName));
    }

    [Fact]
    public void A_body_field_named_like_a_path_parameter_is_a_parameter_of_its_own()
    {
        // AddConnectableCluster: the path's InstanceId (this instance) and the body's instanceId (the remote one).
        Operation operation = Read("elasticsearch", "AddConnectableCluster.md");

        Assert.Equal(
            new[] { "InstanceId:Path:InstanceId", "clientToken:Query:ClientToken", "instanceId:Body:InstanceId2" },
            operation.Parameters.Select(p => p.WireName + ":" + p.Position + ":" + p.PropertyName));
    }

    [Fact]
    public void A_row_named_like_a_query_value_of_the_request_line_is_sent_under_its_key()
    {
        // "GET /logstores/logstoreName/consumergroups/consumerGroup? shard=shardId HTTP/1.1" and a shardId row.
        RequestParameter shard = Read("sls", "GetCheckPoint.md").Parameters.Single(p => p.PropertyName == "ShardId");

        Assert.Equal(("shard", ParameterPosition.Query), (shard.WireName, shard.Position));
    }

    [Fact]
    public void Definition_list_parameters_of_older_ram_pages_are_read()
    {
        // "**OldPassword**" then "-   Type: String", "-   Required: Yes", "-   Description: Old password".
        Operation operation = Read("ram", Path.Combine("_variants", "ChangePassword.2.md"));

        Assert.Equal("ChangePassword", operation.Name);
        Assert.Equal(
            new[] { "OldPassword:True:Old password", "NewPassword:True" },
            operation.Parameters.Select(p => p.WireName + ":" + p.IsRequired + (p.WireName == "OldPassword" ? ":" + p.Doc.Summary : string.Empty)));
        Assert.Equal((15, 3), (operation.Parameters[0].Location.Line + 1, operation.Parameters[0].Location.Column + 1));
    }

    [Fact]
    public void A_sub_table_goes_to_the_object_row_whose_description_the_sentence_above_it_names()
    {
        // |keys|Object| "The field search configuration. ..." and |line|Object| "The full-text index configuration.",
        // then "The following table describes the full-text index configuration." and its table: line's fields. The
        // next table "describes the field search parameters", words keys' description does not have (keys is a map
        // of such objects): it is left unassigned, and keys stays one value.
        Operation operation = Read("sls", "CreateIndex.md");

        RequestParameter line = operation.Parameters.Single(p => p.WireName == "line");
        Assert.Equal(ValueShape.Object, line.Shape);
        Assert.Equal(new[] { "caseSensitive", "chn", "token", "include_keys", "exclude_keys" }, line.Members.Select(m => m.WireName));
        Assert.Equal((ValueShape.ScalarList, true), (line.Members.Single(m => m.WireName == "token").Shape, line.Members.Single(m => m.WireName == "token").IsRequired));
        Assert.Equal(ValueShape.Scalar, operation.Parameters.Single(p => p.WireName == "keys").Shape);
    }

    private static Operation Read(string product, string page)
    {
        string path = Path.Combine(Corpus, product, page);
        return MarkdownSpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default).Operations.Single();
    }
}

using System.Net.Http;
using SpecClient.EndToEnd.Tests.Elasticsearch;
using SpecClient.Signing;
using SpecClient.Testing;

namespace SpecClient.EndToEnd.Tests;

/// <summary>
/// The client generated at build time from real Elasticsearch pages (specs/elasticsearch, ROA style) calling the
/// emulator over loopback: the emulator routes by method and path, verifies the signature with its own code,
/// checks required path, query and body parameters and answers the page's sample.
/// </summary>
public sealed class RoaClientTests : IAsyncLifetime
{
    private ApiEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = ElasticsearchOperations.All });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task A_whole_json_body_and_an_encoded_path_value_arrive_and_the_sample_comes_back(SignatureVersion version)
    {
        var client = new ElasticsearchClient(_emulator.CreateClientOptions(version));

        ActivateZonesResponse response = await client.ActivateZonesAsync(new ActivateZonesRequest
        {
            InstanceId = "es-cn-n6w1o1x0w001c**** é",
            ClientToken = "token 1",
            Body = "[\"cn-hangzhou-i\",\"cn-hangzhou-h\"]",
        });

        Assert.True(response.Result);
        Assert.Equal("5A5D8E74-565C-43DC-B031-29289FA****", response.RequestId);
        EmulatedRequest received = Assert.Single(_emulator.Requests);
        Assert.Equal((200, "POST", "ActivateZones", "2017-06-13", version), (received.StatusCode, received.HttpMethod, received.Action, received.Version, received.SignatureVersion));
        Assert.Equal("es-cn-n6w1o1x0w001c**** é", received.GetParameter("InstanceId"));
        Assert.Equal("token 1", received.GetParameter("clientToken"));
    }

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task Body_fields_from_the_position_column_and_the_RequestBody_table_arrive_as_json(SignatureVersion version)
    {
        var client = new ElasticsearchClient(_emulator.CreateClientOptions(version));

        UpdateDescriptionResponse updated = await client.UpdateDescriptionAsync(new UpdateDescriptionRequest { InstanceId = "es-1", Description = "new name" });
        await client.AddSnapshotRepoAsync(new AddSnapshotRepoRequest { InstanceId = "es-2", RepoPath = "es-cn-4591jumei000u****" });

        Assert.Equal("aliyunes_name_test", updated.Result?.Description);
        EmulatedRequest[] received = _emulator.Requests.ToArray();
        Assert.Equal(("PATCH", "es-1", "new name"), (received[0].HttpMethod, received[0].GetParameter("InstanceId"), received[0].GetParameter("description")));
        Assert.Equal(("POST", "es-2", "es-cn-4591jumei000u****"), (received[1].HttpMethod, received[1].GetParameter("InstanceId"), received[1].GetParameter("repoPath")));
        Assert.All(received, r => Assert.Equal(200, r.StatusCode));
    }

    [Fact]
    public async Task Get_and_delete_operations_send_query_parameters_and_read_the_sample()
    {
        var client = new ElasticsearchClient(_emulator.CreateClientOptions());

        DescribeInstanceResponse described = await client.DescribeInstanceAsync(new DescribeInstanceRequest { InstanceId = "es-cn-n6w1ptcb30009****" });
        ListInstanceResponse listed = await client.ListInstanceAsync(new ListInstanceRequest { Page = 2, Size = 20, EsVersion = "6.7.0_with_X-Pack" });
        await client.DeleteInstanceAsync(new DeleteInstanceRequest { InstanceId = "es-3", ClientToken = "token-3" });

        Assert.Equal("D6888749-44DB-4510-A5DF-2959A035****", described.RequestId);
        Assert.Equal("es-cn-n6w1ptcb30009****", described.Result?.InstanceId);
        Assert.NotEmpty(listed.Result);
        EmulatedRequest[] received = _emulator.Requests.ToArray();
        Assert.Equal(("GET", "DescribeInstance"), (received[0].HttpMethod, received[0].Action));
        Assert.Equal(("GET", "2", "20", "6.7.0_with_X-Pack"), (received[1].HttpMethod, received[1].GetParameter("page"), received[1].GetParameter("size"), received[1].GetParameter("esVersion")));
        Assert.Equal(("DELETE", "es-3", "token-3"), (received[2].HttpMethod, received[2].GetParameter("InstanceId"), received[2].GetParameter("clientToken")));
    }

    [Fact]
    public async Task A_configured_error_comes_back_as_a_typed_exception()
    {
        _emulator.SetError("DescribeInstance", 404, "InstanceNotFound", "The instanceId provided does not exist.");
        var client = new ElasticsearchClient(_emulator.CreateClientOptions());

        ClientErrorException error = await Assert.ThrowsAsync<ClientErrorException>(
            () => client.DescribeInstanceAsync(new DescribeInstanceRequest { InstanceId = "es-missing" }));

        Assert.Equal((404, "InstanceNotFound"), (error.StatusCode, error.Code));
        Assert.Equal(Assert.Single(_emulator.Requests).RequestId, error.RequestId);
    }

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task A_path_changed_after_signing_is_refused_by_the_emulators_own_check(SignatureVersion version)
    {
        using var http = new HttpClient(new PathTamperer { InnerHandler = new HttpClientHandler() });
        var client = new ElasticsearchClient(http, _emulator.CreateClientOptions(version));

        ClientErrorException error = await Assert.ThrowsAsync<ClientErrorException>(
            () => client.DescribeInstanceAsync(new DescribeInstanceRequest { InstanceId = "es-signed" }));

        Assert.Equal("SignatureDoesNotMatch", error.Code);
        Assert.Contains("es-tampered", error.ErrorMessage);
    }

    [Fact]
    public async Task The_emulator_refuses_a_request_without_a_required_body_field()
    {
        // Written by hand: the generated request checks required members before sending, so only a raw client can omit one.
        var options = _emulator.CreateClientOptions();
        var transport = new ApiTransport(options, "unused.example");
        var request = new ApiRequest(ElasticsearchOperations.AddSnapshotRepo);
        request.Add("InstanceId", "es-2", ParameterLocation.Path);

        ClientErrorException error = await Assert.ThrowsAsync<ClientErrorException>(
            () => transport.SendAsync(request, AddSnapshotRepoResponse.Read, CancellationToken.None));

        Assert.Equal("MissingrepoPath", error.Code);
    }

    /// <summary>Rewrites the path after the client signed it, as a proxy or a bug would.</summary>
    private sealed class PathTamperer : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new Uri(request.RequestUri!.ToString().Replace("es-signed", "es-tampered", StringComparison.Ordinal));
            return base.SendAsync(request, cancellationToken);
        }
    }
}

using System.Net;
using System.Net.Sockets;
using SpecClient.EndToEnd.Tests.Domain;
using SpecClient.Signing;
using SpecClient.Testing;

namespace SpecClient.EndToEnd.Tests;

/// <summary>
/// The client generated from specs/domain at build time, calling the emulator over real loopback HTTP.
/// Nothing here is hand-written client code: a reader or emitter bug shows up as a wrong value or a failed call.
/// </summary>
public sealed class GeneratedClientTests : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly ApiEmulator _emulator;

    public GeneratedClientTests(EmulatorFixture fixture)
    {
        _emulator = fixture.Emulator;
        _emulator.ResetResponses();
        _emulator.ClearRequests();
    }

    public void Dispose() => _emulator.ResetResponses();

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task Seed_operation_returns_the_doc_sample_as_typed_values(SignatureVersion version)
    {
        var client = new DomainClient(_emulator.CreateClientOptions(version));

        ResendEmailVerificationResponse response = await client.ResendEmailVerificationAsync(
            new ResendEmailVerificationRequest { Email = "test1@aliyun.com,test2@aliyun.com" });

        Assert.Equal("0EA54E99-DB48-4CE3-A099-6ED8E451B8AC", response.RequestId);
        Assert.Collection(
            response.FailList,
            item =>
            {
                Assert.Equal("SendTokenQuotaExceeded", item.Code);
                Assert.Equal("test1@aliyun.com", item.Email);
                Assert.Equal("The maximum number of attempts allowed to send the email verification link is exceeded.", item.Message);
            },
            item =>
            {
                Assert.Equal("ParameterIllegall", item.Code);
                Assert.Equal("test2@aliyun.com", item.Email);
                Assert.Equal("Parameter error", item.Message);
            });
        Assert.Empty(response.SuccessList);
    }

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task The_request_carries_the_action_version_and_parameters_on_the_wire(SignatureVersion version)
    {
        var client = new DomainClient(_emulator.CreateClientOptions(version));

        await client.ResendEmailVerificationAsync(new ResendEmailVerificationRequest { Email = "a@example.com", Lang = "en" });

        EmulatedRequest request = Assert.Single(_emulator.Requests);
        Assert.Equal(200, request.StatusCode);
        Assert.Equal(version, request.SignatureVersion);
        Assert.Equal("ResendEmailVerification", request.Action);
        Assert.Equal("2018-01-29", request.Version);
        Assert.Equal("a@example.com", request.GetParameter("Email"));
        Assert.Equal("en", request.GetParameter("Lang"));
        Assert.Null(request.GetParameter("UserClientIp"));
    }

    [Fact]
    public async Task Item_wrapper_lists_and_numbers_read_into_typed_properties()
    {
        var client = new DomainClient(_emulator.CreateClientOptions());

        QueryTaskDetailListResponse response = await client.QueryTaskDetailListAsync(
            new QueryTaskDetailListRequest { TaskNo = "75addb07-28a3-450e-b5ec-test", PageNum = 1, PageSize = 1 });

        // The doc sample writes the list as {"TaskDetail": {...}}: an XML-shaped wrapper around one item.
        QueryTaskDetailListResponse.TaskDetail detail = Assert.Single(response.Data);
        Assert.Equal(2, detail.TaskStatusCode);
        Assert.Equal("EXECUTE_SUCCESS", detail.TaskStatus);
        Assert.Equal("12345", detail.TaskResult);
        Assert.Equal(1, response.TotalItemNum);
        Assert.True(response.NextPage);
        Assert.False(response.PrePage);
    }

    [Fact]
    public async Task Repeat_list_of_objects_is_flattened_on_the_wire()
    {
        var client = new DomainClient(_emulator.CreateClientOptions());

        await client.SaveBatchTaskForCreatingOrderActivateAsync(new SaveBatchTaskForCreatingOrderActivateRequest
        {
            OrderActivateParam = new[]
            {
                new SaveBatchTaskForCreatingOrderActivateRequest.OrderActivateParamItem { DomainName = "a.com", RegistrantProfileId = 7, EnableDomainProxy = true },
                new SaveBatchTaskForCreatingOrderActivateRequest.OrderActivateParamItem { DomainName = "b.com", RegistrantProfileId = 8 },
            },
        });

        EmulatedRequest request = Assert.Single(_emulator.Requests);
        Assert.Equal(200, request.StatusCode);
        Assert.Equal("a.com", request.GetParameter("OrderActivateParam.1.DomainName"));
        Assert.Equal("7", request.GetParameter("OrderActivateParam.1.RegistrantProfileId"));
        Assert.Equal("true", request.GetParameter("OrderActivateParam.1.EnableDomainProxy"));
        Assert.Equal("b.com", request.GetParameter("OrderActivateParam.2.DomainName"));
        Assert.Null(request.GetParameter("OrderActivateParam.2.EnableDomainProxy"));
    }

    [Fact]
    public async Task A_service_error_becomes_a_typed_exception_with_every_field()
    {
        _emulator.SetError("ResendEmailVerification", 400, "SendTokenQuotaExceeded", "The maximum number of attempts is exceeded.");
        var client = new DomainClient(_emulator.CreateClientOptions());

        ServiceException error = await Assert.ThrowsAsync<ClientErrorException>(() =>
            client.ResendEmailVerificationAsync(new ResendEmailVerificationRequest { Email = "a@example.com" }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("SendTokenQuotaExceeded", error.Code);
        Assert.Equal("The maximum number of attempts is exceeded.", error.ErrorMessage);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.False(string.IsNullOrEmpty(error.HostId));
        Assert.Contains("SendTokenQuotaExceeded", error.Recommend);
        Assert.Equal(_emulator.Requests.Single().RequestId, error.RequestId);
    }

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task A_wrong_secret_gets_SignatureDoesNotMatch_and_the_secret_never_leaks(SignatureVersion version)
    {
        SpecClientOptions options = _emulator.CreateClientOptions(version);
        const string wrongSecret = "not-the-emulator-secret-9f3c";
        options.Credentials = new StaticCredentialProvider(_emulator.Credential.AccessKeyId, wrongSecret);
        var client = new DomainClient(options);

        ServiceException error = await Assert.ThrowsAsync<ClientErrorException>(() =>
            client.ResendEmailVerificationAsync(new ResendEmailVerificationRequest { Email = "a@example.com" }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("SignatureDoesNotMatch", error.Code);
        Assert.DoesNotContain(wrongSecret, error.ToString());
        Assert.DoesNotContain(_emulator.Credential.AccessKeySecret, error.ToString());
    }

    [Fact]
    public async Task A_missing_required_parameter_is_refused_before_anything_is_sent()
    {
        var client = new DomainClient(_emulator.CreateClientOptions());

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() =>
            client.ResendEmailVerificationAsync(new ResendEmailVerificationRequest { Email = null! }));

        Assert.Contains("Email", error.Message);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public void A_null_request_is_refused_at_the_call_before_anything_is_sent()
    {
        var client = new DomainClient(_emulator.CreateClientOptions());

        // Thrown by the call itself, not by the task it would return.
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => { _ = client.ResendEmailVerificationAsync(null!); });

        Assert.Equal("request", error.ParamName);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task Generated_descriptors_make_the_emulator_enforce_required_parameters()
    {
        // Bypass the client's own check to see the server side: the descriptor lists Email as required.
        Assert.Contains("Email", DomainOperations.ResendEmailVerification.RequiredParameters);
        var transport = new ApiTransport(_emulator.CreateClientOptions(), DomainClient.DefaultEndpoint);
        var request = new ApiRequest(DomainOperations.ResendEmailVerification);

        ServiceException error = await Assert.ThrowsAsync<ClientErrorException>(() =>
            transport.SendAsync(request, ResendEmailVerificationResponseReader, CancellationToken.None));

        Assert.Equal("MissingEmail", error.Code);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task Cancellation_while_the_server_stalls_ends_the_call_promptly()
    {
        // A loopback server that accepts the connection and never answers.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        Task<TcpClient> accepted = listener.AcceptTcpClientAsync();
        var client = new DomainClient(new SpecClientOptions
        {
            Endpoint = "http://127.0.0.1:" + port,
            AllowInsecureHttp = true,
            Credentials = new StaticCredentialProvider("id", "secret"),
        });
        using var cancellation = new CancellationTokenSource();

        Task call = client.ResendEmailVerificationAsync(new ResendEmailVerificationRequest { Email = "a@example.com" }, cancellation.Token);
        using TcpClient connection = await accepted.WaitAsync(TimeSpan.FromSeconds(10));
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), "cancellation took " + stopwatch.Elapsed);
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        var client = new DomainClient(_emulator.CreateClientOptions());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.ResendEmailVerificationAsync(new ResendEmailVerificationRequest { Email = "a@example.com" }, new CancellationToken(canceled: true)));

        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public void Every_domain_page_became_an_operation()
    {
        string specs = Path.Combine(RepoRoot(), "specs", "domain");
        string[] pages = Directory.GetFiles(specs, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()!;

        Assert.Equal(71, pages.Length);
        Assert.Equal(pages, DomainOperations.All.Select(o => o.Action).Order(StringComparer.Ordinal));
        Assert.All(DomainOperations.All, o => Assert.Equal("2018-01-29", o.Version));
    }

    private static ResendEmailVerificationResponse ResendEmailVerificationResponseReader(ref System.Text.Json.Utf8JsonReader reader) =>
        new() { RequestId = "unused" };

    private static string RepoRoot() =>
        typeof(GeneratedClientTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
}

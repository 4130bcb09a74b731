using System.Collections.Immutable;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Where a product's requests go, decided from the real corpus (api-docs.json region tables, doc pages' sample
/// hosts) and emitted as the client's <c>Endpoints</c>; the RegionId parameter the client fills.
/// </summary>
public sealed class EndpointTests
{
    private static readonly string CorpusMd = Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", "md"));

    [Theory]
    [InlineData("cdn", "cdn.aliyuncs.com", null)]
    [InlineData("domain", "domain.aliyuncs.com", null)]
    [InlineData("ram", "ram.aliyuncs.com", null)]
    [InlineData("ecs", null, "ecs.{region}.aliyuncs.com")]
    [InlineData("elasticsearch", null, "elasticsearch.{region}.aliyuncs.com")]
    [InlineData("kms", null, "kms.{region}.aliyuncs.com")]
    [InlineData("slb", null, "slb.{region}.aliyuncs.com")]
    [InlineData("sls", null, "{region}.log.aliyuncs.com")]
    public void Metadata_region_tables_tell_central_from_regional_products(string product, string? central, string? pattern)
    {
        ProductClient client = Resolve(MetadataSpecs.File(product));

        Assert.Equal(pattern, client.RegionalPattern);
        if (central is not null)
        {
            Assert.True(client.IsCentral);
            Assert.Equal(central, client.DefaultEndpoint);
        }
    }

    [Fact]
    public void Only_regions_whose_host_differs_from_the_rule_or_the_central_endpoint_are_kept()
    {
        Assert.Empty(Resolve(MetadataSpecs.File("ram")).RegionEndpoints); // 54 regions, all ram.aliyuncs.com
        Assert.Equal(
            new[] { new Model.RegionEndpoint("ap-southeast-1", "domain-intl.aliyuncs.com") },
            Resolve(MetadataSpecs.File("domain")).RegionEndpoints);

        ProductClient slb = Resolve(MetadataSpecs.File("slb"));
        Assert.Equal(12, slb.RegionEndpoints.Count); // the 12 regions slb.aliyuncs.com serves; the other 16 follow the rule
        Assert.All(slb.RegionEndpoints, e => Assert.Equal("slb.aliyuncs.com", e.Endpoint));
        Assert.Contains(new Model.RegionEndpoint("cn-qingdao", "slb.aliyuncs.com"), slb.RegionEndpoints);
        Assert.DoesNotContain(slb.RegionEndpoints, e => e.RegionId == "cn-zhangjiakou");

        ProductClient cdn = Resolve(MetadataSpecs.File("cdn"));
        Assert.Equal(11, cdn.RegionEndpoints.Count);
        Assert.All(cdn.RegionEndpoints, e => Assert.Equal("cdn.ap-southeast-1.aliyuncs.com", e.Endpoint));
    }

    [Theory]
    [InlineData("ram", "ram.aliyuncs.com", null)] // https://ram.aliyuncs.com, no RegionId parameter
    [InlineData("cdn", "cdn.aliyuncs.com", null)]
    [InlineData("kms", null, "kms.{region}.aliyuncs.com")] // https://kms.cn-hangzhou.aliyuncs.com names its region
    [InlineData("ecs", null, "ecs.{region}.aliyuncs.com")] // https://ecs.aliyuncs.com, but most operations take a RegionId
    [InlineData("slb", null, "slb.{region}.aliyuncs.com")]
    public void Doc_pages_sample_hosts_and_RegionId_parameters_tell_central_from_regional(string product, string? central, string? pattern)
    {
        ProductClient client = Resolve(Directory.GetFiles(Path.Combine(CorpusMd, product), "*.md"))
            .Where(c => c.Operations.Count > 1)
            .OrderByDescending(c => c.Operations.Count)
            .First();

        Assert.Equal(pattern, client.RegionalPattern);
        if (central is not null)
        {
            Assert.Equal(central, client.DefaultEndpoint);
        }
    }

    [Fact]
    public void Domain_pages_showing_both_sites_get_the_central_endpoint_and_the_international_one_for_its_region()
    {
        ProductClient domain = Resolve(TestSpecs.DomainPages.ToArray()).Single();

        Assert.True(domain.IsCentral);
        Assert.Equal("domain.aliyuncs.com", domain.DefaultEndpoint);
        Assert.Equal(new[] { new Model.RegionEndpoint("ap-southeast-1", "domain-intl.aliyuncs.com") }, domain.RegionEndpoints);
    }

    [Theory]
    [InlineData("domain")]
    [InlineData("slb")]
    public void The_client_emits_the_reviewed_endpoint_table(string product)
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(MetadataSpecs.File(product)) });
        string hint = run.Sources.Keys.Single(k => k.EndsWith("Client.g.cs", StringComparison.Ordinal));
        string source = run.Sources[hint];
        string path = Path.Combine(TestSpecs.BaselineFolder, "Endpoints", hint + ".txt");
        if (Environment.GetEnvironmentVariable("SPECCLIENT_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, source);
        }

        Assert.True(File.Exists(path), "No baseline for " + hint + "; run with SPECCLIENT_UPDATE_BASELINES=1 and review it.");
        Assert.Equal(File.ReadAllText(path), source);
    }

    [Fact]
    public void A_required_RegionId_is_left_to_the_client_to_fill_and_still_listed_as_required()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(MetadataSpecs.File("slb")) });
        string operation = run.Sources["Tests.Slb.DescribeLoadBalancers.g.cs"];

        Assert.Contains("public string? RegionId { get; set; }", operation);
        Assert.DoesNotContain("required string RegionId", operation);
        Assert.DoesNotContain("ThrowIfMissing(this.RegionId", operation);
        Assert.Contains("request.AddRegionId(this.RegionId);", operation);
        Assert.Matches("new string\\[\\] \\{[^}]*\"RegionId\"", operation); // the descriptor: the emulator and the transport check it
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ROA_operations_keep_their_RegionId_as_written()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(MetadataSpecs.File("elasticsearch")) });

        Assert.DoesNotContain(run.Sources.Values, s => s.Contains("AddRegionId", StringComparison.Ordinal));
    }

    private static ProductClient Resolve(string file) => Resolve(new[] { file }).Single();

    private static ImmutableArray<ProductClient> Resolve(string[] files)
    {
        ImmutableArray<SpecReadResult> results = files
            .Select(f => SpecReader.Read(new SpecFile(f, File.ReadAllText(f), SpecOptions.None), CancellationToken.None))
            .ToImmutableArray();
        return ProductResolver.Resolve(results, "Tests").Clients.Items;
    }
}

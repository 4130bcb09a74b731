using Microsoft.CodeAnalysis;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Bad spec input gives a diagnostic with an id at the exact file, line and column, and never costs the
/// other pages their output.
/// </summary>
public sealed class DiagnosticsTests
{
    private const string Page = """
        # DescribeThings

        Describes things.

        ## Debugging

        [OpenAPI Explorer](https://api.aliyun.com/#product=Things&api=DescribeThings&type=RPC&version=2020-01-01)

        ## Request parameters

        |Parameter|Type|Required|Example|Description|
        |---------|----|--------|-------|-----------|
        |Action|String|Yes|DescribeThings|The operation. |
        |Name|String|Yes|a|The name. |
        |Size|Integr|No|1|A typo in the type. |
        |Extra|String|No|x|Too many|cells|here|

        ## Response parameters

        |Parameter|Type|Example|Description|
        |---------|----|-------|-----------|
        |Things|Array| |The things. |
        |Id|String|t-1|The id. |
        |RequestId|String|r-1|The request id. |
        """;

    [Fact]
    public void A_row_with_too_many_cells_is_reported_at_its_name_cell()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/specs/things/DescribeThings.md", Page) });

        Diagnostic diagnostic = Assert.Single(run.SpecDiagnostics, d => d.Id == "SPEC005");
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/specs/things/DescribeThings.md", span.Path);
        Assert.Equal(15, span.StartLinePosition.Line);
        Assert.Equal(1, span.StartLinePosition.Character);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("Extra", diagnostic.GetMessage());
    }

    [Fact]
    public void An_unknown_type_is_reported_and_read_as_a_string()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/specs/things/DescribeThings.md", Page) });

        Diagnostic diagnostic = Assert.Single(run.SpecDiagnostics, d => d.Id == "SPEC006");
        Assert.Equal(14, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("public string? Size { get; set; }", run.Sources.Single(s => s.Key.EndsWith("DescribeThings.g.cs", StringComparison.Ordinal)).Value);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Nesting_that_neither_table_nor_sample_tells_is_reported_at_the_container()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/specs/things/DescribeThings.md", Page) });

        Diagnostic diagnostic = Assert.Single(run.SpecDiagnostics, d => d.Id == "SPEC007");
        Assert.Equal(21, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("Things", diagnostic.GetMessage());
    }

    [Fact]
    public void The_operation_is_still_generated_next_to_the_diagnostics()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/specs/things/DescribeThings.md", Page) });

        string source = run.Sources.Single(s => s.Key.EndsWith("DescribeThings.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("public required string Name { get; set; }", source);
        Assert.Contains("ThingsItem", source);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("just some text, no headings")]
    [InlineData("# \n\n## Request parameters\n\n|||\n|-|\n|")]
    [InlineData("# Bad Name With Spaces\n\n## Request parameters\n\n|Parameter|Type|\n|---|---|\n|X|\n")]
    [InlineData("# X\n```\nunclosed code block |a|b|\n")]
    [InlineData("# DescribeThings\n\n## Response parameters\n\n|Parameter|Type|Example|Description|\n|-|-|-|-|\n|A|Struct| | |\n|B|Array| | |\n|C|String| | |\n\n## Examples\n\n```\n{ \"A\": { \"B\": [ { \"C\": 1 } ] }, \n```\n")]
    public void Malformed_pages_give_diagnostics_never_an_exception(string text)
    {
        GeneratorRun run = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Spec("/specs/things/Broken.md", text),
            GeneratorHarness.Spec(TestSpecs.SeedPage),
        });

        Assert.DoesNotContain(run.GeneratorDiagnostics.Concat(run.SpecDiagnostics), d => d.Id is "CS8785" or "SPEC001");
        Assert.Contains(run.Sources.Keys, k => k.EndsWith("ResendEmailVerification.g.cs", StringComparison.Ordinal));
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_page_without_any_name_is_reported_and_skipped()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/specs/things/not a name.md", "Some prose.\n") });

        Diagnostic diagnostic = Assert.Single(run.SpecDiagnostics, d => d.Id == "SPEC002");
        Assert.Equal("/specs/things/not a name.md", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_page_that_names_no_product_is_reported_and_still_generated()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/elsewhere/DescribeThings.md", "# DescribeThings\n\nText.\n") });

        Diagnostic diagnostic = Assert.Single(run.SpecDiagnostics, d => d.Id == "SPEC008");
        Assert.Contains("without a version", diagnostic.GetMessage());
        Assert.Contains(run.Sources.Keys, k => k == "Tests.ElsewhereUnversioned.DescribeThings.g.cs" || k == "Tests.Elsewhere.DescribeThings.g.cs");
    }

    [Fact]
    public void Item_metadata_overrides_what_the_page_says()
    {
        var metadata = new Dictionary<string, string>
        {
            ["Product"] = "Dom",
            ["Namespace"] = "My.Api",
            ["ClientName"] = "RegistrarClient",
            ["Endpoint"] = "domain-intl.aliyuncs.com",
        };

        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(TestSpecs.SeedPage) }, metadata);

        string client = run.Sources.Single(s => s.Key == "My.Api.RegistrarClient.g.cs").Value;
        Assert.Contains("public sealed partial class RegistrarClient : IRegistrarClient", client);
        Assert.Contains("public const string DefaultEndpoint = \"domain-intl.aliyuncs.com\";", client);
        Assert.Contains("\"Dom\",", run.Sources.Single(s => s.Key == "My.Api.ResendEmailVerification.g.cs").Value);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }
}

using Microsoft.CodeAnalysis;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using Operation = SpecClient.Generator.Model.Operation;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Doc names that are not C# names (leading digits, keywords, hyphens and dots, Chinese text, a field named
/// like its class or like a generated member) become valid, stable identifiers, while the wire keeps the
/// doc's name; colliding operations and types are told apart or reported.
/// </summary>
public sealed class NamingTests
{
    private const string Page = """
        # describeInstances

        Lists instances with awkwardly named fields.

        ## Debugging

        [OpenAPI Explorer](https://api.aliyun.com/#product=Ecs&api=DescribeInstances&type=RPC&version=2014-05-26)

        ## Request parameters

        |Parameter|Type|Required|Example|Description|
        |---------|----|--------|-------|-----------|
        |Action|String|Yes|describeInstances|The operation.|
        |1stZone|String|No|cn-hangzhou-a|Starts with a digit.|
        |class|String|No|big|A keyword.|
        |region-id|String|No|cn-hangzhou|Hyphenated.|
        |地域|String|No|杭州|Chinese.|
        |RegionId|String|No|cn-hangzhou|The same identifier as region-id once cleaned.|

        ## Response parameters

        |Parameter|Type|Example|Description|
        |---------|----|-------|-----------|
        |Instances|Array of Instance| |The instances.|
        |Instance| | | |
        |Instance|String|i-1|A field named like its class.|
        |Read|String|x|A field named like the generated reader.|
        |object|Integer|1|A keyword.|
        |名称|String|实例|Chinese.|
        |RequestId|String|0EA5|The ID of the request.|

        ## Examples

        Sample success responses

        `JSON` format

        ```
        {"Instances":{"Instance":[{"Instance":"i-1","Read":"x","object":1,"名称":"实例"}]},"RequestId":"0EA5"}
        ```
        """;

    [Fact]
    public void Awkward_doc_names_become_valid_identifiers_and_keep_their_wire_names()
    {
        GeneratorRun run = GeneratorHarness.Run([GeneratorHarness.Spec("/specs/ecs/describeInstances.md", Page)]);

        Assert.Empty(run.CompileDiagnostics);
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        string source = run.Sources.Single(s => s.Key.EndsWith(".DescribeInstances.g.cs", StringComparison.Ordinal)).Value;

        // Request: each parameter a distinct, valid property; the wire names are the doc's.
        Assert.Contains(" _1stZone ", source, StringComparison.Ordinal);
        Assert.Contains(" Class ", source, StringComparison.Ordinal);
        Assert.Contains(" 地域 ", source, StringComparison.Ordinal);
        Assert.Contains(" RegionId ", source, StringComparison.Ordinal);
        Assert.Contains(" RegionId2 ", source, StringComparison.Ordinal);
        foreach (string wire in new[] { "\"1stZone\"", "\"class\"", "\"region-id\"", "\"地域\"", "\"describeInstances\"" })
        {
            Assert.Contains(wire, source, StringComparison.Ordinal);
        }

        // The doc's RegionId goes through the transport, which fills it from the options when it is left null.
        Assert.Contains("request.AddRegionId(this.RegionId2);", source, StringComparison.Ordinal);

        // Response: the item class Instance cannot hold a property Instance, nor a property Read beside its Read method.
        Assert.Contains("class Instance", source, StringComparison.Ordinal);
        Assert.Contains(" InstanceValue ", source, StringComparison.Ordinal);
        Assert.Contains(" Read2 ", source, StringComparison.Ordinal);
        Assert.Contains(" Object ", source, StringComparison.Ordinal);
        Assert.Contains(" 名称 ", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_stable_across_runs()
    {
        string first = string.Join("\n", GeneratorHarness.Run([GeneratorHarness.Spec("/specs/ecs/describeInstances.md", Page)]).Sources.OrderBy(s => s.Key).Select(s => s.Value));
        string second = string.Join("\n", GeneratorHarness.Run([GeneratorHarness.Spec("/specs/ecs/describeInstances.md", Page)]).Sources.OrderBy(s => s.Key).Select(s => s.Value));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Two_operations_with_one_identifier_are_reported_and_one_is_generated()
    {
        string other = Page.Replace("# describeInstances", "# DescribeInstances", StringComparison.Ordinal)
            .Replace("|describeInstances|", "|DescribeInstances|", StringComparison.Ordinal);
        GeneratorRun run = GeneratorHarness.Run([
            GeneratorHarness.Spec("/specs/ecs/describeInstances.md", Page),
            GeneratorHarness.Spec("/specs/ecs/DescribeInstances.md", other),
        ]);

        Assert.Empty(run.CompileDiagnostics);
        Diagnostic collision = Assert.Single(run.SpecDiagnostics, d => d.Id == "SPEC013");
        // The choice never depends on file order: the ordinally first path wins.
        Assert.Equal("/specs/ecs/describeInstances.md", collision.Location.GetLineSpan().Path);
        Assert.Single(run.Sources.Keys, k => k.EndsWith(".DescribeInstances.g.cs", StringComparison.Ordinal));
    }
    [Fact]
    public void Operations_whose_names_differ_only_in_case_are_one_operation_and_no_hint_names_clash()
    {
        // Two real ECS pages: DescribeAutoSnapshotPolicyEx and DescribeAutoSnapshotPolicyEX. Roslyn compares hint
        // names ignoring case, and one clash made the whole generator fail (CS8785) over the ECS folder.
        string ecs = Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", "md", "ecs"));
        GeneratorRun run = GeneratorHarness.Run([
            GeneratorHarness.Spec(Path.Combine(ecs, "DescribeAutoSnapshotPolicyEx.md")),
            GeneratorHarness.Spec(Path.Combine(ecs, "DescribeAutoSnapshotPolicyEX.md")),
        ]);

        // One operation name ignoring case is one operation (as in the test above): the ordinally first page is
        // generated, the other is reported, and no two hint names clash.
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.Empty(run.CompileDiagnostics);
        Diagnostic duplicate = Assert.Single(run.SpecDiagnostics, d => d.Id == "SPEC013");
        Assert.EndsWith("DescribeAutoSnapshotPolicyEx.md", duplicate.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(
            ["Tests.Ecs.DescribeAutoSnapshotPolicyEX.g.cs"],
            run.Sources.Keys.Where(k => k.Contains(".DescribeAutoSnapshotPolicyE", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_current_English_page_wins_over_older_copies_and_translations_whatever_their_order()
    {
        // One page's operation as four descriptions, in this order: an older copy of a translation (ranked 3), an older
        // copy (2), a translation (1), the current English page (0). The resolver groups by name (ignoring case) and
        // keeps the best ranked: the last one here; the three others are reported.
        string path = Path.Combine(TestSpecs.DomainFolder, "ResendEmailVerification.md");
        Operation english = Assert.Single(SpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default).Operations);
        Operation Copy(string source, string summary) =>
            english with { SourcePath = source, Location = LocationInfo.FileStart(source), Name = english.Name.ToLowerInvariant(), Summary = summary };
        Operation olderTranslation = Copy("/specs/_variants/ResendEmailVerification.2.md", "重新发送邮箱验证");
        Operation older = Copy("/specs/_variants/ResendEmailVerification.3.md", english.Summary);
        Operation translation = Copy("/specs/zh/ResendEmailVerification.md", "重新发送邮箱验证");
        var group = new ProductGroup("Domain", "2018-01-29", "Tests.Domain", new[] { olderTranslation, older, translation, english }.ToEquatableArray());

        ResolvedClient resolved = ProductResolver.Resolve(group);

        Assert.Equal(path, Assert.Single(resolved.Client.Operations).SourcePath);
        Assert.Equal(
            new[] { older.SourcePath, olderTranslation.SourcePath, translation.SourcePath }.Order(StringComparer.Ordinal),
            resolved.Diagnostics.Where(d => d.Id == "SPEC013").Select(d => d.Location.FilePath).Order(StringComparer.Ordinal));
    }
}

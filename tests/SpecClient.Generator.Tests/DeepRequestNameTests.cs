using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>Request names nested more than one level (<c>X.Y.N.Z</c>, <c>X.N.Y.N</c>) become nested item classes, not dropped rows.</summary>
public sealed class DeepRequestNameTests
{
    [Fact]
    public void An_object_holding_a_list_of_items_is_read_to_the_leaf()
    {
        // ECS CreateAutoProvisioningGroup: LaunchConfiguration.DataDisk.N.Size, .Category, ...
        SpecReadResult result = Read("CreateAutoProvisioningGroup.md");
        RequestParameter launch = result.Operations.Single().Parameters.Single(p => p.WireName == "LaunchConfiguration");
        RequestParameter dataDisk = launch.Members.Single(m => m.WireName == "DataDisk");

        Assert.Equal(ValueShape.Object, launch.Shape);
        Assert.Equal(ValueShape.ObjectList, dataDisk.Shape);
        Assert.Contains(dataDisk.Members, m => m.WireName == "Size" && m.Kind == ScalarKind.Int32);
        Assert.Contains(dataDisk.Members, m => m.WireName == "Category");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SPEC009");
    }

    [Fact]
    public void The_nested_items_write_their_full_wire_names_and_compile()
    {
        GeneratorRun run = GeneratorHarness.Run([GeneratorHarness.Spec(Corpus("CreateAutoProvisioningGroup.md"))]);

        Assert.Empty(run.CompileDiagnostics);
        string source = run.Sources.Single(s => s.Key.EndsWith(".CreateAutoProvisioningGroup.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("this.LaunchConfiguration?.WriteTo(request, \"LaunchConfiguration\" + \".\");", source, StringComparison.Ordinal);
        Assert.Contains("_DataDisk[i].WriteTo(request, prefix + \"DataDisk\" + \".\" + (i + 1)", source, StringComparison.Ordinal);
    }

    private static SpecReadResult Read(string page)
    {
        string path = Corpus(page);
        return SpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default);
    }

    private static string Corpus(string page) => Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", "md", "ecs", page));
}

using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SpecClient.Generator.Benchmarks;

/// <summary>Every markdown page of ../shared/corpus as additional files, and a driver that sees them as ApiSpec items.</summary>
internal static class Corpus
{
    public static readonly string Folder = typeof(Corpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CorpusDir").Value!;

    public static List<AdditionalText> Pages() =>
        Directory.EnumerateFiles(Folder, "*.md", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) is not ("README.md" or "FORMATS.md"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new Page(p, File.ReadAllText(p)))
            .ToList();

    public static CSharpCompilation Compilation() =>
        CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("namespace Bench { internal static class Anchor { } }") },
            Basic.Reference.Assemblies.Net80.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(SpecClient.ApiRequest).Assembly.Location) }),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> pages) =>
        CSharpGeneratorDriver.Create(
            new[] { new SpecClientGenerator().AsSourceGenerator() },
            pages,
            CSharpParseOptions.Default,
            new Options());

    public sealed class Page(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Spec = new Values(new() { ["build_metadata.AdditionalFiles.SpecClientSpec"] = "true" });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new() { ["build_property.RootNamespace"] = "Bench" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Spec;
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

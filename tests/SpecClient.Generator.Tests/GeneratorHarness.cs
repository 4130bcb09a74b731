using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Runs the generator the way the compiler does: spec files as AdditionalFiles with the ApiSpec metadata the
/// build props make visible, a .NET 8 compilation referencing the SpecClient runtime.
/// </summary>
internal sealed class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(params string[] sources) => Compilation(ParseOptions, sources);

    public static CSharpCompilation Compilation(CSharpParseOptions parseOptions, params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratedClientTests",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
            Basic.Reference.Assemblies.Net80.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(SpecClient.ApiRequest).Assembly.Location) }),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> specs, IReadOnlyDictionary<string, string>? metadata = null, string? rootNamespace = "Tests", CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new SpecClientGenerator().AsSourceGenerator() },
            specs,
            parseOptions ?? ParseOptions,
            new OptionsProvider(metadata ?? new Dictionary<string, string>(), rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(IEnumerable<AdditionalText> specs, IReadOnlyDictionary<string, string>? metadata = null, string? rootNamespace = "Tests", CSharpParseOptions? parseOptions = null, string? extraSource = null)
    {
        parseOptions ??= ParseOptions;
        CSharpCompilation compilation = Compilation(parseOptions, "namespace Tests { internal static class Anchor { } }", extraSource ?? string.Empty);
        GeneratorDriver driver = Driver(specs, metadata, rootNamespace, parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        return new GeneratorRun(driver, output, driver.GetRunResult(), generatorDiagnostics);
    }

    public static AdditionalText Spec(string path) => new SpecText(path, File.ReadAllText(path));

    public static AdditionalText Spec(string path, string text) => new SpecText(path, text);

    private sealed class SpecText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> metadata, string? rootNamespace) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(rootNamespace is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            var values = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SpecClientSpec"] = "true" };
            foreach (var pair in metadata)
            {
                values["build_metadata.AdditionalFiles." + pair.Key] = pair.Value;
            }

            return new Options(values);
        }
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<Diagnostic> SpecDiagnostics => Result.Diagnostics;

    public IEnumerable<Diagnostic> CompileDiagnostics => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());
}

using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator;

/// <summary>
/// The pipeline: spec files (ApiSpec items) → one <see cref="Operation"/> per page → clients merged per
/// product and version → C#. Every step's output is a value-equal record without compiler objects, so an
/// unchanged page is never read again and an edit to C# code re-runs no spec work.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpecClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. The spec files, with their ApiSpec metadata.
        IncrementalValuesProvider<SpecFile> files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => SpecInputs.Read(pair.Left, pair.Right, ct))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.SpecFiles);

        // 2. Each page read on its own: markdown rows become parameters and fields.
        IncrementalValuesProvider<SpecReadResult> pages = files
            .Select(static (file, ct) => SpecReader.Read(file, ct))
            .WithTrackingName(TrackingNames.ReadPages);
        context.RegisterSourceOutput(pages, static (spc, page) => Report(spc, page.Diagnostics));

        // 3. Pages merged into one client per product and version.
        IncrementalValueProvider<string?> rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => SpecInputs.RootNamespace(options));
        IncrementalValueProvider<ResolvedSpecs> resolved = pages.Collect()
            .Combine(rootNamespace)
            .Select(static (pair, _) => ProductResolver.Resolve(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Resolve);
        context.RegisterSourceOutput(resolved, static (spc, specs) => Report(spc, specs.Diagnostics));

        // Where a doc page and the metadata disagree (SPEC019): pair by pair, so an edit re-compares only its own pair.
        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> disagreements = resolved
            .SelectMany(static (specs, _) => specs.Merged)
            .Select(static (pair, _) => PageMetadataMerge.Differences(pair))
            .WithTrackingName(TrackingNames.Disagreements);
        context.RegisterSourceOutput(disagreements, static (spc, diagnostics) => Report(spc, diagnostics));

        // 4. C#: one file per operation and one per client, shaped by what the user's compiler supports.
        IncrementalValueProvider<EmitOptions> emitOptions = context.CompilationProvider
            .Select(static (compilation, _) => SpecInputs.EmitOptionsOf(compilation))
            .WithTrackingName(TrackingNames.EmitOptions);
        IncrementalValuesProvider<((Operation Operation, string HintName) Left, EmitOptions Right)> operations = resolved
            .SelectMany(static (specs, _) => specs.Clients.SelectMany(HintNames.OfOperations))
            .WithTrackingName(TrackingNames.Operations)
            .Combine(emitOptions);
        context.RegisterSourceOutput(operations, static (spc, pair) =>
        {
            if (pair.Right.LanguageSupported)
            {
                spc.AddSource(pair.Left.HintName, OperationEmitter.Emit(pair.Left.Operation, pair.Right));
            }
        });

        IncrementalValuesProvider<(ProductClient Left, EmitOptions Right)> clients = resolved
            .SelectMany(static (specs, _) => specs.Clients)
            .WithTrackingName(TrackingNames.Clients)
            .Combine(emitOptions);
        context.RegisterSourceOutput(clients, static (spc, pair) =>
        {
            if (!pair.Right.LanguageSupported)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticIds.LanguageVersion), Location.None, "SpecClient generates C# 8 code (nullable annotations); set <LangVersion>8.0</LangVersion> or later."));
                return;
            }

            spc.AddSource(HintNames.Of(pair.Left), ClientEmitter.Emit(pair.Left, pair.Right));
        });
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}

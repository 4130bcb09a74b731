using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator;

/// <summary>
/// The pipeline: spec files (ApiSpec items) → one <see cref="Operation"/> per page → pages grouped by product
/// and version → one client merged per group → C#. Every step's output is a value-equal record without compiler
/// objects, so an unchanged page is never read again and an edit to C# code re-runs no spec work.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpecClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. The spec files, with their ApiSpec metadata. One step (not Select, Where, Select): each step keeps a
        // table of every file, and an edit rebuilds each table.
        IncrementalValuesProvider<SpecFile> files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .SelectMany(static (pair, ct) => SpecInputs.Read(pair.Left, pair.Right, ct) is { } file ? ImmutableArray.Create(file) : ImmutableArray<SpecFile>.Empty)
            .WithTrackingName(TrackingNames.SpecFiles);

        // 2. Each page read on its own: markdown rows become parameters and fields.
        IncrementalValuesProvider<SpecReadResult> pages = files
            .Select(static (file, ct) => SpecReader.Read(file, ct))
            .WithTrackingName(TrackingNames.ReadPages);
        context.RegisterSourceOutput(pages, static (spc, page) => Report(spc, page.Diagnostics));

        // 3. Pages sorted into one group per product and version (the one step that sees every page, so it only
        // sorts), then each group merged into its client on its own: an edit merges its own client again, and
        // every other client stays the same object for the steps after it.
        IncrementalValueProvider<string?> rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => SpecInputs.RootNamespace(options));
        IncrementalValueProvider<ProductLayout> layout = pages.Collect()
            .Combine(rootNamespace)
            .Select(static (pair, _) => ProductGrouping.Group(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Layout);
        context.RegisterSourceOutput(layout.Select(static (l, _) => l.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));
        IncrementalValuesProvider<ResolvedClient> resolved = layout
            .SelectMany(static (l, _) => l.Groups)
            .Select(static (group, _) => ProductResolver.Resolve(group))
            .WithTrackingName(TrackingNames.Resolve);
        context.RegisterSourceOutput(resolved.Select(static (client, _) => client.Diagnostics), static (spc, diagnostics) => Report(spc, diagnostics));

        // Where a doc page and the metadata disagree (SPEC019): pair by pair, so an edit re-compares only its own pair.
        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> disagreements = resolved
            .SelectMany(static (client, _) => client.Merged)
            .Select(static (pair, _) => PageMetadataMerge.Differences(pair))
            .WithTrackingName(TrackingNames.Disagreements);
        context.RegisterSourceOutput(disagreements, static (spc, diagnostics) => Report(spc, diagnostics));

        // 4. C#: one file per operation and one per client, shaped by what the user's compiler supports.
        IncrementalValueProvider<EmitOptions> emitOptions = context.CompilationProvider
            .Select(static (compilation, _) => SpecInputs.EmitOptionsOf(compilation))
            .WithTrackingName(TrackingNames.EmitOptions);
        IncrementalValuesProvider<ProductClient> clients = resolved
            .Select(static (client, _) => client.Client)
            .WithTrackingName(TrackingNames.Clients);

        // The options join each client, not each operation: a step over every operation is a table rebuilt on each edit.
        IncrementalValuesProvider<(ProductClient Client, EmitOptions Options)> clientsToEmit = clients.Combine(emitOptions);
        IncrementalValuesProvider<(Operation Operation, string HintName, EmitOptions Options)> operations = clientsToEmit
            .SelectMany(static (pair, _) => HintNames.OfOperations(pair.Client).Select(operation => (operation.Operation, operation.HintName, pair.Options)))
            .WithTrackingName(TrackingNames.Operations);
        context.RegisterSourceOutput(operations, static (spc, operation) =>
        {
            if (operation.Options.LanguageSupported)
            {
                spc.AddSource(operation.HintName, OperationEmitter.EmitText(operation.Operation, operation.Options));
            }
        });

        context.RegisterSourceOutput(clientsToEmit, static (spc, pair) =>
        {
            if (!pair.Options.LanguageSupported)
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticIds.LanguageVersion), Location.None, "SpecClient generates C# 8 code (nullable annotations); set <LangVersion>8.0</LangVersion> or later."));
                return;
            }

            spc.AddSource(HintNames.Of(pair.Client), ClientEmitter.EmitText(pair.Client, pair.Options));
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

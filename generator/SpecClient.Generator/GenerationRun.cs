using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator;

/// <summary>
/// The generator's stages run in one go, outside the compiler: for the command-line tool. The incremental
/// pipeline in <see cref="SpecClientGenerator"/> calls the same stages one by one.
/// </summary>
internal sealed class GenerationRun
{
    private GenerationRun(
        IReadOnlyList<(SpecFile File, SpecReadResult Result)> pages,
        ImmutableArray<ProductClient> clients,
        IReadOnlyList<DiagnosticInfo> diagnostics,
        IReadOnlyList<(string HintName, string Source)> sources,
        IReadOnlyList<(string Path, Exception Error)> crashes)
    {
        Pages = pages;
        Clients = clients;
        Diagnostics = diagnostics;
        Sources = sources;
        Crashes = crashes;
    }

    public IReadOnlyList<(SpecFile File, SpecReadResult Result)> Pages { get; }

    public ImmutableArray<ProductClient> Clients { get; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }

    public IReadOnlyList<(string HintName, string Source)> Sources { get; }

    /// <summary>Exceptions that escaped a stage: each would have cost the user all generated output.</summary>
    public IReadOnlyList<(string Path, Exception Error)> Crashes { get; }

    public static GenerationRun Execute(IEnumerable<SpecFile> files, string rootNamespace, EmitOptions options, CancellationToken cancellationToken = default)
    {
        var pages = new List<(SpecFile, SpecReadResult)>();
        var diagnostics = new List<DiagnosticInfo>();
        var crashes = new List<(string, Exception)>();
        foreach (SpecFile file in files)
        {
            try
            {
                SpecReadResult result = SpecReader.Read(file, cancellationToken);
                pages.Add((file, result));
                diagnostics.AddRange(result.Diagnostics);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                crashes.Add((file.Path, error));
            }
        }

        ResolvedSpecs resolved = ProductResolver.Resolve(pages.Select(p => p.Item2).ToImmutableArray(), rootNamespace);
        ImmutableArray<ProductClient> clients = resolved.Clients.Items;
        diagnostics.AddRange(resolved.Diagnostics);
        foreach (MergedPair pair in resolved.Merged)
        {
            diagnostics.AddRange(PageMetadataMerge.Differences(pair));
        }
        var sources = new List<(string, string)>();
        foreach (ProductClient client in clients)
        {
            foreach ((Operation operation, string hintName) in HintNames.OfOperations(client))
            {
                try
                {
                    sources.Add((hintName, OperationEmitter.Emit(operation, options)));
                }
                catch (Exception error)
                {
                    crashes.Add((operation.SourcePath, error));
                }
            }

            try
            {
                sources.Add((HintNames.Of(client), ClientEmitter.Emit(client, options)));
            }
            catch (Exception error)
            {
                crashes.Add((client.Product, error));
            }
        }

        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            if (diagnostic.Id == SpecClient.Generator.Diagnostics.DiagnosticIds.InternalError)
            {
                crashes.Add((diagnostic.Location.FilePath, new InvalidOperationException(diagnostic.Message)));
            }
        }

        return new GenerationRun(pages, clients, diagnostics, sources, crashes);
    }
}

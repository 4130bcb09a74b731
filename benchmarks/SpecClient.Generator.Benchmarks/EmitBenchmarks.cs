using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Text;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Benchmarks;

/// <summary>
/// The stages of a whole-corpus run one by one, outside the driver: reading every page, sorting them into
/// products, merging each product, emitting every file, and wrapping each file in a SourceText as AddSource does.
/// Their sum against <see cref="GeneratorBenchmarks.WholeCorpus"/> is the driver's own share.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class EmitBenchmarks
{
    private static readonly EmitOptions Options = new(UseRequiredMembers: true, UseInit: true, LanguageSupported: true, UseClientFactory: true, UsePaginators: true);

    private SpecFile[] _files = null!;
    private ImmutableArray<SpecReadResult> _pages;
    private ProductLayout _layout = null!;
    private ProductClient[] _clients = null!;
    private string[] _sources = null!;

    [GlobalSetup]
    public void Setup()
    {
        _files = Corpus.Pages().Select(p => new SpecFile(p.Path, p.GetText()!.ToString(), SpecOptions.None)).ToArray();
        _pages = ReadAll();
        _layout = ProductGrouping.Group(_pages, "Bench");
        _clients = _layout.Groups.Select(g => ProductResolver.Resolve(g).Client).ToArray();
        _sources = EmitAll().Select(text => text.ToString()).ToArray();
        Console.WriteLine("// files: " + _sources.Length + ", operations: " + _clients.Sum(c => c.Operations.Count) + ", generated chars: " + _sources.Sum(s => (long)s.Length));
    }

    // Benchmarks return counts: the model types are internal to the generator.
    [Benchmark(Description = "read every page")]
    public int Read() => ReadAll().Length;

    [Benchmark(Description = "group pages into products")]
    public int Group() => ProductGrouping.Group(_pages, "Bench").Groups.Count;

    [Benchmark(Description = "merge every product")]
    public int Resolve()
    {
        int operations = 0;
        foreach (ProductGroup group in _layout.Groups)
        {
            operations += ProductResolver.Resolve(group).Client.Operations.Count;
        }

        return operations;
    }

    [Benchmark(Description = "emit every file")]
    public long Emit()
    {
        long chars = 0;
        foreach (SourceText source in EmitAll())
        {
            chars += source.Length;
        }

        return chars;
    }

    [Benchmark(Description = "SourceText of every file")]
    public int SourceTexts()
    {
        int lines = 0;
        foreach (string source in _sources)
        {
            lines += SourceText.From(source, Encoding.UTF8).Length;
        }

        return lines;
    }

    private ImmutableArray<SpecReadResult> ReadAll() => _files.Select(f => SpecReader.Read(f, default)).ToImmutableArray();

    // The texts the generator hands to AddSource.
    private IEnumerable<SourceText> EmitAll()
    {
        foreach (ProductClient client in _clients)
        {
            foreach ((Operation operation, string _) in HintNames.OfOperations(client))
            {
                yield return OperationEmitter.EmitText(operation, Options);
            }

            yield return ClientEmitter.EmitText(client, Options);
        }
    }
}

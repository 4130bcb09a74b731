using BenchmarkDotNet.Attributes;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Benchmarks;

/// <summary>
/// Reading alone, outside the driver: every markdown page of the corpus (md and md-zh) into its operation, and
/// every api-docs.json metadata file into its operations, as the pipeline's read step does (enum types included).
/// Divide by the page count (printed by GlobalSetup) for a per-page figure.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
public class ReadingBenchmarks
{
    private SpecFile[] _pages = null!;
    private SpecFile[] _metadata = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pages = Corpus.Pages().Select(p => Spec(p.Path, p.GetText()!.ToString())).ToArray();
        _metadata = Directory.EnumerateFiles(Corpus.Folder, "*.json", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => Spec(p, File.ReadAllText(p)))
            .ToArray();
        foreach (SpecFile file in _pages.Concat(_metadata))
        {
            // A page that fails to read (SPEC001) costs almost nothing and would be measured as fast.
            if (SpecReader.Read(file, default).Diagnostics.FirstOrDefault(d => d.Id == "SPEC001") is { } unread)
            {
                throw new InvalidOperationException("A page could not be read: " + unread.Message + " at " + file.Path);
            }
        }

        Console.WriteLine("// markdown pages: " + _pages.Length + ", metadata files: " + _metadata.Length);
    }

    [Benchmark(Description = "read every markdown page")]
    public int MarkdownPages() => ReadAll(_pages);

    [Benchmark(Description = "read every metadata file")]
    public int MetadataFiles() => ReadAll(_metadata);

    private static int ReadAll(SpecFile[] files)
    {
        int operations = 0;
        foreach (SpecFile file in files)
        {
            operations += SpecReader.Read(file, default).Operations.Count;
        }

        return operations;
    }

    private static SpecFile Spec(string path, string text) => new(path, text, new SpecOptions(null, null, null, null, null, null));
}

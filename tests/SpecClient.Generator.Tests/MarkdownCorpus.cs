using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Tests;

/// <summary>Every markdown page of ../shared/corpus (md and md-zh) read, merged and emitted as the generator does.</summary>
internal static class MarkdownCorpus
{
    public static GenerationRun Generate()
    {
        List<SpecFile> files = new[] { "md", "md-zh" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(EnumCorpusFiguresTests.Corpus, folder), "*.md", SearchOption.AllDirectories))
            .Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SpecFile(p, File.ReadAllText(p), SpecOptions.None))
            .ToList();
        return GenerationRun.Execute(files, "Corpus", EmitOptions.Modern);
    }
}

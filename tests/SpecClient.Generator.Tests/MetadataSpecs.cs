namespace SpecClient.Generator.Tests;

/// <summary>Where the shared corpus's api-docs.json files are (read in place, never copied).</summary>
internal static class MetadataSpecs
{
    public static string Folder => Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", "meta"));

    public static IReadOnlyList<string> Files => Directory.GetFiles(Folder, "*.api-docs.json").OrderBy(p => p, StringComparer.Ordinal).ToList();

    public static string File(string product) => Files.Single(f => Path.GetFileName(f).StartsWith(product + "_", StringComparison.Ordinal));
}

using System.Reflection;

namespace SpecClient.Generator.Tests;

/// <summary>Where the repository's specs and the shared corpus are, for tests that read them in place.</summary>
internal static class TestSpecs
{
    public static string RepoRoot { get; } = Path.GetFullPath(
        typeof(TestSpecs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!);

    public static string DomainFolder => Path.Combine(RepoRoot, "specs", "domain");

    public static string ElasticsearchFolder => Path.Combine(RepoRoot, "specs", "elasticsearch");

    public static string SeedPage => Path.Combine(DomainFolder, "ResendEmailVerification.md");

    public static string BaselineFolder => Path.Combine(RepoRoot, "tests", "SpecClient.Generator.Tests", "Baselines");

    public static IReadOnlyList<string> DomainPages => Directory.GetFiles(DomainFolder, "*.md").OrderBy(p => p, StringComparer.Ordinal).ToList();
}

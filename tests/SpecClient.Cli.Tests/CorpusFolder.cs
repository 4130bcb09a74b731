using System.Reflection;

namespace SpecClient.Cli.Tests;

/// <summary>../shared/corpus, found from the repository root the build records in the test assembly.</summary>
internal static class CorpusFolder
{
    public static readonly string Root = Path.GetFullPath(Path.Combine(
        typeof(CorpusFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!,
        "..", "shared", "corpus"));
}

using System.Reflection;

namespace SpecClient.Tests;

/// <summary>Where the repository and the read-only shared folder are, as recorded at build time.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepoRoot").Value!;

    public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The folder named by SIGNATURE_VECTORS_DIR, or shared/vectors.</summary>
    public static string VectorsDir =>
        Environment.GetEnvironmentVariable("SIGNATURE_VECTORS_DIR") is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.Combine(SharedDir, "vectors");
}

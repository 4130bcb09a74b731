using System.Reflection;

namespace SpecClient.Package.Tests;

/// <summary>
/// Packs runtime/SpecClient and runtime/SpecClient.Testing once per test class, into a fresh temporary folder,
/// at a unique prerelease version so no NuGet cache can serve an older build of the same version.
/// Build outputs go to an artifacts folder inside the temp folder (--artifacts-path), so packing neither reads
/// nor disturbs the bin/obj folders of people building in the same work tree.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    private readonly Lazy<Task<PackOutcome>> _outcome;

    public PackedPackages()
    {
        Temp = new TempDirectory("specclient-package-tests");
        RepoRoot = FindRepoRoot();
        // Ticks keep versions increasing and unique per run; a prerelease never shadows a real release.
        Version = "0.1.0-test." + DateTime.UtcNow.Ticks;
        _outcome = new Lazy<Task<PackOutcome>>(PackAsync);
    }

    internal TempDirectory Temp { get; }

    public string RepoRoot { get; }

    public string Version { get; }

    public string PackagesFolder => Temp.Combine("packages");

    /// <summary>Packs on first call; later calls get the same outcome.</summary>
    internal Task<PackOutcome> GetAsync() => _outcome.Value;

    private async Task<PackOutcome> PackAsync()
    {
        Directory.CreateDirectory(PackagesFolder);
        var results = new List<ProcessResult>();
        foreach (var project in new[] { "runtime/SpecClient/SpecClient.csproj", "runtime/SpecClient.Testing/SpecClient.Testing.csproj" })
        {
            var result = await ProcessRunner.DotNetAsync(
                RepoRoot,
                null,
                "pack", Path.Combine(RepoRoot, project),
                "-c", "Release",
                "-o", PackagesFolder,
                "--artifacts-path", Temp.Combine("artifacts"),
                "-p:Version=" + Version,
                "--disable-build-servers",
                "-nodeReuse:false");
            results.Add(result);
            if (!result.Succeeded)
            {
                break;
            }
        }

        return new PackOutcome(results);
    }

    private static string FindRepoRoot()
    {
        var fromBuild = typeof(PackedPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (!string.IsNullOrEmpty(fromBuild) && File.Exists(Path.Combine(fromBuild, "Generators.sln")))
        {
            return Path.GetFullPath(fromBuild);
        }

        // The metadata is baked in at build time; a moved checkout is found by walking up instead.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Generators.sln not found above " + AppContext.BaseDirectory + " nor at RepoRoot '" + fromBuild + "'.");
    }

    public void Dispose() => Temp.Dispose();
}

internal sealed record PackOutcome(IReadOnlyList<ProcessResult> Steps)
{
    public bool Succeeded => Steps.Count == 2 && Steps.All(s => s.Succeeded);

    public string Describe() => string.Join("\n\n", Steps.Select(s => s.Describe()));
}

using System.Reflection;

namespace SpecClient.Aot.Tests;

/// <summary>
/// Publishes samples/DomainSample with NativeAOT once for the test class, into a fresh temp folder: the
/// <c>--artifacts-path</c> there holds every project's bin and obj (restore output included), so the repo's own
/// bin/obj, which other test projects of the same <c>dotnet test</c> run use, are never touched.
/// </summary>
public sealed class NativeSample : IAsyncLifetime
{
    /// <summary>ILC and clang on 2 cores take a few minutes; a first restore of the ILCompiler package adds a couple.</summary>
    public static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);

    public NativeSample()
    {
        RepoRoot = typeof(NativeSample).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        Root = Path.Combine(Path.GetTempPath(), "specclient-aot-" + Guid.NewGuid().ToString("N")[..12]);
        PublishFolder = Path.Combine(Root, "publish");
    }

    public string RepoRoot { get; }

    /// <summary>The temp folder: <c>artifacts/</c> (bin, obj) and <c>publish/</c>.</summary>
    public string Root { get; }

    public string PublishFolder { get; }

    /// <summary>The native executable (no extension on Linux and macOS).</summary>
    public string Executable => Path.Combine(PublishFolder, OperatingSystem.IsWindows() ? "DomainSample.exe" : "DomainSample");

    public ProcessResult Publish { get; private set; } = null!;

    public static string RuntimeIdentifier =>
        (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" +
        System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        // The README's documented command, plus the isolated output folders. No -nodeReuse or build server may outlive it.
        Publish = await ProcessRunner.RunAsync(
            ProcessRunner.DotNet,
            [
                "publish", Path.Combine(RepoRoot, "samples", "DomainSample", "DomainSample.csproj"),
                "-c", "Release",
                "-r", RuntimeIdentifier,
                "-p:PublishAot=true",
                "--artifacts-path", Path.Combine(Root, "artifacts"),
                "-o", PublishFolder,
                "-nodeReuse:false",
                "-p:UseSharedCompilation=false",
            ],
            RepoRoot,
            environment: null,
            PublishTimeout);
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("SPECCLIENT_KEEP_TEMP") != "1")
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                try
                {
                    if (Directory.Exists(Root))
                    {
                        Directory.Delete(Root, recursive: true);
                    }

                    break;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A just-killed process may still hold a file for a moment.
                    Thread.Sleep(500);
                }
            }
        }

        return Task.CompletedTask;
    }
}

using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace SpecClient.Package.Tests;

/// <summary>
/// The user's journey from the packages: what `dotnet pack` puts in them, and a fresh app outside the repo that
/// restores them, generates a client from a doc page and calls the emulator. Slow (pack, restore, build): filter
/// with <c>--filter "Category!=Package"</c> to leave them out.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackageTests : IClassFixture<PackedPackages>
{
    private const string SampleRequestId = "0EA54E99-DB48-4CE3-A099-6ED8E451B8AC";

    private static readonly string[] DroppedGeneratorWarnings = ["CS8785", "CS9057", "CS8032"];

    private readonly PackedPackages _packages;
    private readonly ITestOutputHelper _output;

    public PackageTests(PackedPackages packages, ITestOutputHelper output)
    {
        _packages = packages;
        _output = output;
    }

    [Fact]
    public async Task Pack_SpecClientHoldsRuntimeGeneratorAndBuildFiles_AndShortDependencies()
    {
        var pack = await PackAsync();

        var nupkg = Path.Combine(_packages.PackagesFolder, $"SpecClient.{_packages.Version}.nupkg");
        Assert.True(File.Exists(nupkg), $"{nupkg} missing; the folder has: {string.Join(", ", Directory.GetFiles(_packages.PackagesFolder).Select(Path.GetFileName))}\n{pack.Describe()}");
        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var listing = "Package entries:\n  " + string.Join("\n  ", entries.Order(StringComparer.Ordinal));

        foreach (var required in new[]
        {
            "lib/netstandard2.0/SpecClient.dll",
            "lib/net8.0/SpecClient.dll",
            "analyzers/dotnet/cs/SpecClient.Generator.dll",
            "analyzers/dotnet/cs/Markdig.dll",
            "build/SpecClient.props",
            "build/SpecClient.targets",
            "buildTransitive/SpecClient.props",
            "buildTransitive/SpecClient.targets",
            "THIRD-PARTY-NOTICES.md",
        })
        {
            Assert.True(entries.Contains(required), $"'{required}' is not in the package.\n{listing}");
        }

        // PITFALLS 3: the compiler host provides these; a packed copy can clash with the host's.
        var forbidden = entries.Where(e =>
            Path.GetFileName(e) is "System.Memory.dll" or "System.Buffers.dll" or "System.Runtime.CompilerServices.Unsafe.dll" or "System.Text.Json.dll"
            || e.Contains("Unsafe", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(forbidden.Count == 0, $"Packed but must not be: {string.Join(", ", forbidden)}\n{listing}");

        // Exactly these assemblies: anything else is a dependency leaking into the package.
        var dlls = entries.Where(e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(
            dlls.SequenceEqual(new[]
            {
                "analyzers/dotnet/cs/Markdig.dll",
                "analyzers/dotnet/cs/SpecClient.Generator.dll",
                "lib/net8.0/SpecClient.dll",
                "lib/netstandard2.0/SpecClient.dll",
            }, StringComparer.Ordinal),
            $"Unexpected set of assemblies.\n{listing}");

        // The props/targets users get are the repo's, byte for byte.
        foreach (var file in new[] { "SpecClient.props", "SpecClient.targets" })
        {
            var expected = File.ReadAllText(Path.Combine(_packages.RepoRoot, "runtime", "SpecClient", "build", file));
            Assert.Equal(expected, ReadEntry(zip, "build/" + file));
            Assert.Equal(expected, ReadEntry(zip, "buildTransitive/" + file));
        }

        // PITFALLS 1: a generator built against a newer Roslyn than the user's compiler is dropped (CS9057).
        // And the generator must ask for the Markdig that sits next to it.
        var generatorReferences = AssemblyReferences(zip, "analyzers/dotnet/cs/SpecClient.Generator.dll");
        var roslyn = generatorReferences.Single(r => r.Name == "Microsoft.CodeAnalysis").Version;
        Assert.True(roslyn <= new Version(4, 8, 0, 0), $"The generator references Microsoft.CodeAnalysis {roslyn}; 4.8 at most keeps it loadable by VS 17.8 / .NET 8 SDK compilers.");
        var markdigWanted = generatorReferences.Single(r => r.Name == "Markdig").Version;
        var markdigPacked = AssemblyVersion(zip, "analyzers/dotnet/cs/Markdig.dll");
        Assert.True(markdigPacked >= markdigWanted, $"The generator wants Markdig {markdigWanted}, the package holds {markdigPacked}.");

        // Dependencies: ILogger's abstractions everywhere; for netstandard2.0 also System.Text.Json and DiagnosticSource
        // (ActivitySource, Meter), which net8.0 has in the box.
        var nuspec = XDocument.Parse(ReadEntry(zip, "SpecClient.nuspec"));
        var groups = DependencyGroups(nuspec);
        var summary = "nuspec dependencies: " + string.Join("; ", groups.Select(g => g.Key + ": [" + string.Join(", ", g.Value) + "]"));
        Assert.True(groups.Count == 2, summary);
        Assert.True(
            groups.TryGetValue(".NETStandard2.0", out var netstandard)
                && netstandard.Order(StringComparer.Ordinal).SequenceEqual(["Microsoft.Extensions.Logging.Abstractions", "System.Diagnostics.DiagnosticSource", "System.Text.Json"]),
            summary);
        Assert.True(groups.TryGetValue("net8.0", out var net8) && net8.SequenceEqual(["Microsoft.Extensions.Logging.Abstractions"]), summary);

        // SpecClient.Testing: the emulator for net8.0 on top of SpecClient at the same version and ASP.NET Core.
        var testingNupkg = Path.Combine(_packages.PackagesFolder, $"SpecClient.Testing.{_packages.Version}.nupkg");
        Assert.True(File.Exists(testingNupkg), $"{testingNupkg} missing.\n{pack.Describe()}");
        using var testingZip = ZipFile.OpenRead(testingNupkg);
        var testingEntries = testingZip.Entries.Select(e => e.FullName).ToList();
        var testingDlls = testingEntries.Where(e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.True(testingDlls.SequenceEqual(["lib/net8.0/SpecClient.Testing.dll"]), "SpecClient.Testing entries:\n  " + string.Join("\n  ", testingEntries));
        var testingNuspec = XDocument.Parse(ReadEntry(testingZip, "SpecClient.Testing.nuspec"));
        var testingGroups = DependencyGroups(testingNuspec);
        var testingSummary = "SpecClient.Testing nuspec:\n" + testingNuspec;
        Assert.True(testingGroups.Count == 1 && testingGroups.TryGetValue("net8.0", out var testingNet8) && testingNet8.SequenceEqual(["SpecClient"]), testingSummary);
        var specClientDependency = testingNuspec.Descendants().Single(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "SpecClient");
        Assert.Equal(_packages.Version, (string?)specClientDependency.Attribute("version"));
        Assert.Contains(testingNuspec.Descendants().Where(e => e.Name.LocalName == "frameworkReference"), e => (string?)e.Attribute("name") == "Microsoft.AspNetCore.App");
    }

    [Fact]
    public async Task Journey_FreshAppOutsideTheRepo_RestoresPackages_GeneratesClient_CallsEmulator()
    {
        await PackAsync();

        // Outside the repo (the system temp folder), fenced so nothing from above applies either.
        var root = _packages.Temp.Combine("journey");
        var app = Path.Combine(root, "JourneyApp");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");
        // No <clear/>: the machine's own sources (nuget.org) still serve everything else.
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="specclient-under-test" value="{_packages.PackagesFolder}" />
              </packageSources>
            </configuration>
            """);
        File.Copy(Path.Combine(_packages.RepoRoot, "specs", "domain", "ResendEmailVerification.md"), Path.Combine(app, "ResendEmailVerification.md"));
        File.WriteAllText(Path.Combine(app, "JourneyApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SpecClient" Version="{_packages.Version}" />
                <PackageReference Include="SpecClient.Testing" Version="{_packages.Version}" />
              </ItemGroup>
              <ItemGroup>
                <ApiSpec Include="ResendEmailVerification.md" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using JourneyApp.Domain;
            using SpecClient.Testing;

            await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Operations = DomainOperations.All });
            IDomainClient client = new DomainClient(emulator.CreateClientOptions());
            ResendEmailVerificationResponse response = await client.ResendEmailVerificationAsync(
                new ResendEmailVerificationRequest { Email = "test1@aliyun.com,test2@aliyun.com" });

            Console.WriteLine($"RequestId={response.RequestId}");
            Console.WriteLine($"FailList={response.FailList.Count}");
            Console.WriteLine($"FirstFailCode={response.FailList[0].Code}");
            var received = emulator.Requests.Single();
            Console.WriteLine($"Received={received.Action} {received.StatusCode} Email={received.GetParameter("Email")}");
            """);

        // An own package folder: the unique version already rules out stale packages; this also keeps the
        // machine's cache free of test builds.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = _packages.Temp.Combine("nuget-packages") };

        var build = await ProcessRunner.DotNetAsync(app, environment, "build", "JourneyApp.csproj", "-c", "Release", "--disable-build-servers", "-nodeReuse:false");
        Log("build", build);
        Assert.True(build.Succeeded, "dotnet build of the journey app failed.\n" + build.Describe());
        var buildText = build.StdOut + build.StdErr;
        foreach (var id in DroppedGeneratorWarnings)
        {
            Assert.False(buildText.Contains(id, StringComparison.Ordinal), $"{id}: the generator was not loaded or failed.\n{build.Describe()}");
        }

        var warnings = buildText.Split('\n').Where(l => l.Contains(": warning ", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count == 0, "The build warned:\n" + string.Join("\n", warnings) + "\n" + build.Describe());
        var restored = Path.Combine(_packages.Temp.Combine("nuget-packages"), "specclient", _packages.Version);
        Assert.True(Directory.Exists(restored), $"SpecClient {_packages.Version} was not restored into {restored}.\n{build.Describe()}");

        var run = await ProcessRunner.DotNetAsync(app, environment, "run", "--no-build", "-c", "Release", "--project", "JourneyApp.csproj");
        Log("run", run);
        Assert.True(run.Succeeded, "The journey app failed.\n" + run.Describe());
        var lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Contains("RequestId=" + SampleRequestId), "Expected the doc sample's RequestId.\n" + run.Describe());
        Assert.True(lines.Contains("FailList=2"), "Expected the sample's two FailList items.\n" + run.Describe());
        Assert.True(lines.Contains("FirstFailCode=SendTokenQuotaExceeded"), run.Describe());
        Assert.True(lines.Contains("Received=ResendEmailVerification 200 Email=test1@aliyun.com,test2@aliyun.com"), run.Describe());
    }

    private async Task<PackOutcome> PackAsync()
    {
        var clock = Stopwatch.StartNew();
        var outcome = await _packages.GetAsync();
        foreach (var step in outcome.Steps)
        {
            Log("pack", step);
        }

        _output.WriteLine($"(waited {clock.Elapsed.TotalSeconds:F1}s for the packages, version {_packages.Version})");
        Assert.True(outcome.Succeeded, "dotnet pack failed.\n" + outcome.Describe());
        return outcome;
    }

    private void Log(string what, ProcessResult result) =>
        _output.WriteLine($"{what}: {result.CommandLine} -> {(result.TimedOut ? "timed out" : "exit " + result.ExitCode)} in {result.Duration.TotalSeconds:F1}s");

    private static string ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"'{name}' is not in the package.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"'{name}' is not in the package.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<(string Name, Version Version)> AssemblyReferences(ZipArchive zip, string name)
    {
        using var pe = new PEReader(new MemoryStream(ReadBytes(zip, name)));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .Select(r => (metadata.GetString(r.Name), r.Version))
            .ToList();
    }

    private static Version AssemblyVersion(ZipArchive zip, string name)
    {
        using var pe = new PEReader(new MemoryStream(ReadBytes(zip, name)));
        return pe.GetMetadataReader().GetAssemblyDefinition().Version;
    }

    /// <summary>Target framework of each dependency group to the ids in it.</summary>
    private static Dictionary<string, List<string>> DependencyGroups(XDocument nuspec) =>
        nuspec.Descendants()
            .Where(e => e.Name.LocalName == "group" && e.Parent?.Name.LocalName == "dependencies")
            .ToDictionary(
                g => (string?)g.Attribute("targetFramework") ?? "",
                g => g.Elements().Where(d => d.Name.LocalName == "dependency").Select(d => (string?)d.Attribute("id") ?? "").ToList());
}

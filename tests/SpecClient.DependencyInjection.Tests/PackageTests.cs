using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using SpecClient.Package.Tests;

namespace SpecClient.DependencyInjection.Tests;

/// <summary>
/// What `dotnet pack` makes of the DI package: both targets, the README, and exactly its short list of
/// dependencies. Slow (a Release build into a temporary folder): <c>--filter "Category!=Package"</c> leaves it out.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackageTests
{
    private const string Id = "SpecClient.Extensions.DependencyInjection";

    [Fact]
    public async Task Pack_holds_both_targets_the_readme_and_only_the_Microsoft_Extensions_dependencies()
    {
        using var temp = new TempDirectory("specclient-di-package");
        string version = "0.1.0-test." + DateTime.UtcNow.Ticks;
        string repoRoot = RepoRoot();
        ProcessResult pack = await ProcessRunner.DotNetAsync(
            repoRoot,
            null,
            "pack", Path.Combine(repoRoot, "runtime", Id, Id + ".csproj"),
            "-c", "Release",
            "-o", temp.Combine("packages"),
            "--artifacts-path", temp.Combine("artifacts"),
            "-p:Version=" + version,
            "--disable-build-servers",
            "-nodeReuse:false");
        Assert.True(pack.Succeeded, pack.Describe());

        using ZipArchive zip = ZipFile.OpenRead(temp.Combine("packages", Id + "." + version + ".nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        string listing = "Package entries:\n  " + string.Join("\n  ", entries.Order(StringComparer.Ordinal));
        Assert.True(
            entries.Where(e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)
                .SequenceEqual(["lib/net8.0/" + Id + ".dll", "lib/netstandard2.0/" + Id + ".dll"]),
            listing);
        Assert.Contains("lib/net8.0/" + Id + ".xml", entries);
        Assert.Contains("README.md", entries);

        XDocument nuspec;
        using (var reader = new StreamReader(zip.GetEntry(Id + ".nuspec")!.Open()))
        {
            nuspec = XDocument.Parse(reader.ReadToEnd());
        }

        string summary = "nuspec:\n" + nuspec;
        Assert.True(Element(nuspec, "readme")?.Value == "README.md", summary);
        Assert.Contains("AddSpecClient", Element(nuspec, "description")?.Value ?? string.Empty);
        var groups = nuspec.Descendants().Where(e => e.Name.LocalName == "group").ToList();
        Assert.True(
            groups.Select(g => (string?)g.Attribute("targetFramework")).Order(StringComparer.Ordinal).SequenceEqual([".NETStandard2.0", "net8.0"]),
            summary);
        foreach (XElement group in groups)
        {
            var dependencies = group.Elements().Where(e => e.Name.LocalName == "dependency").ToDictionary(e => (string)e.Attribute("id")!);
            Assert.True(
                dependencies.Keys.Order(StringComparer.Ordinal).SequenceEqual(
                    ["Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.Http", "Microsoft.Extensions.Options", "SpecClient"]),
                summary);
            // The runtime at the same version, with its generator and build files: this package alone is enough.
            XElement specClient = dependencies["SpecClient"];
            Assert.Equal(version, (string?)specClient.Attribute("version"));
            Assert.True(specClient.Attribute("exclude") is null, summary);
            // The lowest Microsoft.Extensions line with keyed services, so .NET 8 apps are not pushed upward.
            Assert.All(dependencies.Values.Where(d => (string)d.Attribute("id")! != "SpecClient"), d => Assert.StartsWith("8.0.", (string)d.Attribute("version")!));
        }
    }

    private static XElement? Element(XDocument document, string name) =>
        document.Descendants().FirstOrDefault(e => e.Name.LocalName == name);

    private static string RepoRoot()
    {
        string? fromBuild = typeof(PackageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        for (var dir = new DirectoryInfo(fromBuild ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Generators.sln not found above " + (fromBuild ?? AppContext.BaseDirectory));
    }
}

using System.Text.RegularExpressions;

namespace SpecClient.Aot.Tests;

/// <summary>
/// Issue 3 part 10: the sample (generated DomainClient + runtime + the Kestrel emulator) publishes with NativeAOT
/// with no trim or AOT warning, and the native binary calls the emulator and prints the typed result.
/// Needs the platform linker NativeAOT uses (clang, or gcc) on PATH; the ILCompiler package restores from NuGet.
/// </summary>
[Trait("Category", "Aot")]
public sealed partial class NativeAotTests : IClassFixture<NativeSample>
{
    private const string RequestId = "0EA54E99-DB48-4CE3-A099-6ED8E451B8AC";

    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private readonly NativeSample _sample;

    public NativeAotTests(NativeSample sample) => _sample = sample;

    [Fact]
    public void Publish_succeeds_with_no_trim_or_aot_warning()
    {
        var publish = _sample.Publish;
        Assert.True(publish.Succeeded, "dotnet publish -p:PublishAot=true failed.\n" + publish.Describe());

        // Trim (IL2xxx) and AOT (IL3xxx) diagnostics from the analyzers, ILLink or ILC, warnings or errors alike.
        var log = publish.StdOut + publish.StdErr;
        var findings = TrimOrAotDiagnostic().Matches(log).Select(m => m.Value.Trim()).Distinct().ToList();
        Assert.True(findings.Count == 0, $"{findings.Count} trim/AOT diagnostic(s):\n  {string.Join("\n  ", findings)}\n{publish.Describe()}");

        // It really was the native compiler, not a framework-dependent publish that ignored the property.
        Assert.Contains("Generating native code", log);
    }

    [Fact]
    public void Publish_output_is_one_native_executable_not_managed_assemblies()
    {
        Assert.True(_sample.Publish.Succeeded, _sample.Publish.Describe());
        var listing = "publish folder: " + string.Join(", ", Directory.GetFiles(_sample.PublishFolder).Select(Path.GetFileName));
        Assert.True(File.Exists(_sample.Executable), _sample.Executable + " missing; " + listing);
        Assert.False(File.Exists(Path.Combine(_sample.PublishFolder, "DomainSample.dll")), "a managed DomainSample.dll was published; " + listing);
        Assert.Empty(Directory.GetFiles(_sample.PublishFolder, "*.dll"));

        if (OperatingSystem.IsLinux())
        {
            var magic = new byte[4];
            using (var file = File.OpenRead(_sample.Executable))
            {
                file.ReadExactly(magic);
            }

            Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, magic);
        }
    }

    [Theory]
    [InlineData("V3")]
    [InlineData("V1")]
    public async Task Native_binary_calls_the_emulator_and_prints_each_address_code_and_the_request_id(string signature)
    {
        Assert.True(_sample.Publish.Succeeded, "publish failed, nothing to run.\n" + _sample.Publish.Describe());

        string[] arguments = signature == "V1" ? ["--v1"] : [];
        var run = await ProcessRunner.RunAsync(_sample.Executable, arguments, _sample.PublishFolder, environment: null, RunTimeout);
        var details = run.Describe();

        Assert.False(run.TimedOut, "the native sample hung.\n" + details);
        Assert.True(run.ExitCode == 0, "the native sample failed.\n" + details);
        Assert.True(run.StdErr.Length == 0, "the native sample wrote to stderr.\n" + details);

        var output = run.StdOut;
        Assert.Matches(@"Local emulator at http://127\.0\.0\.1:\d+/", output);
        Assert.True(output.Contains($"ResendEmailVerification for test1@aliyun.com,test2@aliyun.com, signature {signature}", StringComparison.Ordinal), details);
        Assert.True(output.Contains("Failed (2):", StringComparison.Ordinal), details);
        Assert.True(output.Contains("  test1@aliyun.com: SendTokenQuotaExceeded - The maximum number of attempts allowed to send the email verification link is exceeded.", StringComparison.Ordinal), details);
        Assert.True(output.Contains("  test2@aliyun.com: ParameterIllegall - Parameter error", StringComparison.Ordinal), details);
        Assert.True(output.Contains("Succeeded (0):", StringComparison.Ordinal), details);
        Assert.True(output.Contains("RequestId: " + RequestId, StringComparison.Ordinal), details);
    }

    // "warning IL2026: ...", "error IL3050: ...": the code with its severity, wherever the line came from.
    [GeneratedRegex(@"\b(?:warning|error)\s+IL[23]\d{3}\b[^\r\n]*")]
    private static partial Regex TrimOrAotDiagnostic();
}

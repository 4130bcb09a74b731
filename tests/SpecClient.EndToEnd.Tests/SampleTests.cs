using System.Diagnostics;
using System.Reflection;

namespace SpecClient.EndToEnd.Tests;

/// <summary>The README's main command: the sample against the in-process emulator prints the typed result.</summary>
public sealed class SampleTests
{
    [Fact]
    public async Task The_sample_prints_each_address_with_its_code_and_the_request_id()
    {
        // The sample is built with this project (a build-only ProjectReference), in the same configuration.
        string testOutput = Path.GetDirectoryName(typeof(SampleTests).Assembly.Location)!;
        string configuration = new DirectoryInfo(testOutput).Parent!.Name;
        string repoRoot = typeof(SampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        string sample = Path.Combine(repoRoot, "samples", "DomainSample", "bin", configuration, "net10.0", "DomainSample.dll");
        Assert.True(File.Exists(sample), "sample not built at " + sample);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(sample);
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        string output = await stdout;
        Assert.True(process.ExitCode == 0, output + await stderr);
        Assert.Contains("test1@aliyun.com: SendTokenQuotaExceeded - The maximum number of attempts allowed to send the email verification link is exceeded.", output);
        Assert.Contains("test2@aliyun.com: ParameterIllegall - Parameter error", output);
        Assert.Contains("Succeeded (0):", output);
        Assert.Contains("RequestId: 0EA54E99-DB48-4CE3-A099-6ED8E451B8AC", output);
    }
}

using BenchmarkDotNet.Running;

namespace SpecClient.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/SpecClient.Benchmarks -- --filter '*' [--job short]</c>;
/// see benchmarks/README.md.
/// </summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace SpecClient.Generator.Benchmarks;

/// <summary>
/// The generator measured twice: with BenchmarkDotNet's full blocking collections around every iteration
/// (<c>forced-gc</c>, its default), and with the collector left to itself (<c>natural-gc</c>), as in the compiler
/// server, which never forces a collection between builds.
/// </summary>
/// <remarks>
/// Both are reported because they differ by more than the generator's own work. After a forced full collection the
/// server collector gives memory back to the system and takes it again during the next run: one to four thousand
/// page faults per run (the `gc --forced` mode counts them), and on this VM a fresh page costs about 15 µs (the
/// `faults` mode), so 15-60 ms of a 130 ms run. Left to itself the collector keeps that memory, and a warm run
/// faults about a hundred pages.
/// </remarks>
public sealed class GcModes : ManualConfig
{
    public GcModes()
    {
        AddJob(Job.Default.WithGcForce(true).WithId("forced-gc"));
        AddJob(Job.Default.WithGcForce(false).WithId("natural-gc"));
    }
}

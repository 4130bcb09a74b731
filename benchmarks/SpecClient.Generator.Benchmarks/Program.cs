using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "cpu")
{
    SpecClient.Generator.Benchmarks.CpuTimes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}

if (args.Length > 0 && args[0] == "gc")
{
    SpecClient.Generator.Benchmarks.GcCosts.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30, forced: args.Contains("--forced"));
    return;
}

if (args.Length > 0 && args[0] == "alloc")
{
    SpecClient.Generator.Benchmarks.AllocationTypes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
    return;
}

if (args.Length > 0 && args[0] == "outline")
{
    SpecClient.Generator.Benchmarks.OutlineTimes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

if (args.Length > 0 && args[0] == "first")
{
    SpecClient.Generator.Benchmarks.FirstRunTimes.Run(roslynWarm: args.Contains("--roslyn-warm"));
    return;
}

if (args.Length > 0 && args[0] == "faults")
{
    SpecClient.Generator.Benchmarks.PageFaultCost.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SpecClient.Generator.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);

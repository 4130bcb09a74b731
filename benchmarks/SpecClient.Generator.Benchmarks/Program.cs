using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SpecClient.Generator.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);

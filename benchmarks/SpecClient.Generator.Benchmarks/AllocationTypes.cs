using System.Diagnostics.Tracing;

namespace SpecClient.Generator.Benchmarks;

/// <summary>
/// `-- alloc [runs]`: which types a whole-corpus run allocates, from the runtime's allocation sampling (an event per
/// about 100 KB allocated, naming the type that crossed the mark), as MB per run. On this VM every allocated byte is
/// also zeroed by the collector and often page-faulted in, so bytes allocated cost time twice.
/// </summary>
public static class AllocationTypes
{
    public static void Run(int runs)
    {
        var driver = new GeneratorBenchmarks();
        driver.Setup();
        for (int i = 0; i < 3; i++)
        {
            driver.WholeCorpus();
        }

        using var listener = new Sampler();
        for (int i = 0; i < runs; i++)
        {
            driver.WholeCorpus();
        }

        listener.Dispose();
        double total = listener.Bytes.Values.Sum() / 1e6 / runs;
        Console.WriteLine(FormattableString.Invariant($"sampled: {total:F1} MB per run"));
        foreach ((string type, long bytes) in listener.Bytes.OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine(FormattableString.Invariant($"{bytes / 1e6 / runs,8:F2} MB  {type}"));
        }
    }

    private sealed class Sampler : EventListener
    {
        public readonly Dictionary<string, long> Bytes = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
            {
                return;
            }

            int typeIndex = e.PayloadNames!.IndexOf("TypeName");
            int amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
            if (typeIndex < 0 || amountIndex < 0)
            {
                return;
            }

            string type = e.Payload[typeIndex] as string ?? "?";
            long amount = Convert.ToInt64(e.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture);
            lock (Bytes)
            {
                Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}

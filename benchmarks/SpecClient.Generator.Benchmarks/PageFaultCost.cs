using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SpecClient.Generator.Benchmarks;

/// <summary>
/// `-- faults`: what it costs to touch memory the process has just been given (a page fault, the kernel zeroing and
/// mapping a page), against writing memory already mapped. The collector's giving memory back and taking it again
/// is paid at the first rate, so this number turns the page-fault counts of the `gc` mode into milliseconds.
/// </summary>
public static class PageFaultCost
{
    private const int Page = 4096;

    public static unsafe void Run(int rounds)
    {
        const nuint size = 256u << 20;
        for (int round = 0; round < rounds; round++)
        {
            // A block this large comes straight from mmap: none of its pages is mapped until written.
            byte* block = (byte*)NativeMemory.Alloc(size);
            var watch = Stopwatch.StartNew();
            for (nuint offset = 0; offset < size; offset += Page)
            {
                block[offset] = 1;
            }

            double fresh = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            new Span<byte>(block, (int)size).Clear();
            double mapped = watch.Elapsed.TotalMilliseconds;
            NativeMemory.Free(block);
            double pages = size / (double)Page;
            Console.WriteLine(FormattableString.Invariant(
                $"fresh page: {fresh * 1000 / pages:F2} us each ({fresh / 256:F2} ms per MB); zeroing mapped memory: {mapped * 1000 / pages:F2} us per page ({mapped / 256:F3} ms per MB)"));
        }
    }
}

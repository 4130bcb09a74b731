using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Benchmarks;

/// <summary>
/// `-- outline [runs]`: the main thread's CPU time of reading every corpus page's outline (Markdig's block parse) and of
/// scanning every page's tables (whole pages), fastest and median, the two interleaved run by run so that the machine's
/// load falls on both alike. Reading's page-level steps, apart from what the rows make of the cells.
/// </summary>
public static class OutlineTimes
{
    public static void Run(int runs)
    {
        List<(string Text, LineIndex Lines)> pages = Corpus.Pages().Select(p => (p.GetText()!.ToString(), new LineIndex(p.Path, p.GetText()!.ToString()))).ToList();
        List<PageOutline> outlines = pages.Select(p => PageOutline.Parse(p.Text, p.Lines)).ToList();
        var variants = new (string Name, Action Action)[]
        {
            ("outline (Markdig's block parse)", () => pages.ForEach(p => PageOutline.Parse(p.Text, p.Lines))),
            // Each page disposed after its scan, as the reader does: its table store goes to the next page (TableStore).
            ("table scan, whole pages", () => outlines.ForEach(o =>
            {
                TableScanner.Scan(o, 0, o.LineCount);
                o.Dispose();
            })),
        };
        var times = variants.Select(_ => new List<double>()).ToList();
        for (int i = 0; i < runs + 3; i++)
        {
            for (int v = 0; v < variants.Length; v++)
            {
                double start = CpuTimes.ThreadCpuMs();
                variants[v].Action();
                if (i >= 3)
                {
                    times[v].Add(CpuTimes.ThreadCpuMs() - start);
                }
            }
        }

        for (int v = 0; v < variants.Length; v++)
        {
            times[v].Sort();
            Console.WriteLine(FormattableString.Invariant($"{variants[v].Name} ({pages.Count} pages): main-thread CPU fastest {times[v][0]:F2} ms, median {times[v][runs / 2]:F2} ms ({runs} runs)"));
        }
    }
}

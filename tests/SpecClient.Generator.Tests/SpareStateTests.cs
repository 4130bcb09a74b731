using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The readers keep spare lists, groups, tree nodes and a text table per thread from page to page (RowReader's rows,
/// RequestParameterBuilder's groups, ResponseTreeBuilder's collections, SharedText): nothing of one page may show in
/// the next. Every corpus page is read after a different page in each order, each order on a thread of its own.
/// </summary>
public sealed class SpareStateTests
{
    [Fact]
    public void Every_corpus_page_reads_the_same_whichever_page_came_before_it()
    {
        List<SpecFile> files = EnumCorpusFiguresTests.CorpusFiles()
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal))
            .Select(p => new SpecFile(p, File.ReadAllText(p), SpecOptions.None))
            .ToList();

        SpecReadResult[] forward = ReadOnThread(files);
        var backwards = new List<SpecFile>(files);
        backwards.Reverse();
        SpecReadResult[] reversed = ReadOnThread(backwards);
        Array.Reverse(reversed);

        int parameters = 0;
        for (int i = 0; i < files.Count; i++)
        {
            Assert.Equal(forward[i], reversed[i]);
            parameters += forward[i].Operations.Sum(o => o.Parameters.Count);
        }

        Assert.True(files.Count > 1000, files.Count + " pages");
        Assert.True(parameters > 5_000, parameters + " parameters");
    }

    private static SpecReadResult[] ReadOnThread(List<SpecFile> files)
    {
        var results = new SpecReadResult[files.Count];
        var thread = new Thread(() =>
        {
            for (int i = 0; i < files.Count; i++)
            {
                results[i] = MarkdownSpecReader.Read(files[i], CancellationToken.None);
            }
        });
        thread.Start();
        thread.Join();
        return results;
    }
}

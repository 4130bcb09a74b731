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

        var random = new Random(4);
        foreach (var row in rows.Where(r => r.Enum is not null).OrderBy(_ => random.Next()).Take(40))
        {
            output.WriteLine(Path.GetFileName(row.File) + " " + row.Name + " " + row.Enum + ": " + string.Join(" | ", row.Doc.Values.Select(v => v.Value)) + (row.Doc.DefaultValue is null ? string.Empty : " default " + row.Doc.DefaultValue));
        }

        foreach (var row in rows.Where(r => r.Doc.Range is not null).OrderBy(_ => random.Next()).Take(10))
        {
            output.WriteLine(Path.GetFileName(row.File) + " " + row.Name + " range " + row.Doc.Range);
        }

        var enums = rows.Where(r => r.Enum is not null).ToList();
        Assert.True(enums.Count(r => Group(r.File) == "md") >= 850, "markdown enums: " + enums.Count(r => Group(r.File) == "md"));
        Assert.True(enums.Count(r => Group(r.File) == "meta") >= 950, "metadata enums: " + enums.Count(r => Group(r.File) == "meta"));
        Assert.All(enums, r =>
        {
            Assert.True(r.Doc.Values.Count >= 2, r.Name);
            Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(r.Enum), r.Enum);
            foreach (DocValue value in r.Doc.Values)
            {
                Assert.True(SyntaxFactsValid(Identifier.Pascal(value.Value)), r.Name + ": " + value.Value);
                if (Group(r.File) == "md")
                {
                    // Prose values are single ASCII tokens, never a sentence fragment (metadata enum arrays are data: "IS" is a value there).
                    Assert.DoesNotContain(value.Value.ToLowerInvariant(), SentenceWords);
                    Assert.True(EnumValues.IsToken(value.Value, asciiOnly: true), r.Name + ": '" + value.Value + "'");
                }
            }
        });
    }

    // Words that would show a sentence cut into values ("If ..., set ... to ...").
    private static readonly string[] SentenceWords = { "the", "a", "an", "if", "is", "are", "to", "of", "and", "or", "set", "value", "values", "default", "note", "example", "this", "that", "you", "for" };

    private static bool SyntaxFactsValid(string name) => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name.TrimStart('@'));

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

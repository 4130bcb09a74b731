using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The generator hands its files to the compiler as <see cref="NarrowSourceText"/> (one byte per ASCII character,
/// the others beside): every way the compiler reads a text must give what the string text
/// <c>AddSource(string, string)</c> makes would give.
/// </summary>
public sealed class NarrowSourceTextTests
{
    private static readonly string EnglishPages = Path.Combine(EnumCorpusFiguresTests.Corpus, "md", "domain");

    private static readonly string ChinesePages = Path.Combine(EnumCorpusFiguresTests.Corpus, "md-zh", "domain");

    [Fact]
    public void An_ascii_file_reads_as_the_string_text_of_the_same_characters()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(TestSpecs.SeedPage) });
        GeneratedSourceResult file = run.Result.Results.Single().GeneratedSources.Single(s => s.HintName == "Tests.Domain.ResendEmailVerification.g.cs");
        NarrowSourceText narrow = Assert.IsType<NarrowSourceText>(file.SourceText);
        Assert.True(narrow.IsAscii);

        AssertSameText(SourceText.From(Strings(TestSpecs.SeedPage)[file.HintName], Encoding.UTF8), narrow);
    }

    [Fact]
    public void A_file_of_a_chinese_page_reads_as_the_string_text_of_the_same_characters()
    {
        string page = Path.Combine(ChinesePages, "CheckDomain.md");
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(page) });
        GeneratedSourceResult file = run.Result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".CheckDomain.g.cs", StringComparison.Ordinal));
        NarrowSourceText narrow = Assert.IsType<NarrowSourceText>(file.SourceText);
        Assert.False(narrow.IsAscii);

        AssertSameText(SourceText.From(Strings(page)[file.HintName], Encoding.UTF8), narrow);
    }

    [Fact]
    public void Texts_of_any_length_and_any_characters_read_the_same()
    {
        string edges = new string('y', 5000) + "\r" + new string('z', 3000);
        foreach (int wide in new[] { 0, 1, 1022, 1023, 1024, 1025, 4095, 4096, 4097, edges.Length - 1 })
        {
            // A wide character at each edge of the compiler's 1,024- and 4,096-character buffers.
            string text = edges.Substring(0, wide) + "\u4e2d" + edges.Substring(wide + 1);
            AssertSameText(SourceText.From(text, Encoding.UTF8), Narrow(text));
        }

        // Surrogate pairs, a no-break space, a line separator (U+2028, a line break to the compiler) and Latin-1.
        foreach (string text in new[] { string.Empty, "x", "\n", "a\r\nb\rc\n", "line\n\n\tindented\n", edges, "\u00e9", "// caf\u00e9\u00a0\n\ud83d\ude00;\u2028x\n\u4e2d\u6587" })
        {
            AssertSameText(SourceText.From(text, Encoding.UTF8), Narrow(text));

            // With enough ASCII around them, the other characters are runs of a narrow text.
            string padded = new string('x', 100) + text + new string('x', 100);
            AssertSameText(SourceText.From(padded, Encoding.UTF8), Assert.IsType<NarrowSourceText>(Narrow(padded)));
        }
    }

    [Fact]
    public void Text_of_other_characters_is_kept_by_runs_or_as_a_string_when_that_takes_less()
    {
        // A run of 40 Chinese characters, then ASCII: two bytes each beside the bytes, in one run.
        string phrase = "// " + new string('\u4e2d', 40) + "\n";
        string code = phrase + new string('x', 400);
        NarrowSourceText runs = Assert.IsType<NarrowSourceText>(Narrow(code));
        AssertSameText(SourceText.From(code, Encoding.UTF8), runs);

        // Mostly Chinese, or single characters between ASCII ones (eight bytes a run): the string takes less.
        foreach (string text in new[] { phrase, "// " + string.Concat(Enumerable.Repeat("\u4e2dx", 200)) })
        {
            SourceText dense = Narrow(text);
            Assert.IsNotType<NarrowSourceText>(dense);
            Assert.Equal(text, dense.ToString());
            Assert.Same(Encoding.UTF8, dense.Encoding);
        }

        var writer = new SourceWriter();
        writer.Line("// ascii, then one no-break space:\u00a0");
        writer.Line(new string('x', 100));
        NarrowSourceText sparse = Assert.IsType<NarrowSourceText>(writer.CompleteText());
        Assert.False(sparse.IsAscii);
        Assert.Equal("// ascii, then one no-break space:\u00a0\n" + new string('x', 100) + "\n", sparse.ToString());
    }

    [Fact]
    public void A_buffer_reused_after_a_file_of_many_runs_gives_each_file_its_own_runs()
    {
        // The runs are gathered in arrays the buffer keeps from file to file (grown past their first size here: 300
        // runs, 600 characters): a later file with fewer runs, or none, must not see the earlier file's.
        string many = string.Concat(Enumerable.Range(0, 300).Select(i => "\u00e9\u4e2d" + new string('x', 40)));
        string few = new string('y', 200) + "\u00a0" + new string('z', 200) + "\u6587\u6587" + new string('w', 100);
        string none = new string('v', 300);
        var buffer = new TextBuffer(16);
        foreach (string text in new[] { many, few, none, many, few })
        {
            buffer.Clear();
            SourceText narrow = buffer.Append(text).ToSourceText();
            AssertSameText(SourceText.From(text, Encoding.UTF8), Assert.IsType<NarrowSourceText>(narrow));
        }
    }

    [Fact]
    public void The_generator_gives_the_characters_the_string_emitters_give()
    {
        foreach (string path in Directory.GetFiles(EnglishPages, "*.md").OrderBy(p => p, StringComparer.Ordinal).Take(12))
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(path) });
            IReadOnlyDictionary<string, string> strings = Strings(path);
            Assert.Equal(strings.Keys.Order(StringComparer.Ordinal), run.Sources.Keys.Order(StringComparer.Ordinal));
            foreach (GeneratedSourceResult file in run.Result.Results.Single().GeneratedSources)
            {
                Assert.Equal(strings[file.HintName], file.SourceText.ToString());
                Assert.Equal(strings[file.HintName], new string(Enumerable.Range(0, file.SourceText.Length).Select(i => file.SourceText[i]).ToArray()));
            }
        }
    }

    [Fact]
    public void Every_file_of_the_corpus_is_the_same_as_text_and_as_string()
    {
        // Markdown pages and metadata together, as the command-line tool generates them.
        List<SpecFile> files = new[] { "md", "md-zh", "meta" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(EnumCorpusFiguresTests.Corpus, folder), "*", SearchOption.AllDirectories))
            .Where(p => p.EndsWith(".api-docs.json", StringComparison.Ordinal) || (p.EndsWith(".md", StringComparison.Ordinal) && !p.EndsWith("README.md", StringComparison.Ordinal)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SpecFile(p, File.ReadAllText(p), SpecOptions.None))
            .ToList();
        GenerationRun run = GenerationRun.Execute(files, "Corpus", EmitOptions.Modern);
        int ascii = 0;
        int wide = 0;
        int strings = 0;
        foreach (ProductClient client in run.Clients)
        {
            foreach ((Operation operation, string _) in HintNames.OfOperations(client))
            {
                Count(OperationEmitter.Emit(operation, EmitOptions.Modern), OperationEmitter.EmitText(operation, EmitOptions.Modern));
            }

            Count(ClientEmitter.Emit(client, EmitOptions.Modern), ClientEmitter.EmitText(client, EmitOptions.Modern));
        }

        // ASCII files; files with runs of other characters (doc text in Chinese, a curly quote, a no-break space);
        // and files whose Chinese doc text outweighs their code, kept as strings.
        Assert.Equal((646, 837, 1), (ascii, wide, strings));

        void Count(string expected, SourceText text)
        {
            Assert.Equal(expected, text.ToString());
            Assert.Same(Encoding.UTF8, text.Encoding);
            if (text is NarrowSourceText narrow)
            {
                Assert.Equal(narrow.IsAscii, !expected.Any(c => c >= 0x80));
                _ = narrow.IsAscii ? ascii++ : wide++;
            }
            else
            {
                strings++;
            }
        }
    }

    [Theory]
    [InlineData("md")]
    [InlineData("md-zh")]
    public void Generated_code_compiles_to_the_same_assembly_and_pdb_from_either_text(string folder)
    {
        // A whole product: its client and every operation.
        AdditionalText[] pages = Directory.GetFiles(Path.Combine(EnumCorpusFiguresTests.Corpus, folder, "domain"), "*.md").OrderBy(p => p, StringComparer.Ordinal).Select(GeneratorHarness.Spec).ToArray();
        GeneratorRun run = GeneratorHarness.Run(pages);
        Assert.Equal(run.Result.GeneratedTrees.Length, run.Result.GeneratedTrees.Count(t => t.GetText() is NarrowSourceText));
        Assert.True(run.Result.GeneratedTrees.Length > 15);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));

        // The same compilation with each generated tree parsed again from a string text of its characters.
        Compilation strings = run.Output;
        foreach (SyntaxTree tree in run.Result.GeneratedTrees)
        {
            SyntaxTree reparsed = CSharpSyntaxTree.ParseText(SourceText.From(tree.GetText().ToString(), Encoding.UTF8), (CSharpParseOptions)tree.Options, tree.FilePath);
            strings = strings.ReplaceSyntaxTree(tree, reparsed);
        }

        Assert.Empty(strings.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        (byte[] pe, byte[] pdb) = Emit(run.Output);
        (byte[] expectedPe, byte[] expectedPdb) = Emit(strings);
        Assert.Equal(expectedPe, pe);
        Assert.Equal(expectedPdb, pdb);
    }

    // Deterministic, with a portable PDB that holds each file's checksum and, as the compiler does for generated
    // files, its embedded text.
    private static (byte[] Pe, byte[] Pdb) Emit(Compilation compilation)
    {
        compilation = compilation.WithOptions(compilation.Options.WithDeterministic(true));
        var pe = new MemoryStream();
        var pdb = new MemoryStream();
        var options = new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb, pdbFilePath: "Generated.pdb");
        IEnumerable<EmbeddedText> embedded = compilation.SyntaxTrees.Where(t => t.FilePath.Length != 0).Select(t => EmbeddedText.FromSource(t.FilePath, t.GetText()));
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(pe, pdb, options: options, embeddedTexts: embedded);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return (pe.ToArray(), pdb.ToArray());
    }

    private static SourceText Narrow(string text) => new TextBuffer(16).Append(text).ToSourceText();

    // The string path of the same emitters (the command-line tool's), by hint name.
    private static IReadOnlyDictionary<string, string> Strings(string page) =>
        GenerationRun.Execute(new[] { new SpecFile(page, File.ReadAllText(page), SpecOptions.None) }, "Tests", EmitOptions.Modern with { UseClientFactory = true })
            .Sources.ToDictionary(s => s.HintName, s => s.Source);

    private static void AssertSameText(SourceText expected, SourceText actual)
    {
        string all = expected.ToString();
        Assert.Equal(all, actual.ToString());
        Assert.Equal(expected.Length, actual.Length);
        Assert.Same(expected.Encoding, actual.Encoding);
        Assert.Equal(expected.ChecksumAlgorithm, actual.ChecksumAlgorithm);
        for (int i = 0; i < all.Length; i++)
        {
            Assert.Equal(all[i], actual[i]);
        }

        // CopyTo in pieces of every size that matters: one character, the compiler's pooled buffers (1,024 and
        // 4,096 characters, read by Lines, ContentEquals and the checksum stream) and odd sizes across their edges.
        foreach (int piece in new[] { 1, 7, 1023, 1024, 1025, 4096, 4097, Math.Max(1, all.Length) })
        {
            for (int start = 0; start < all.Length; start += piece)
            {
                int count = Math.Min(piece, all.Length - start);
                var buffer = new char[count + 3];
                actual.CopyTo(start, buffer, 2, count);
                Assert.Equal(all.Substring(start, count), new string(buffer, 2, count));
                Assert.Equal(all.Substring(start, count), actual.ToString(new TextSpan(start, count)));
                Assert.Equal(all.Substring(start, count), actual.GetSubText(new TextSpan(start, count)).ToString());
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => actual.ToString(new TextSpan(0, all.Length + 1)));

        Assert.Equal(expected.Lines.Count, actual.Lines.Count);
        for (int i = 0; i < expected.Lines.Count; i++)
        {
            Assert.Equal(expected.Lines[i].SpanIncludingLineBreak, actual.Lines[i].SpanIncludingLineBreak);
            Assert.Equal(expected.Lines[i].Span, actual.Lines[i].Span);
            Assert.Equal(expected.Lines[i].ToString(), actual.Lines[i].ToString());
        }

        Assert.Equal<byte>(expected.GetChecksum(), actual.GetChecksum());
        Assert.Equal<byte>(expected.GetContentHash(), actual.GetContentHash());
        Assert.True(actual.ContentEquals(expected));
        Assert.True(expected.ContentEquals(actual));
        Assert.False(actual.ContentEquals(SourceText.From(all + " ", Encoding.UTF8)));
        if (all.Length > 0)
        {
            Assert.False(actual.ContentEquals(SourceText.From("#" + all.Substring(1), Encoding.UTF8)));
        }

        var written = new StringWriter();
        actual.Write(written);
        Assert.Equal(all, written.ToString());
    }
}

using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The generator hands ASCII files to the compiler as <see cref="AsciiSourceText"/> (one byte per character): every
/// way the compiler reads a text must give what the string text <c>AddSource(string, string)</c> makes would give.
/// </summary>
public sealed class AsciiSourceTextTests
{
    private static readonly string EnglishPages = Path.Combine(EnumCorpusFiguresTests.Corpus, "md", "domain");

    private static readonly string ChinesePages = Path.Combine(EnumCorpusFiguresTests.Corpus, "md-zh", "domain");

    [Fact]
    public void An_ascii_file_reads_as_the_string_text_of_the_same_characters()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(TestSpecs.SeedPage) });
        GeneratedSourceResult file = run.Result.Results.Single().GeneratedSources.Single(s => s.HintName == "Tests.Domain.ResendEmailVerification.g.cs");
        SourceText ascii = Assert.IsType<AsciiSourceText>(file.SourceText);
        SourceText expected = SourceText.From(Strings(TestSpecs.SeedPage)[file.HintName], Encoding.UTF8);

        AssertSameText(expected, ascii);
    }

    [Fact]
    public void Texts_of_any_length_read_the_same_including_empty_and_one_character()
    {
        foreach (string text in new[] { string.Empty, "x", "\n", "a\r\nb\rc\n", "line\n\n\tindented\n", new string('y', 5000) + "\r" + new string('z', 3000) })
        {
            AssertSameText(SourceText.From(text, Encoding.UTF8), new AsciiSourceText(Encoding.ASCII.GetBytes(text)));
        }
    }

    [Fact]
    public void A_file_with_any_other_character_stays_a_string()
    {
        // A Chinese page, and an English page whose sample holds one no-break space (U+00A0).
        string chinese = Path.Combine(ChinesePages, "CheckDomain.md");
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(chinese) });
        GeneratedSourceResult file = run.Result.Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith(".CheckDomain.g.cs", StringComparison.Ordinal));

        Assert.IsNotType<AsciiSourceText>(file.SourceText);
        Assert.Contains(file.SourceText.ToString(), c => c >= 0x80);
        Assert.Same(Encoding.UTF8, file.SourceText.Encoding);

        var writer = new SourceWriter();
        writer.Line("// ascii, then one no-break space:\u00a0");
        SourceText text = writer.CompleteText();
        Assert.IsNotType<AsciiSourceText>(text);
        Assert.Equal("// ascii, then one no-break space:\u00a0\n", text.ToString());
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
    public void Every_file_of_the_corpus_is_the_same_as_text_and_as_string_and_ascii_files_take_a_byte_per_character()
    {
        GenerationRun run = MarkdownCorpus.Generate();
        int ascii = 0;
        int other = 0;
        foreach (ProductClient client in run.Clients)
        {
            foreach ((Operation operation, string _) in HintNames.OfOperations(client))
            {
                Count(OperationEmitter.Emit(operation, EmitOptions.Modern), OperationEmitter.EmitText(operation, EmitOptions.Modern));
            }

            Count(ClientEmitter.Emit(client, EmitOptions.Modern), ClientEmitter.EmitText(client, EmitOptions.Modern));
        }

        // 752 ASCII files and 239 others (pages in Chinese, and English ones with a curly quote or a no-break space).
        Assert.Equal((752, 239), (ascii, other));

        void Count(string expected, SourceText text)
        {
            Assert.Equal(expected, text.ToString());
            Assert.Same(Encoding.UTF8, text.Encoding);
            if (text is AsciiSourceText)
            {
                Assert.DoesNotContain(expected, c => c >= 0x80);
                ascii++;
            }
            else
            {
                Assert.Contains(expected, c => c >= 0x80);
                other++;
            }
        }
    }

    [Fact]
    public void Generated_code_compiles_to_the_same_assembly_and_pdb_from_either_text()
    {
        // A whole product: its client and every operation, nearly all of them ASCII files.
        AdditionalText[] pages = Directory.GetFiles(EnglishPages, "*.md").OrderBy(p => p, StringComparer.Ordinal).Select(GeneratorHarness.Spec).ToArray();
        GeneratorRun run = GeneratorHarness.Run(pages);
        Assert.True(run.Result.GeneratedTrees.Count(t => t.GetText() is AsciiSourceText) > 50);
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

using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Every corpus page's JSON sample response read by the generated, compiled reader (the whole markdown corpus
/// compiled in memory and loaded): it must read without an exception, unless the generator already said why it
/// cannot (a sample that is not JSON, SPEC011; a value the documented type cannot hold, SPEC020).
/// </summary>
public sealed class SampleReadTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_sample_response_reads_with_the_generated_reader_or_is_diagnosed()
    {
        GenerationRun run = MarkdownCorpus.Generate();
        Assert.Empty(run.Crashes);
        List<Operation> withSample = run.Clients.SelectMany(c => c.Operations).Where(o => o.SampleJson is not null).ToList();
        Dictionary<string, Action<byte[]>> readers = CompileReaders(run, withSample);
        ILookup<string, string> diagnosed = run.Diagnostics.ToLookup(d => d.Location.FilePath, d => d.Id);

        int readOk = 0, notJson = 0, failedDiagnosed = 0;
        var undiagnosed = new List<string>();
        foreach (Operation operation in withSample)
        {
            byte[] json = Encoding.UTF8.GetBytes(operation.SampleJson!);
            if (!IsJson(json))
            {
                // Not JSON for a strict reader: the generator must have said so.
                Assert.True(diagnosed[operation.SourcePath].Contains("SPEC011"), operation.SourcePath + ": the sample is not JSON but no SPEC011 says so: " + operation.SampleJson);
                notJson++;
                continue;
            }

            try
            {
                readers[operation.SourcePath](json);
                readOk++;
            }
            catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException)
            {
                if (diagnosed[operation.SourcePath].Contains("SPEC020"))
                {
                    failedDiagnosed++;
                }
                else
                {
                    undiagnosed.Add(operation.SourcePath + ": " + error.Message);
                }
            }
        }

        output.WriteLine("pages: " + run.Pages.Count + ", with a JSON sample: " + withSample.Count + ", read OK: " + readOk + ", not JSON (SPEC011): " + notJson + ", reader failed where SPEC020 said so: " + failedDiagnosed);
        output.WriteLine("diagnostics: " + string.Join(", ", run.Diagnostics.Where(d => d.Id is "SPEC011" or "SPEC018" or "SPEC020").GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => g.Key + " x" + g.Count() + " on " + g.Select(d => d.Location.FilePath).Distinct().Count() + " pages")));
        Assert.Empty(undiagnosed);
        Assert.True(withSample.Count >= 850, "pages with a JSON sample: " + withSample.Count);
        Assert.True(readOk >= withSample.Count * 9 / 10, "read OK: " + readOk + " of " + withSample.Count);
    }

    private static bool IsJson(byte[] json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // The generated sources plus one class that calls each operation's internal Read on a byte array, compiled and loaded.
    private static Dictionary<string, Action<byte[]>> CompileReaders(GenerationRun run, List<Operation> operations)
    {
        var harness = new StringBuilder("namespace SampleHarness { public static class Readers { public static readonly global::System.Collections.Generic.Dictionary<string, global::System.Action<byte[]>> All = new() {\n");
        foreach (Operation operation in operations)
        {
            string response = "global::" + operation.Namespace + "." + Identifier.Pascal(operation.Name) + "Response";
            harness.Append("[").Append(SourceWriter.Literal(operation.SourcePath)).Append("] = json => { var reader = new global::System.Text.Json.Utf8JsonReader(json); reader.Read(); ")
                .Append(response).Append(".Read(ref reader); },\n");
        }

        harness.Append("}; } }");
        CSharpCompilation compilation = GeneratorHarness.Compilation(run.Sources.Select(s => s.Source).Append(harness.ToString()).ToArray());
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        image.Position = 0;
        System.Reflection.Assembly assembly = new AssemblyLoadContext("samples", isCollectible: true).LoadFromStream(image);
        return (Dictionary<string, Action<byte[]>>)assembly.GetType("SampleHarness.Readers")!.GetField("All")!.GetValue(null)!;
    }
}

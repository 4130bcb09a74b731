using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Real pages damaged at random (fixed seed): lines deleted, duplicated, swapped, truncated, junk inserted.
/// Every case must give compiling code or diagnostics, never an exception.
/// </summary>
public sealed class MutationTests(ITestOutputHelper output)
{
    private const int Cases = 3000;
    private const int BatchSize = 250;

    private static readonly string[] Junk =
    {
        "|", "||", "|||||||", "|-|", "|---|---|", "# ", "#", "## Response parameters", "## Request parameters", "```", "```json",
        "|a|b|", "|Action|String|Yes|X|y|", "|└|", "|└└Name|Array| | |", "|Data|Array of Item| | |", "|Item| | | |",
        "{", "}", "[", "]", "{\"a\":", "<a><b>", "</a>", "\u0000", "\uFFFD\uFFFE", "中文|类型|", "|名称|类型|描述|", "\\", "\\|",
        "|X.N.Y.N.Z|String|Yes|1|d|", "|1abc|Integer|Yes|1|d|", "|class|String|No|x|keyword|", "|Read|String|No|x|clash|", "|WriteTo|Int|No|1|clash|",
        "[link](#anchor)", "|Sub|[SubType](#t)|Yes|d|", "http(s)://[Endpoint]/?Action=X", "POST /a/[b]/c HTTP/1.1",
    };

    [Fact]
    public void Thousands_of_damaged_pages_never_crash_and_always_compile()
    {
        string corpus = Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", "md"));
        List<string> pages = Directory.GetDirectories(corpus)
            .OrderBy(d => d, StringComparer.Ordinal)
            .SelectMany(d => Directory.GetFiles(d, "*.md").OrderBy(f => f, StringComparer.Ordinal).Take(4))
            .ToList();
        var random = new Random(20261125);
        int diagnostics = 0, operations = 0;

        for (int start = 0; start < Cases; start += BatchSize)
        {
            var files = new List<SpecFile>();
            for (int i = start; i < Math.Min(Cases, start + BatchSize); i++)
            {
                string page = pages[random.Next(pages.Count)];
                string text = Mutate(File.ReadAllText(page), random);
                files.Add(new SpecFile("/mutants/" + i + "/" + Path.GetFileName(page), text, new SpecOptions("P" + i, "2020-01-01", null, "Mutants.M" + i, null, null)));
            }

            GenerationRun run = GenerationRun.Execute(files, "Mutants", EmitOptions.Modern);

            Assert.Empty(run.Crashes.Select(c => c.Path + ": " + c.Error));
            CSharpCompilation compilation = GeneratorHarness.Compilation(run.Sources.Select(s => s.Source).ToArray());
            List<string> errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Take(5).ToList();
            Assert.Empty(errors);
            diagnostics += run.Diagnostics.Count;
            operations += run.Clients.Sum(c => c.Operations.Count);
        }

        output.WriteLine("mutation: " + Cases + " cases, " + operations + " operations, " + diagnostics + " diagnostics, 0 crashes, 0 compile errors");
        Assert.True(operations > Cases / 2, "most damaged pages should still give an operation: " + operations);
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        int count = 1 + random.Next(3);
        for (int m = 0; m < count && lines.Count > 0; m++)
        {
            int at = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[at]);
                    break;
                case 2:
                    int other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case 3:
                    lines[at] = lines[at].Substring(0, random.Next(lines[at].Length + 1));
                    break;
                case 4:
                    lines.Insert(at, Junk[random.Next(Junk.Length)]);
                    break;
                case 5:
                    lines[at] = lines[at].Replace("|", string.Empty);
                    break;
                default:
                    lines.RemoveRange(at, Math.Min(lines.Count - at, random.Next(1, 30)));
                    break;
            }
        }

        string result = string.Join('\n', lines);
        return random.Next(10) == 0 ? result.Substring(0, random.Next(result.Length + 1)) : result;
    }
}

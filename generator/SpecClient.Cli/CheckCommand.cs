using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecClient.Generator;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;

namespace SpecClient.Cli;

/// <summary>
/// <c>specclient check</c>: reads the specs, generates, compiles the result in memory, prints every diagnostic
/// as <c>path(line,col): severity ID: message</c> and a closing count line.
/// </summary>
internal static class CheckCommand
{
    public static int Run(IReadOnlyList<string> inputs, TextWriter output)
    {
        CheckResult result = Execute(inputs, output);
        return result.CompileErrors == 0 && result.Crashes == 0 ? 0 : 1;
    }

    public static CheckResult Execute(IReadOnlyList<string> inputs, TextWriter output)
    {
        List<SpecFile> files = SpecFiles.Find(inputs);
        GenerationRun run = GenerationRun.Execute(files, "Check", EmitOptions.Modern);
        foreach (DiagnosticInfo diagnostic in run.Diagnostics.OrderBy(d => d.Location.FilePath, System.StringComparer.Ordinal).ThenBy(d => d.Location.Line))
        {
            output.WriteLine(DiagnosticText.Format(diagnostic));
        }

        foreach ((string path, System.Exception error) in run.Crashes)
        {
            output.WriteLine(path + "(1,1): error SPEC001: generator crash: " + error.GetType().Name + ": " + error.Message);
        }

        IReadOnlyList<Diagnostic> compile = InMemoryCompiler.Compile(run.Sources);
        int errors = 0;
        foreach (Diagnostic diagnostic in compile)
        {
            output.WriteLine(diagnostic.ToString());
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                errors++;
            }
        }

        List<string> withoutOperation = run.Pages.Where(p => p.Result.Operations.Count == 0).Select(p => p.File.Path).ToList();
        foreach (string path in withoutOperation)
        {
            output.WriteLine(path + "(1,1): warning SPEC000: no operation was read from this file");
        }

        int operations = run.Clients.Sum(c => c.Operations.Count);
        output.WriteLine("compile warnings: " + (compile.Count - errors) + ", files without an operation: " + withoutOperation.Count);
        output.WriteLine("corpus: " + files.Count + " pages, " + operations + " operations, " + errors + " compile errors, " + run.Crashes.Count + " generator crashes");
        return new CheckResult(files.Count, operations, errors, compile.Count - errors, run.Crashes.Count, withoutOperation);
    }
}

/// <summary>The figures of a check.</summary>
internal sealed record CheckResult(int Pages, int Operations, int CompileErrors, int CompileWarnings, int Crashes, IReadOnlyList<string> FilesWithoutOperation);

using System.Collections.Generic;
using System.IO;
using SpecClient.Generator;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;

namespace SpecClient.Cli;

/// <summary><c>specclient generate</c>: writes the generated sources so new doc pages can be reviewed as a diff.</summary>
internal static class GenerateCommand
{
    public static int Run(IReadOnlyList<string> inputs, string outputDirectory, TextWriter output)
    {
        GenerationRun run = GenerationRun.Execute(SpecFiles.Find(inputs), "Generated", EmitOptions.Modern);
        Directory.CreateDirectory(outputDirectory);
        foreach ((string hintName, string source) in run.Sources)
        {
            File.WriteAllText(Path.Combine(outputDirectory, hintName), source);
        }

        foreach (DiagnosticInfo diagnostic in run.Diagnostics)
        {
            output.WriteLine(DiagnosticText.Format(diagnostic));
        }

        output.WriteLine("generated " + run.Sources.Count + " files into " + outputDirectory);
        return run.Crashes.Count == 0 ? 0 : 1;
    }
}

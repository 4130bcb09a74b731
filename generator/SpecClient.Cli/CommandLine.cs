using System;
using System.Collections.Generic;
using System.IO;

namespace SpecClient.Cli;

/// <summary>Parses the command line and runs a command. Exit code 0 means success, 1 problems found, 2 usage.</summary>
internal static class CommandLine
{
    private const string Usage = """
        usage:
          specclient check <folders or files>...            read, generate and compile; print every diagnostic
          specclient generate <folders or files>... -o <dir> write the generated sources
          specclient compare <markdown folders or files>... --metadata <api-docs.json>...
                                                             compare what the pages say with the metadata
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            error.WriteLine(Usage);
            return 2;
        }

        var inputs = new List<string>();
        var metadata = new List<string>();
        string? outputDirectory = null;
        for (int i = 1; i < args.Length; i++)
        {
            if ((args[i] == "-o" || args[i] == "--output") && i + 1 < args.Length)
            {
                outputDirectory = args[++i];
            }
            else if (args[i] == "--metadata" && i + 1 < args.Length)
            {
                // Every following argument up to the next option is a metadata file or folder.
                while (i + 1 < args.Length && !args[i + 1].StartsWith("-", StringComparison.Ordinal))
                {
                    metadata.Add(args[++i]);
                }
            }
            else
            {
                inputs.Add(args[i]);
            }
        }

        if (inputs.Count == 0)
        {
            error.WriteLine(Usage);
            return 2;
        }

        try
        {
            switch (args[0])
            {
                case "check":
                    return CheckCommand.Run(inputs, output);
                case "generate" when outputDirectory is not null:
                    return GenerateCommand.Run(inputs, outputDirectory, output);
                case "compare" when metadata.Count > 0:
                    return CompareCommand.Run(inputs, metadata, output);
                default:
                    error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("specclient: " + e.Message);
            return 2;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Cli;

/// <summary>The spec files under the folders and files given on the command line, in a stable order.</summary>
internal static class SpecFiles
{
    public static List<SpecFile> Find(IEnumerable<string> inputs)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string input in inputs)
        {
            string full = Path.GetFullPath(input);
            if (Directory.Exists(full))
            {
                foreach (string path in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
                {
                    if (IsSpec(path))
                    {
                        paths.Add(path);
                    }
                }
            }
            else if (File.Exists(full))
            {
                paths.Add(full);
            }
            else
            {
                throw new FileNotFoundException("No such file or folder: " + input);
            }
        }

        return paths.Select(p => new SpecFile(p, File.ReadAllText(p), SpecOptions.None)).ToList();
    }

    private static bool IsSpec(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase)
            && !Path.GetFileName(path).Equals("FORMATS.md", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}

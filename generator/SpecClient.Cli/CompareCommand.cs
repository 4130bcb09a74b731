using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using SpecClient.Generator.Comparing;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Cli;

/// <summary>
/// <c>specclient compare</c>: reads each doc page without the metadata, reads the same operation (product and
/// action, product ignoring case) from the metadata, prints every difference in response shape and request
/// parameters as <c>path(line,col): difference: ...</c>, and ends with a count line. Pages whose operation the
/// metadata lacks (or has in another API version) are counted apart and not compared.
/// </summary>
internal static class CompareCommand
{
    public static int Run(IReadOnlyList<string> pages, IReadOnlyList<string> metadata, TextWriter output)
    {
        CompareResult result = Execute(pages, metadata, output);
        return result.Operations > 0 && result.SameResponseShape == result.Operations && result.SameRequestParameters == result.Operations ? 0 : 1;
    }

    public static CompareResult Execute(IReadOnlyList<string> pages, IReadOnlyList<string> metadata, TextWriter output)
    {
        Dictionary<(string Product, string Name), Operation> known = ReadMetadata(metadata);
        int operations = 0, sameResponse = 0, sameRequest = 0, unmatched = 0;
        foreach (Operation page in ReadPages(pages))
        {
            if (!known.TryGetValue((page.Product!.ToUpperInvariant(), page.Name), out Operation? entry)
                || (page.Version is { Length: > 0 } && entry.Version is not null && page.Version != entry.Version))
            {
                unmatched++;
                output.WriteLine(page.SourcePath + "(1,1): not compared: the metadata has no operation " + page.Name + " of " + page.Product + " " + page.Version);
                continue;
            }

            OperationComparison comparison = OperationComparer.Compare(page, entry);
            operations++;
            sameResponse += comparison.SameResponseShape ? 1 : 0;
            sameRequest += comparison.SameRequestParameters ? 1 : 0;
            foreach (Difference difference in comparison.All)
            {
                output.WriteLine(difference.ToString());
            }
        }

        output.WriteLine("pages whose operation the metadata lacks: " + unmatched);
        output.WriteLine("compare: " + operations + " operations, " + sameResponse + " same response shape, " + sameRequest + " same request parameters");
        return new CompareResult(operations, sameResponse, sameRequest, unmatched);
    }

    private static Dictionary<(string, string), Operation> ReadMetadata(IReadOnlyList<string> inputs)
    {
        var known = new Dictionary<(string, string), Operation>();
        foreach (SpecFile file in SpecFiles.Find(inputs).Where(f => f.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (Operation operation in MetadataSpecReader.Read(file, documentedView: true, CancellationToken.None).Operations)
            {
                if (operation.Product is not null)
                {
                    known.TryAdd((operation.Product.ToUpperInvariant(), operation.Name), operation);
                }
            }
        }

        return known;
    }

    // Read alone, as the generator reads pages without metadata; the resolver fills the product of pages that
    // do not name it from the pages beside them.
    private static IEnumerable<Operation> ReadPages(IReadOnlyList<string> inputs)
    {
        ImmutableArray<SpecReadResult> results = SpecFiles.Find(inputs)
            .Where(f => !f.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Select(f => MarkdownSpecReader.Read(f, CancellationToken.None))
            .ToImmutableArray();
        return ProductResolver.Resolve(results, "Compare").Clients
            .SelectMany(c => c.Operations)
            .OrderBy(o => o.SourcePath, StringComparer.Ordinal);
    }
}

/// <summary>The figures of a comparison.</summary>
internal sealed record CompareResult(int Operations, int SameResponseShape, int SameRequestParameters, int Unmatched);

using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests;

/// <summary>
/// An operation read from its doc page and from the product's metadata gives the same request and response
/// shapes, so the emitters (and the coming merge of both sources) see one model.
/// </summary>
public sealed class MetadataParityTests(ITestOutputHelper output)
{
    private static readonly Lazy<SpecReadResult> DomainMetadata = new(() => ReadMetadata("domain"));

    [Fact]
    public void ResendEmailVerification_reads_the_same_from_the_seed_page_and_the_metadata()
    {
        Operation page = ReadPage(TestSpecs.SeedPage);
        Operation metadata = DomainMetadata.Value.Operations.Single(o => o.Name == "ResendEmailVerification");

        Assert.Equal(Parameters(page), Parameters(metadata));
        Assert.Equal(Shape(page.Response), Shape(metadata.Response));
        Assert.Equal(
            (page.Product, page.Version, page.Style, page.HttpMethod, page.Path, page.Endpoint, page.IsReadOnly),
            (metadata.Product, metadata.Version, metadata.Style, metadata.HttpMethod, metadata.Path, metadata.Endpoint, metadata.IsReadOnly));
    }

    [Fact]
    public void Domain_pages_and_metadata_agree_on_most_operations()
    {
        Dictionary<string, Operation> metadata = DomainMetadata.Value.Operations.ToDictionary(o => o.Name);
        int sameRequest = 0, sameResponse = 0, pages = 0;
        foreach (string path in TestSpecs.DomainPages)
        {
            Operation page = ReadPage(path);
            pages++;
            Operation twin = metadata[page.Name];
            bool request = Parameters(page).SequenceEqual(Parameters(twin));
            bool response = Shape(page.Response).SequenceEqual(Shape(twin.Response));
            sameRequest += request ? 1 : 0;
            sameResponse += response ? 1 : 0;
            if (!request || !response)
            {
                output.WriteLine(page.Name + (request ? string.Empty : " request") + (response ? string.Empty : " response"));
                if (Environment.GetEnvironmentVariable("SPECCLIENT_PARITY_DETAIL") is not null)
                {
                    foreach (string line in Parameters(page).Except(Parameters(twin)))
                    {
                        output.WriteLine("   page only: " + line);
                    }

                    foreach (string line in Parameters(twin).Except(Parameters(page)))
                    {
                        output.WriteLine("   metadata only: " + line);
                    }

                    foreach (string line in Shape(page.Response).Except(Shape(twin.Response)))
                    {
                        output.WriteLine("   page only: " + line);
                    }

                    foreach (string line in Shape(twin.Response).Except(Shape(page.Response)))
                    {
                        output.WriteLine("   metadata only: " + line);
                    }
                }
            }
        }

        output.WriteLine("Domain: " + pages + " pages, " + sameRequest + " with the same request parameters, " + sameResponse + " with the same response shape as the metadata");
        Assert.Equal(71, pages);
        // 50 and 58 today. The rest differ in content, not in reading: the metadata is newer (more parameters,
        // other required flags), and names list items the pages name only in prose ("Array of TaskDetail").
        // SPECCLIENT_PARITY_DETAIL=1 prints each difference.
        Assert.True(sameRequest >= 45, sameRequest + " of 71 requests agree");
        Assert.True(sameResponse >= 52, sameResponse + " of 71 responses agree");
    }

    private static Operation ReadPage(string path) =>
        MarkdownSpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default).Operations.Single();

    internal static SpecReadResult ReadMetadata(string product)
    {
        string path = MetadataSpecs.File(product);
        return MetadataSpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default);
    }

    // What the emitters make of a parameter: its wire name, property, shape, type and whether it is required.
    private static List<string> Parameters(Operation operation) =>
        operation.Parameters
            .Select(p => p.WireName + " " + p.PropertyName + " " + p.Shape + " " + p.Kind + (p.IsRequired ? " required" : string.Empty) + Members(p))
            .OrderBy(s => s, StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static string Members(RequestParameter p) =>
        p.Members.Count == 0 ? string.Empty : " {" + string.Join(", ", p.Members.Select(m => m.WireName + " " + m.Shape + " " + m.Kind).OrderBy(s => s, StringComparer.OrdinalIgnoreCase)) + "}";

    // The response tree as the emitters see it, fields in name order (the sources order them differently);
    // wire names compare ignoring case, as the generated readers match them.
    private static List<string> Shape(EquatableArray<ResponseField> fields) =>
        fields
            .Select(f => f.WireName.ToLowerInvariant() + " " + f.PropertyName + " " + f.Shape + " " + (f.Shape is ValueShape.Scalar or ValueShape.ScalarList ? f.Kind.ToString() : f.TypeName) + (f.Children.Count == 0 ? string.Empty : " {" + string.Join(", ", Shape(f.Children)) + "}"))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
}

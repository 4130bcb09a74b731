using System.Text.Json;
using System.Xml.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecClient.Generator.Emit;
using SpecClient.Generator.Model;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Descriptors hold the pages' sample answers without their layout (the emulator serves them): the same JSON and
/// XML to any reader, and a sample that is not strict JSON kept as the page has it.
/// </summary>
public sealed class SampleLayoutTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("{\n  \"a\" : [ 1, 2 ],\n  \"s\": \"x  y\\n\"\n}\n", "{\"a\":[1,2],\"s\":\"x  y\\n\"}")]
    [InlineData("{ \"q\": \"a \\\" , b\" }", "{\"q\":\"a \\\" , b\"}")]
    [InlineData("  [true, null]  ", "[true,null]")]
    [InlineData("{\"n\": 1 2}", "{\"n\":1 2}")] // between two values the space is no layout: kept
    public void A_JSON_sample_loses_the_whitespace_outside_its_strings_next_to_punctuation(string sample, string expected)
    {
        Assert.Equal("\t" + SourceWriter.Literal(expected) + ",", SampleLine(sample, isJson: true));
    }

    [Theory]
    [InlineData("<a>\n  <b> x </b>\n  <c/>\n</a>", "<a><b> x </b><c/></a>")]
    [InlineData("<a>  <b>1</b></a>", "<a>  <b>1</b></a>")] // no line break: maybe text, kept
    [InlineData("<a>\n\u00a0<b>1</b>\n</a>", "<a>\n\u00a0<b>1</b></a>")] // a no-break space is text, not layout
    [InlineData("<a>x\n</a>", "<a>x\n</a>")]
    public void An_XML_sample_loses_the_line_breaks_and_indentation_between_tags(string sample, string expected)
    {
        Assert.Equal("\t" + SourceWriter.Literal(expected) + ",", SampleLine(sample, isJson: false));
    }

    public static TheoryData<string, string> JsonCases() => new()
    {
        { "{\n  \"a\" : [ 1, 2 ],\n  \"s\": \"x  y\\n\"\n}\n", "{\"a\":[1,2],\"s\":\"x  y\\n\"}" },
        { "{ \"q\": \"a \\\" , b\" }", "{\"q\":\"a \\\" , b\"}" },
        { "{\"n\": 1 \r\n\t 2}", "{\"n\":1 \r\n\t 2}" }, // kept between two values, its line break and tab escaped
        { "{\"p\": \"c:\\\\\", \"q\" : 1}", "{\"p\":\"c:\\\\\",\"q\":1}" }, // an escaped backslash, then the string's end
        { "{\"s\": \"\u4e2d\u6587 \u0001 \u2028\t\" }", "{\"s\":\"\u4e2d\u6587 \u0001 \u2028\t\"}" },
        { "{\"s\": \"" + new string(' ', 37) + "\" ,\n\"t\": \"\\\\\\\"\"}", "{\"s\":\"" + new string(' ', 37) + "\",\"t\":\"\\\\\\\"\"}" },
    };

    [Theory]
    [MemberData(nameof(JsonCases))]
    public void JSON_layout_and_escapes_are_found_wherever_they_sit_against_the_vectors(string sample, string expected)
    {
        // The sample as the second item of an array, after a string that moves it one character further each time.
        for (int shift = 0; shift <= 40; shift++)
        {
            string first = "\"" + new string('x', shift) + "\",";
            Assert.Equal("\t" + SourceWriter.Literal("[" + first + expected + "]") + ",", SampleLine("[" + first + sample + "]", isJson: true));
        }
    }

    public static TheoryData<string, string> XmlCases() => new()
    {
        { "<a>\n  <b> x </b>\n  <c/>\n</a>", "<a><b> x </b><c/></a>" },
        { "<a>\r\n\t<b>\"q\" \\</b>\r\n</a>", "<a><b>\"q\" \\</b></a>" },
        { "<a t=\"1 > 0\">\n <b/>x\n\t</a>", "<a t=\"1 > 0\"><b/>x\n\t</a>" }, // a '>' in a value; text before a line break kept
        { "<a>\n\u00a0<b>\u4e2d</b>\n</a>", "<a>\n\u00a0<b>\u4e2d</b></a>" },
    };

    [Theory]
    [MemberData(nameof(XmlCases))]
    public void XML_layout_and_escapes_are_found_wherever_they_sit_against_the_vectors(string sample, string expected)
    {
        for (int shift = 0; shift <= 40; shift++)
        {
            string first = "<r v=\"" + new string('x', shift) + "\">";
            Assert.Equal("\t" + SourceWriter.Literal(first + expected + "</r>") + ",", SampleLine(first + sample + "</r>", isJson: false));
        }
    }

    [Fact]
    public void Null_samples_stay_null()
    {
        Assert.Equal("\tnull,", SampleLine(null, isJson: true));
    }

    [Fact]
    public void Every_corpus_descriptor_holds_the_same_JSON_and_XML_as_its_page()
    {
        GenerationRun run = MarkdownCorpus.Generate();
        Dictionary<(string Namespace, string Name), (string? Json, string? Xml)> descriptors = run.Sources.SelectMany(s => Descriptors(s.Source)).ToDictionary(d => d.Key, d => d.Value);

        int json = 0, jsonKept = 0, xml = 0, shorter = 0;
        foreach (Operation operation in run.Clients.SelectMany(c => c.Operations))
        {
            (string? emittedJson, string? emittedXml) = descriptors[(operation.Namespace!, Identifier.Pascal(operation.Name))];
            Assert.Equal(operation.SampleJson is null, emittedJson is null);
            Assert.Equal(operation.SampleXml is null, emittedXml is null);
            if (operation.SampleJson is { } sampleJson)
            {
                if (operation.SampleJsonIsValid)
                {
                    using JsonDocument page = JsonDocument.Parse(sampleJson);
                    using JsonDocument emitted = JsonDocument.Parse(emittedJson!);
                    Assert.True(JsonElement.DeepEquals(page.RootElement, emitted.RootElement), operation.SourcePath);
                    json++;
                }
                else
                {
                    Assert.Equal(sampleJson, emittedJson);
                    jsonKept++;
                }

                shorter += emittedJson!.Length < sampleJson.Length ? 1 : 0;
            }

            if (operation.SampleXml is { } sampleXml && TryParse(sampleXml) is { } pageXml)
            {
                Assert.True(XNode.DeepEquals(pageXml, TryParse(emittedXml!)), operation.SourcePath);
                xml++;
            }
        }

        output.WriteLine("JSON samples read the same: " + json + ", kept as they are (not strict JSON): " + jsonKept + ", XML samples read the same: " + xml + ", shorter: " + shorter);
        Assert.True(json >= 800, "JSON samples compared: " + json);
        Assert.True(xml >= 500, "XML samples compared: " + xml);
        Assert.True(shorter >= json / 2, "JSON samples made shorter: " + shorter);
    }

    private static string SampleLine(string? sample, bool isJson)
    {
        var w = new SourceWriter();
        w.SampleLine("\t", sample, isJson, ",");
        return w.Complete().TrimEnd('\n');
    }

    // Whitespace-only text dropped, as XmlToJson does: the comparison is of elements, attributes and text.
    private static XDocument? TryParse(string xml)
    {
        try
        {
            return XDocument.Parse(xml, LoadOptions.None);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    // Each descriptor's JSON and XML arguments (the 8th and 9th), by namespace and operation.
    private static IEnumerable<KeyValuePair<(string, string), (string?, string?)>> Descriptors(string source)
    {
        CompilationUnitSyntax root = CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot();
        foreach (PropertyDeclarationSyntax property in root.DescendantNodes().OfType<PropertyDeclarationSyntax>())
        {
            if (property.Initializer?.Value is ObjectCreationExpressionSyntax { ArgumentList: { } arguments } creation
                && creation.Type.ToString() == "global::SpecClient.OperationDescriptor")
            {
                string ns = property.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().First().Name.ToString();
                yield return new((ns, property.Identifier.ValueText), (Text(arguments.Arguments[7]), Text(arguments.Arguments[8])));
            }
        }
    }

    private static string? Text(ArgumentSyntax argument) =>
        argument.Expression is LiteralExpressionSyntax { Token.Value: string text } ? text : null;
}

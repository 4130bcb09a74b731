using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The docs checked against themselves on real pages: each disagreement between the JSON sample response and
/// the response tables is a diagnostic at the sample's own line and column.
/// </summary>
public sealed class SampleCheckTests
{
    [Fact]
    public void A_sample_field_the_tables_lack_is_reported_where_the_sample_has_it()
    {
        DiagnosticInfo info = Single(ReadDomain("QueryDomainByInstanceId.md"), "SPEC018");

        Assert.Contains("'registrantInfoStatus'", info.Message);
        Assert.Equal((147, 2), (info.Location.Line, info.Location.Column));
    }

    [Fact]
    public void Lines_and_columns_count_from_the_page_even_for_an_indented_code_block()
    {
        // SLB's sample sits in a code block indented inside a list item, and shows fields the tables do not list.
        string path = CorpusPage("slb", "DescribeLoadBalancerUDPListenerAttribute.md");
        DiagnosticInfo info = Assert.Single(Read(path).Diagnostics, d => d.Id == "SPEC018" && d.Message.Contains("'HealthCheckHttpCode'", StringComparison.Ordinal));

        Assert.Equal((102, 7), (info.Location.Line, info.Location.Column));
        Assert.Equal("\"HealthCheckHttpCode\"", File.ReadAllLines(path)[102].Substring(7, info.Location.Length));
    }

    [Fact]
    public void A_structure_where_the_tables_say_string_is_a_type_mismatch()
    {
        // CDN documents DomainList as a String; the sample shows a list of names.
        string path = CorpusPage("cdn", "DescribeCertificateInfoByID.md");
        DiagnosticInfo info = Single(Read(path), "SPEC020");

        Assert.Contains("a list for 'CertInfos.DomainList'", info.Message, StringComparison.Ordinal);
        Assert.Equal((81, 8), (info.Location.Line, info.Location.Column));
    }

    [Fact]
    public void Pages_the_reader_now_nests_right_have_no_sample_diagnostic()
    {
        // QueryTaskList's Data wraps its items ({"TaskInfo": [...]}) and TransferInCheckMailToken's lists do too:
        // once read as lists, their samples agree with their tables.
        Assert.DoesNotContain(ReadDomain("QueryTaskList.md").Diagnostics, d => d.Id is "SPEC018" or "SPEC020");
        Assert.DoesNotContain(ReadDomain("TransferInCheckMailToken.md").Diagnostics, d => d.Id is "SPEC018" or "SPEC020");
    }

    [Fact]
    public void What_json_does_not_allow_is_reported_at_the_character()
    {
        DiagnosticInfo info = Single(ReadDomain("QueryRegistrantProfiles.md"), "SPEC011");

        Assert.Equal("The JSON sample response is not valid JSON: it has a trailing comma.", info.Message);
        Assert.Equal(',', File.ReadAllLines(Path.Combine(TestSpecs.DomainFolder, "QueryRegistrantProfiles.md"))[info.Location.Line][info.Location.Column]);
    }

    [Fact]
    public void A_page_whose_sample_matches_its_tables_has_no_sample_diagnostic()
    {
        Assert.DoesNotContain(ReadDomain("ResendEmailVerification.md").Diagnostics, d => d.Id is "SPEC011" or "SPEC018" or "SPEC020");
    }

    [Theory]
    [InlineData("{\"A\": 1, // note\n\"B\": 2}", "a comment")]
    [InlineData("{'A': 1}", "a single-quoted name")]
    [InlineData("{A: 1}", "an unquoted name")]
    [InlineData("{\"A\": 1 \"B\": 2}", "a missing comma")]
    [InlineData("{\"A\": [1,,2]}", "an extra comma")]
    [InlineData("{\"A\": +1}", "the number '+1', which JSON does not allow")]
    [InlineData("{\"A\": 1} x", "text after the JSON value")]
    [InlineData("{\"A\":\u00A01}", "the space character U+00A0, which JSON does not allow")]
    [InlineData("{\r\n\t\"A\": 1,\u3000\"B\": 2}", "the space character U+3000, which JSON does not allow")]
    public void The_lenient_sample_reader_says_what_it_forgave(string json, string what)
    {
        Assert.NotNull(SampleJson.TryParse(json.AsMemory(), out (string What, int Offset)? lenience));

        Assert.Equal(what, lenience?.What);
    }

    [Fact]
    public void Strict_json_is_forgiven_nothing()
    {
        // JSON's four white-space characters, skipped ahead of any other white space, are forgiven nothing either.
        Assert.NotNull(SampleJson.TryParse("{\"A\": [1, 2.5e3, -0.5],\r\n\t\"B\": {\"C\": null, \"D\": true}}".AsMemory(), out (string What, int Offset)? lenience));

        Assert.Null(lenience);
    }

    private static SpecReadResult ReadDomain(string page) => Read(Path.Combine(TestSpecs.DomainFolder, page));

    private static SpecReadResult Read(string path) => SpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default);

    private static string CorpusPage(string product, string page) => Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", "md", product, page));

    private static DiagnosticInfo Single(SpecReadResult result, string id) => Assert.Single(result.Diagnostics, d => d.Id == id);
}

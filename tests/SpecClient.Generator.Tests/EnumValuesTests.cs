using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Values, defaults and ranges read from real corpus rows (English and Chinese pages, each layout of value
/// list), and the rows that must give none: sentences, field lists and repeat-index ranges.
/// </summary>
public sealed class EnumValuesTests
{
    // EnumValues rules a description out with one search per marker list (a part every English marker has, the
    // first characters of the Chinese ones) before it looks for each marker: every marker must still be found.
    [Fact]
    public void Every_value_and_default_marker_is_still_found_behind_the_quick_checks()
    {
        var doc = new DocComment(string.Empty, null, null);
        Assert.All(EnumValues.ListMarkers, marker =>
            Assert.Equal(new[] { "Alpha", "Beta" }, EnumValues.Complete(doc, "The mode. " + marker + ": **Alpha**, **Beta**").Values.Select(v => v.Value)));
        Assert.All(EnumValues.DefaultMarkers, marker =>
            Assert.Equal("Alpha", EnumValues.Complete(doc, "The mode. " + marker + " Alpha.").DefaultValue));
    }

    [Fact]
    public void Bold_bullets_after_valid_values_become_an_enum_with_its_default()
    {
        Operation operation = Read("md/domain/CheckDomain.md");

        RequestParameter command = Parameter(operation, "FeeCommand");
        Assert.Equal(new[] { "create", "renew", "transfer", "restore" }, command.Doc.Values.Select(v => v.Value));
        Assert.Equal("Purchase a domain name", command.Doc.Values[0].Description);
        Assert.Equal("FeeCommandValue", command.EnumTypeName);

        RequestParameter lang = Parameter(operation, "Lang");
        Assert.Equal(new[] { "zh", "en" }, lang.Doc.Values.Select(v => v.Value));
        Assert.Equal("en", lang.Doc.DefaultValue);
        Assert.Equal("LangValue", lang.EnumTypeName);
    }

    [Fact]
    public void Numbers_keep_their_type_with_the_range_and_values_in_the_docs()
    {
        Operation operation = Read("md/domain/CheckDomain.md");

        RequestParameter period = Parameter(operation, "FeePeriod");
        Assert.Equal("1–10", period.Doc.Range);
        Assert.Null(period.EnumTypeName);

        // A string field whose listed values are all numbers stays a string: members _0, _1 would read worse.
        ResponseField avail = operation.Response.Single(f => f.WireName == "Avail");
        Assert.Equal(new[] { "1", "3", "4", "0", "-1", "-2", "-3" }, avail.Doc.Values.Select(v => v.Value));
        Assert.Null(avail.EnumTypeName);
    }

    [Fact]
    public void Chinese_pages_list_values_after_quzhi_and_the_range_after_fanwei()
    {
        Operation operation = Read("md-zh/domain/CheckDomain.md");

        Assert.Equal(new[] { "CNY", "USD" }, Parameter(operation, "FeeCurrency").Doc.Values.Select(v => v.Value));
        Assert.Equal("人民币", Parameter(operation, "FeeCurrency").Doc.Values[0].Description);
        Assert.Equal("en", Parameter(operation, "Lang").Doc.DefaultValue);
        Assert.Equal("1–10", Parameter(operation, "FeePeriod").Doc.Range);
    }

    [Fact]
    public void Continuation_paragraphs_between_bullets_and_this_is_the_default_value()
    {
        Operation operation = Read("md/slb/CreateLoadBalancerHTTPListener.md");

        RequestParameter scheduler = Parameter(operation, "Scheduler");
        Assert.Equal(new[] { "wrr", "wlc", "rr" }, scheduler.Doc.Values.Select(v => v.Value));
        Assert.Equal("wrr", scheduler.Doc.DefaultValue);

        Assert.Equal(new[] { "insert", "server" }, Parameter(operation, "StickySessionType").Doc.Values.Select(v => v.Value));
        Assert.Equal("1–65535", Parameter(operation, "BackendServerPort").Doc.Range);

        RequestParameter bandwidth = Parameter(operation, "Bandwidth");
        Assert.Equal(new[] { "-1" }, bandwidth.Doc.Values.Select(v => v.Value));
        Assert.Equal("1–5120", bandwidth.Doc.Range);
        Assert.Null(bandwidth.EnumTypeName);
    }

    [Fact]
    public void Inline_lists_with_commas_and_and_and_bold_and_escapes()
    {
        RequestParameter code = Parameter(Read("md/slb/CreateLoadBalancerHTTPListener.md"), "HealthCheckHttpCode");
        Assert.Equal(new[] { "http_2xx", "http_3xx", "http_4xx", "http_5xx" }, code.Doc.Values.Select(v => v.Value));
        Assert.Equal("http_2xx", code.Doc.DefaultValue);

        ResponseField health = Read("md/elasticsearch/DescribeDiagnoseReport.md").Response.Single(f => f.WireName == "Result").Children.First(f => f.WireName == "health");
        Assert.Equal(new[] { "GREEN", "YELLOW", "RED", "UNKNOWN" }, health.Doc.Values.Select(v => v.Value));
        Assert.Equal("HealthValue", health.EnumTypeName);

        // "SYSTEM \(automatically triggered by the SYSTEM\), INNER \(internally triggered\), and USER \(...\)".
        ResponseField trigger = Read("md/elasticsearch/DescribeDiagnoseReport.md").Response.Single(f => f.WireName == "Result").Children.Single(f => f.WireName == "trigger");
        Assert.Equal(new[] { "SYSTEM", "INNER", "USER" }, trigger.Doc.Values.Select(v => v.Value));
        Assert.Equal("internally triggered", trigger.Doc.Values[1].Description);
    }

    [Fact]
    public void Sentences_field_lists_and_repeat_index_ranges_give_no_values()
    {
        Operation hosts = Read("md/ecs/AllocateDedicatedHosts.md");
        // "-   If the PeriodUnit parameter is set to Month, valid values of Period are 1, 2, ...": sentences, not values.
        Assert.Empty(Parameter(hosts, "Period").Doc.Values);
        // "Valid values of N: 1 to 20" is about the index of Tag.N, not the value.
        RequestParameter tag = Parameter(hosts, "Tag");
        Assert.All(tag.Members, m => Assert.Null(m.Doc.Range));

        // "The following parameters are used to specify a list of backend servers: - **ServerId**: ..." lists fields.
        Assert.Empty(Parameter(Read("md/slb/AddVServerGroupBackendServers.md"), "BackendServers").Doc.Values);
    }

    [Fact]
    public void Metadata_enum_arrays_win_over_prose()
    {
        string path = MetadataSpecs.File("ecs");
        SpecReadResult result = SpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default);
        RequestParameter nvme = result.Operations.Single(o => o.Name == "DescribeInstanceTypes").Parameters.Single(p => p.WireName == "NvmeSupport");

        Assert.Equal(new[] { "required", "unsupported" }, nvme.Doc.Values.Select(v => v.Value));
        Assert.Equal("NvmeSupportValue", nvme.EnumTypeName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Valid values:")]
    [InlineData("Valid values: **")]
    [InlineData("Valid values:\n\n-   **")]
    [InlineData("Valid values:\n-\n- `")]
    [InlineData("取值：~")]
    [InlineData("Default value:")]
    [InlineData("Valid values: 1 to")]
    public void Truncated_text_gives_nothing_and_never_throws(string markdown)
    {
        DocComment doc = EnumValues.Complete(DocComment.None, markdown);

        Assert.Empty(doc.Values);
        Assert.Null(doc.Range);
    }

    [Fact]
    public void An_enum_type_name_never_collides_with_a_property_or_a_nested_type()
    {
        string page = "# SetThing\n\n[x](https://api.aliyun.com/#product=Things&api=SetThing&type=RPC&version=2020-01-01)\n\n## Request parameters\n\n"
            + "|Parameter|Type|Required|Example|Description|\n|-|-|-|-|-|\n"
            + "|Lang|String|No|en|The language. Valid values: **zh**, **en**, and **Value**.|\n"
            + "|LangValue|String|No|x|A parameter named like the enum type.|\n";

        Operation operation = Assert.Single(SpecReader.Read(new SpecFile("SetThing.md", page, SpecOptions.None), default).Operations);

        Assert.Equal("LangValue2", Parameter(operation, "Lang").EnumTypeName);
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("SetThing.md", page) });
        string source = run.Sources["Tests.Things.SetThing.g.cs"];
        Assert.Contains("public LangValue2? Lang { get; set; }", source);
        // A value named like a member the enum declares gets another name; its wire text stays.
        Assert.Contains("public static LangValue2 Value2 { get; } = new LangValue2(\"Value\");", source);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }

    internal static Operation Read(string corpusPath)
    {
        string path = Path.Combine(EnumCorpusFiguresTests.Corpus, corpusPath);
        return Assert.Single(SpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default).Operations);
    }

    private static RequestParameter Parameter(Operation operation, string wireName) => operation.Parameters.Single(p => p.WireName == wireName);
}

using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The sample trees, read for speed: JSON nodes point into the sample and cut names and texts out only when asked,
/// an object's members carry their names, XML is read without an XElement tree. Each case here is one the
/// shortcuts could drop: names read in place must still be trimmed and unescaped, a one-object array must still be
/// its own union, repeated XML elements must still group ignoring case.
/// </summary>
public sealed class SampleTreeTests
{
    [Fact]
    public void Json_names_and_texts_read_in_place_are_the_ones_written()
    {
        const string Json = "{\" Padded \": \"x\", \"Esc\\\"aped\": \"a\\\\b\", \"Empty\": \"\", \"N\": -12.5, \"B\": true}";
        SampleNode root = SampleJson.TryParse(Json)!;

        Assert.Equal(new[] { "Padded", "Esc\"aped", "Empty", "N", "B" }, Keys(root));
        Assert.Equal("x", root.Get("padded")!.Text);
        Assert.Equal("a\\b", root.Get("ESC\"APED")!.Text);
        Assert.Equal(string.Empty, root.Get("Empty")!.Text);
        Assert.Equal("-12.5", root.Get("n")!.Text);
        Assert.Null(root.Get("B")!.Text);
        Assert.True(root.Get("Padded")!.IsNamed("PADDED"));
        Assert.Null(root.Get("Missing"));
    }

    [Fact]
    public void Json_offsets_point_at_a_members_name_and_an_items_value()
    {
        const string Json = "{\"A\": [10, \"s\"]}";
        SampleNode a = SampleJson.TryParse(Json)!.Get("A")!;

        Assert.Equal(Json.IndexOf("\"A\"", StringComparison.Ordinal), a.Offset);
        Assert.Equal(Json.IndexOf("10", StringComparison.Ordinal), a.Items[0].Offset);
        Assert.Equal(Json.IndexOf("\"s\"", StringComparison.Ordinal), a.Items[1].Offset);
    }

    [Theory]
    [InlineData("1e999", null)]
    [InlineData("01", "the number '01', which JSON does not allow")]
    [InlineData("-0.5", null)]
    public void Numbers_read_without_a_string_are_judged_as_before(string number, string? forgiven)
    {
        SampleNode value = SampleJson.TryParse(("{\"A\": " + number + "}").AsMemory(), out (string What, int Offset)? lenience)!.Get("A")!;

        Assert.Equal(SampleNodeKind.Number, value.Kind);
        Assert.Equal(number, value.Text);
        Assert.Equal(forgiven, lenience?.What);
    }

    [Fact]
    public void A_long_plain_number_is_still_a_number()
    {
        string digits = new('9', 400);

        Assert.Equal(SampleNodeKind.Number, SampleJson.TryParse("[" + digits + "]")!.Items[0].Kind);
    }

    [Fact]
    public void Members_and_items_are_apart()
    {
        SampleNode root = SampleJson.TryParse("{\"L\": [1, 2], \"O\": {\"X\": 1}}")!;

        Assert.Equal(0, root.Items.Count);
        Assert.Equal(0, root.Get("L")!.Properties.Count);
        Assert.Equal(2, root.Get("L")!.Items.Count);
        Assert.Equal(0, root.Get("O")!.Items.Count);
        Assert.True(root.Get("L")!.Items.TrueForAll(i => i.Kind == SampleNodeKind.Number));
    }

    [Fact]
    public void A_failed_read_leaves_the_next_one_whole()
    {
        Assert.Null(SampleJson.TryParse("{\"A\": [1, {\"B\": "));

        SampleNode root = SampleJson.TryParse("{\"C\": [3]}".AsMemory(), out (string What, int Offset)? lenience)!;
        Assert.Equal(new[] { "C" }, Keys(root));
        Assert.Equal(1, root.Get("C")!.Items.Count);
        Assert.Null(lenience);
    }

    [Fact]
    public void The_element_of_a_list_is_the_union_of_its_objects()
    {
        SampleNode two = SampleJson.TryParse("[{\"A\": 1, \"B\": 2}, {\"b\": 3, \"C\": 4}]")!;
        SampleNode one = SampleJson.TryParse("[{\"A\": 1, \"B\": 2}]")!;
        SampleNode repeated = SampleJson.TryParse("[{\"A\": 1, \"a\": 2, \"B\": 3}]")!;

        Assert.Equal(new[] { "A", "B", "C" }, Keys(two.Element(null)!));
        Assert.Equal(new[] { "A", "B" }, Keys(one.Element(null)!));
        Assert.Equal(new[] { "A", "B" }, Keys(repeated.Element(null)!));
        Assert.Equal("1", repeated.Element(null)!.Get("a")!.Text);
        Assert.Null(SampleJson.TryParse("[]")!.Element(null));
    }

    [Fact]
    public void Repeated_xml_elements_group_ignoring_case_in_the_order_first_seen()
    {
        SampleNode root = SampleXml.TryParse("<?xml version=\"1.0\"?><R><b>1</b><Item><x>1</x></Item><item><y>2</y></item><a/></R>")!;

        Assert.Equal(new[] { "R" }, Keys(root));
        SampleNode r = root.Get("R")!;
        Assert.Equal(new[] { "b", "Item", "a" }, Keys(r));
        Assert.Equal(SampleNodeKind.String, r.Get("B")!.Kind);
        Assert.Null(r.Get("b")!.Text);
        Assert.Equal(SampleNodeKind.Array, r.Get("item")!.Kind);
        Assert.Equal(new[] { "x", "y" }, Keys(r.Get("Item")!.Element(null)!));
    }

    [Fact]
    public void The_xml_response_root_is_dropped_only_when_it_holds_elements()
    {
        SampleNode holds = SampleXml.TryParse("<DescribeThingsResponse><RequestId>r</RequestId><!-- c --></DescribeThingsResponse>")!;
        SampleNode empty = SampleXml.TryParse("<DescribeThingsResponse>text</DescribeThingsResponse>")!;

        Assert.Equal(new[] { "RequestId" }, Keys(holds));
        Assert.Equal(new[] { "DescribeThingsResponse" }, Keys(empty));
    }

    [Fact]
    public void Unreadable_xml_is_null_even_where_it_closes_the_wrapper_itself()
    {
        Assert.Null(SampleXml.TryParse("<A><B></A>"));
        Assert.Null(SampleXml.TryParse("<!DOCTYPE x><A/>"));
        Assert.Null(SampleXml.TryParse("<A/></sample-root><B/><sample-root>"));
        Assert.Null(SampleXml.TryParse("<A/></sample-root>text"));
    }

    [Fact]
    public void The_sample_request_is_read_line_by_line()
    {
        SampleRequest request = SampleRequest.Read(
            "POST ProjectName.Endpoint/logstores/x HTTP/1.1\r\nHost: ProjectName.Endpoint\r\nContent-Type: application/x-protobuf \r\nAccept:  application/json\r\nhttps://Sls.AliYunCs.com/?x=1");

        Assert.Equal(("sls.aliyuncs.com", "POST", "ProjectName.Endpoint/logstores/x"), (request.Host, request.HttpMethod, request.Path));
        Assert.Equal(("ProjectName", "application/x-protobuf", "application/json"), (request.HostParameter, request.ContentType, request.Accept));
    }

    [Theory]
    [InlineData("patch|post /x HTTPS|HTTP", true)]
    [InlineData("\n\n  DELETE /externalstores/name", true)]
    [InlineData("GET https://sls.aliyuncs.com/?Action=X", false)]
    [InlineData("GET| /x HTTP/1.1", false)]
    [InlineData("FETCH /x HTTP/1.1", false)]
    [InlineData("", false)]
    public void A_request_line_starts_with_methods(string code, bool starts)
    {
        Assert.Equal(starts, SampleRequest.StartsWithRequestLine(code));
    }

    [Fact]
    public void Several_methods_are_upper_cased_together()
    {
        Assert.Equal(("PATCH|POST", "/x"), (SampleRequest.Read("patch|post /x HTTPS|HTTP").HttpMethod, SampleRequest.Read("patch|post /x HTTPS|HTTP").Path));
    }

    [Theory]
    [InlineData("x-log-count", true)]
    [InlineData(" X-Log-Progress ", true)]
    [InlineData("X-ACS-Something", true)]
    [InlineData("x-log-requestid", false)]
    [InlineData(" X-Log-CompressType", false)]
    [InlineData("x-logcount", false)]
    [InlineData("Content-Type", false)]
    public void Operation_headers_are_named_ignoring_case(string name, bool operation)
    {
        Assert.Equal(operation, ResponseHeaderNames.IsOperationHeader(name));
    }

    [Fact]
    public void Fields_named_in_also_sentences_are_found_in_any_case()
    {
        const string Page = "# X\n\n## Response parameters\n\nThe response also contains the **Result** parameter.\nAnd ALSO INCLUDES Count parameter. And also\n| also includes Skipped parameter |\nNothing also.\n";
        var lines = new LineIndex("x.md", Page);
        PageOutline page = PageOutline.Parse(Page, lines);

        var named = ResponseProse.Named(page, 3, page.LineCount, lines);

        Assert.Equal(new[] { "Result", "Count" }, named.Select(n => n.Name));
    }

    // The members' names in order, as a foreach over the properties gives them (the view has no LINQ).
    private static List<string> Keys(SampleNode node)
    {
        var keys = new List<string>();
        foreach (KeyValuePair<string, SampleNode> property in node.Properties)
        {
            keys.Add(property.Key);
        }

        return keys;
    }
}

using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The sample readers read a code block's text in place, as a slice of its page (<see cref="CodeSample"/>): nothing
/// before or after the slice is read, and places count from the slice's start, as they did from the start of the
/// sample's own string.
/// </summary>
public sealed class SampleSliceTests
{
    [Fact]
    public void A_json_sample_is_read_within_its_slice_and_placed_from_its_start()
    {
        const string page = "{\"Before\": 0}\n```json\n{\"A\": \"x\", \"B\": [1, 2,]}\n```\n";
        int start = page.IndexOf("{\"A\"", StringComparison.Ordinal);
        ReadOnlyMemory<char> sample = page.AsMemory(start, page.IndexOf("\n```\n", start, StringComparison.Ordinal) - start);

        SampleNode root = SampleJson.TryParse(sample, out (string What, int Offset)? lenience)!;

        Assert.Equal(new[] { "A", "B" }, Names(root));
        Assert.Equal("x", root.Get("A")!.Text);
        Assert.Equal(1, root.Get("A")!.Offset);
        Assert.Equal(11, root.Get("B")!.Offset);
        Assert.Equal(("a trailing comma", 21), lenience);
    }

    [Theory]
    [InlineData("{\"A\": 1}", 7)] // the closing brace is past the slice
    [InlineData("{\"A\": \"xy\"}", 8)] // so is the string's closing quote
    [InlineData("{\"A\": 1} // note", 8)] // what follows the slice is not read: no comment forgiven
    public void A_json_reader_stops_at_the_slice_end(string text, int length)
    {
        SampleNode? node = SampleJson.TryParse(text.AsMemory(0, length), out (string What, int Offset)? lenience);

        Assert.Equal(length == 8 && text.EndsWith("note", StringComparison.Ordinal), node is not null);
        Assert.Null(lenience);
    }

    [Fact]
    public void An_xml_sample_is_read_within_its_slice()
    {
        const string page = "<Before/>\n  <?xml version=\"1.0\"?><R><A>1</A><A>2</A><B>x</B></R>  \n<After/>";
        int start = page.IndexOf("  <?xml", StringComparison.Ordinal);
        int end = page.IndexOf("\n<After/>", StringComparison.Ordinal);

        SampleNode root = SampleXml.TryParse(page.AsMemory(start, end - start))!;

        Assert.Equal(new[] { "R" }, Names(root));
        SampleNode r = root.Get("R")!;
        Assert.Equal(new[] { "A", "B" }, Names(r));
        Assert.Equal(2, r.Get("A")!.Items.Count);
        Assert.Null(SampleXml.TryParse(page.AsMemory(start, end - start - 4)));
    }

    [Fact]
    public void Wrapped_text_reads_as_the_three_parts_joined()
    {
        const string page = "xx<A>body</A>yy";
        var reader = new WrappedText(page.AsMemory(2, 11), "<root>", "</root>");

        Assert.Equal('<', reader.Peek());
        Assert.Equal('<', reader.Read());
        var buffer = new char[5];
        Assert.Equal(5, reader.Read(buffer, 0, 5));
        Assert.Equal("root>", new string(buffer));
        Assert.Equal("<A>body</A></root>", reader.ReadToEnd());
        Assert.Equal(-1, reader.Peek());
        Assert.Equal(-1, reader.Read());
    }

    private static List<string?> Names(SampleNode node)
    {
        var names = new List<string?>();
        foreach (SampleNode member in node.Members)
        {
            names.Add(member.Name);
        }

        return names;
    }
}

using System.Diagnostics;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Tests;

/// <summary>The generator's JSON DOM: RFC 8259 values, exact positions, and errors that say where.</summary>
public sealed class MetadataJsonTests
{
    [Fact]
    public void Objects_keep_their_properties_in_order_with_the_place_of_each_name()
    {
        var root = (JsonObject)JsonParser.Parse("{\n  \"b\": 1,\n  \"a\": [true, false, null],\n  \"c\": {}\n}");

        Assert.Equal(new[] { "b", "a", "c" }, root.Properties.Select(p => p.Name));
        JsonProperty a = root.Properties[1];
        Assert.Equal((2, 2, 3), (a.NameValue.Line, a.NameValue.Column, a.NameValue.TextLength));
        var array = (JsonArray)a.Value;
        Assert.Equal(new[] { JsonKind.Boolean, JsonKind.Boolean, JsonKind.Null }, array.Items.Select(i => i.Kind));
        Assert.Equal((2, 7), (array.Line, array.Column));
        Assert.True(((JsonBoolean)array[0]).Value);
        Assert.Empty(root.GetObject("c")!.Properties);
        Assert.Null(root.Get("missing"));
    }

    [Theory]
    [InlineData(@"""plain""", "plain")]
    [InlineData(@"""a\""b\\c\/d""", "a\"b\\c/d")]
    [InlineData(@"""\b\f\n\r\t""", "\b\f\n\r\t")]
    [InlineData(@"""\u4e2d\u6587""", "中文")]
    [InlineData(@"""中文 as is""", "中文 as is")]
    [InlineData(@"""\ud83d\ude00""", "\U0001F600")]
    [InlineData(@"""\u00E9\u00e9""", "éé")]
    [InlineData(@"""""", "")]
    public void Strings_are_unescaped(string json, string expected)
    {
        var value = (JsonString)JsonParser.Parse(json);

        Assert.Equal(expected, value.Value);
        Assert.Equal(json.Length, value.TextLength);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("42")]
    [InlineData("-17")]
    [InlineData("3.25")]
    [InlineData("1e10")]
    [InlineData("1E-7")]
    [InlineData("-2.5e+3")]
    [InlineData("12345678901234567890123")]
    public void Numbers_keep_the_text_they_were_written_with(string json)
    {
        var number = (JsonNumber)JsonParser.Parse(" " + json + " ");

        Assert.Equal(json, number.Text);
        Assert.True(number.TryGetDouble(out _));
    }

    [Fact]
    public void Integers_convert_exactly()
    {
        Assert.True(((JsonNumber)JsonParser.Parse("9007199254740993")).TryGetInt64(out long big));
        Assert.Equal(9007199254740993L, big);
        Assert.False(((JsonNumber)JsonParser.Parse("1.5")).TryGetInt64(out _));
    }

    [Theory]
    [InlineData("01", 0, 0, "not a valid number")]
    [InlineData("1.", 0, 0, "not a valid number")]
    [InlineData(".5", 0, 0, "'.'")]
    [InlineData("1e", 0, 0, "not a valid number")]
    [InlineData("+1", 0, 0, "'+'")]
    [InlineData("12abc", 0, 0, "not a valid number")]
    [InlineData("{\"a\": 1,}", 0, 8, "property name")]
    [InlineData("[1, 2,]", 0, 6, "value was expected")]
    [InlineData("{\"a\" 1}", 0, 5, "Expected ':'")]
    [InlineData("{\"a\": 1 \"b\": 2}", 0, 8, "Expected ',' or '}'")]
    [InlineData("[1 2]", 0, 3, "Expected ',' or ']'")]
    [InlineData("{'a': 1}", 0, 1, "double quotes")]
    [InlineData("// comment\n{}", 0, 0, "'/'")]
    [InlineData("{\n  \"a\": tru\n}", 1, 7, "'tru'")]
    [InlineData("{\n  \"a\": nul }", 1, 7, "'nul'")]
    [InlineData("\"abc", 0, 0, "not closed")]
    [InlineData("\"a\nb\"", 0, 2, "U+000A")]
    [InlineData("\"\\x\"", 0, 1, "\\x")]
    [InlineData("\"\\u12G4\"", 0, 1, "four hex digits")]
    [InlineData("\"\\u12\"", 0, 1, "four hex digits")]
    [InlineData("{} {}", 0, 3, "after the end")]
    [InlineData("", 0, 0, "end of text")]
    [InlineData("  \n  ", 1, 2, "end of text")]
    [InlineData("{\"a\": [1, 2", 0, 11, "Expected ',' or ']'")]
    [InlineData("{\"a\":", 0, 5, "end of text")]
    public void Errors_say_what_and_where(string json, int line, int column, string reason)
    {
        JsonParseException error = Assert.Throws<JsonParseException>(() => JsonParser.Parse(json));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Reason);
        Assert.Contains("line " + (line + 1) + ", column " + (column + 1), error.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_columns_count_from_it()
    {
        var root = (JsonObject)JsonParser.Parse("\uFEFF{\"a\": 1}");

        Assert.Equal(1, root.Column);
        Assert.Equal("1", ((JsonNumber)root["a"]!).Text);
    }

    [Fact]
    public void Carriage_returns_do_not_start_lines()
    {
        var root = (JsonObject)JsonParser.Parse("{\r\n\"a\":\r\n 1}");

        Assert.Equal((2, 1), (root["a"]!.Line, root["a"]!.Column));
    }

    [Fact]
    public void Nesting_is_bounded_instead_of_overflowing_the_stack()
    {
        string deep = new string('[', 100_000) + new string(']', 100_000);

        JsonParseException error = Assert.Throws<JsonParseException>(() => JsonParser.Parse(deep));

        Assert.Contains("deeper than", error.Reason);
        Assert.Equal(JsonKind.Array, JsonParser.Parse(new string('[', 200) + new string(']', 200)).Kind);
    }

    [Fact]
    public void Lookup_finds_the_first_of_repeated_names_in_small_and_large_objects()
    {
        var small = (JsonObject)JsonParser.Parse("{\"a\": 1, \"a\": 2}");
        string many = "{" + string.Join(", ", Enumerable.Range(0, 50).Select(i => "\"k" + i + "\": " + i)) + ", \"k7\": 99}";
        var large = (JsonObject)JsonParser.Parse(many);

        Assert.Equal("1", small["a"]!.ToString());
        Assert.Equal(2, small.Count);
        Assert.Equal("7", large["k7"]!.ToString());
        Assert.Equal("49", large["k49"]!.ToString());
        Assert.Null(large["K7"]);
    }

    [Fact]
    public void Typed_accessors_return_null_for_other_kinds()
    {
        var root = (JsonObject)JsonParser.Parse("{\"s\": \"x\", \"n\": 5, \"b\": true, \"t\": \"TRUE\", \"o\": {}, \"a\": []}");

        Assert.Equal("x", root.GetString("s"));
        Assert.Null(root.GetString("n"));
        Assert.Equal("5", root.GetText("n"));
        Assert.Equal("true", root.GetText("b"));
        Assert.True(root.GetBoolean("b"));
        Assert.True(root.GetBoolean("t"));
        Assert.Null(root.GetBoolean("n"));
        Assert.NotNull(root.GetObject("o"));
        Assert.Null(root.GetObject("a"));
        Assert.NotNull(root.GetArray("a"));
        Assert.Null(root.GetText("o"));
    }

    [Fact]
    public void The_largest_corpus_file_parses_quickly()
    {
        string text = File.ReadAllText(MetadataSpecs.File("ecs"));
        JsonParser.Parse(text);

        var clock = Stopwatch.StartNew();
        var root = (JsonObject)JsonParser.Parse(text);
        clock.Stop();

        Assert.Equal(347, root.GetObject("apis")!.Count);
        // About 50 ms on an idle machine; generous for a loaded CI box.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), "parsing 2.7 MB took " + clock.Elapsed);
    }
}

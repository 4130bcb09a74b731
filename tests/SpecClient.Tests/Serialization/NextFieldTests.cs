using System.Text;
using System.Text.Json;
using SpecClient.Serialization;

namespace SpecClient.Tests.Serialization;

/// <summary>
/// <see cref="JsonRead.NextField"/>, the loop of every generated reader: the fields it hands over, in the object's
/// order, with names matched ignoring ASCII case and the rest skipped.
/// </summary>
public sealed class NextFieldTests
{
    private static readonly string[] Names = { "RequestId", "Count", "Items" };

    [Fact]
    public void Hands_over_known_fields_in_the_objects_order_and_skips_the_others()
    {
        List<string> read = Read("{\"extra\":{\"a\":[1,2]},\"count\":3,\"ITEMS\":[1],\"requestId\":\"r-1\",\"more\":null}");

        Assert.Equal(new[] { "Count=3", "Items=StartArray", "RequestId=r-1" }, read);
    }

    [Fact]
    public void Reads_escaped_names()
    {
        Assert.Equal(new[] { "RequestId=r-2" }, Read("{\"Request\\u0049d\":\"r-2\"}"));
    }

    [Fact]
    public void The_first_matching_name_wins_when_two_differ_only_in_case()
    {
        var reader = Reader("{\"a\":1}");
        int field = -1;

        Assert.True(JsonRead.NextField(ref reader, new[] { "A", "a" }, ref field));
        Assert.Equal(0, field);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("[1,2]")]
    [InlineData("{}")]
    [InlineData("{\"other\":{\"RequestId\":\"nested\"}}")]
    public void Gives_nothing_for_a_value_that_is_no_object_or_has_no_known_field(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json + " 7");
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        reader.Read();
        int field = -1;

        Assert.False(JsonRead.NextField(ref reader, Names, ref field));

        // The whole value was consumed: the next token is the one after it.
        Assert.True(reader.Read());
        Assert.Equal(7, reader.GetInt32());
    }

    private static List<string> Read(string json)
    {
        var reader = Reader(json);
        var read = new List<string>();
        for (int field = -1; JsonRead.NextField(ref reader, Names, ref field);)
        {
            string value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString()!,
                JsonTokenType.Number => reader.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => reader.TokenType.ToString(),
            };
            read.Add(Names[field] + "=" + value);
            reader.Skip();
        }

        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        return read;
    }

    private static Utf8JsonReader Reader(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader;
    }
}

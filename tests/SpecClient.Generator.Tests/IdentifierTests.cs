namespace SpecClient.Generator.Tests;

/// <summary>
/// Pascal names: a name that already is one comes back as the very same string (an ASCII one is recognized without the
/// Unicode tests and keyword lookup), and any other is rebuilt word by word.
/// </summary>
public sealed class IdentifierTests
{
    [Theory]
    [InlineData("DescribeInstances")]
    [InlineData("RequestId")]
    [InlineData("A")]
    [InlineData("_2fa")]
    [InlineData("X_Y_9")]
    [InlineData("Ärger")] // not ASCII: the full test
    [InlineData("地域")] // letters without case
    public void A_Pascal_name_is_returned_as_it_is(string name)
    {
        Assert.Same(name, Identifier.Pascal(name));
    }

    [Theory]
    [InlineData("max-results", "MaxResults")]
    [InlineData("2fa", "_2fa")]
    [InlineData("class", "Class")]
    [InlineData("describeInstances", "DescribeInstances")]
    [InlineData("InvalidParameter.Format", "InvalidParameterFormat")]
    [InlineData("Forbidden.RAM ", "ForbiddenRAM")]
    [InlineData("ärger", "Ärger")]
    [InlineData("Region-地域", "Region地域")]
    [InlineData("x.y.z", "XYZ")]
    public void Other_names_are_rebuilt_word_by_word(string name, string expected)
    {
        Assert.Equal(expected, Identifier.Pascal(name));
    }

    [Fact]
    public void Names_rebuilt_one_after_another_share_nothing()
    {
        // Rebuilt in a buffer kept per thread: a long name grows it, and a shorter name after it must not keep the
        // longer one's tail.
        string longName = string.Join("-", Enumerable.Repeat("segment", 30));
        Assert.Equal(string.Concat(Enumerable.Repeat("Segment", 30)), Identifier.Pascal(longName));
        Assert.Equal("MaxResults", Identifier.Pascal("max-results"));
        Assert.Equal("_2fa", Identifier.Pascal("2fa"));
        Assert.Equal(string.Concat(Enumerable.Repeat("Segment", 30)), Identifier.Pascal(longName));
    }

    [Fact]
    public void A_name_without_letters_or_digits_gets_a_stable_hashed_name()
    {
        string name = Identifier.Pascal("--");

        Assert.StartsWith("Value", name);
        Assert.Equal(name, Identifier.Pascal("--"));
        Assert.NotEqual(name, Identifier.Pascal("..."));
    }
}

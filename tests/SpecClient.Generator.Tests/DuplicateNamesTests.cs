using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// <see cref="DuplicateNames"/> gives a table's own list back when no name repeats (no copy per table), and still
/// drops and reports a repeat in a short table and in a long one (past the one-by-one comparison); the name sets
/// classes take (<see cref="TakenNames"/>) come back cleared and are never shared by nested classes.
/// </summary>
public sealed class DuplicateNamesTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_table_without_repeats_is_given_back_as_it_is(int count)
    {
        List<string> names = Enumerable.Range(0, count).Select(i => "Field" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var diagnostics = new DiagnosticBag();

        List<string> kept = Keep(names, diagnostics);

        Assert.Same(names, kept);
        Assert.Empty(diagnostics.ToEquatableArray());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_repeat_is_dropped_and_reported_and_a_case_alias_keeps_the_PascalCase_name(int count)
    {
        List<string> names = Enumerable.Range(0, count).Select(i => "Field" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        names.Add("field1");
        names.Add("Field2");
        var diagnostics = new DiagnosticBag();

        List<string> kept = Keep(names, diagnostics);

        Assert.Equal(names.Take(count), kept);
        Assert.Equal(new[] { "SPEC017", "SPEC010" }, diagnostics.ToEquatableArray().Select(d => d.Id));
    }

    [Fact]
    public void Name_sets_come_back_cleared_and_nested_classes_get_sets_of_their_own()
    {
        HashSet<string> outer = TakenNames.Rent("Response", "Read");
        outer.Add("Items");
        HashSet<string> nested = TakenNames.Rent("Item");

        Assert.NotSame(outer, nested);
        Assert.Equal(new[] { "Item" }, nested);
        TakenNames.Return(nested);
        TakenNames.Return(outer);

        HashSet<string> again = TakenNames.Rent("Other");
        Assert.Equal(new[] { "Other" }, again);
        TakenNames.Return(again);
    }

    private static List<string> Keep(List<string> names, DiagnosticBag diagnostics) =>
        DuplicateNames.Keep(names, n => n, _ => DocComment.None, _ => LocationInfo.FileStart("page.md"), "the response", diagnostics);
}

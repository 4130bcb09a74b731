using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The HTTP status column of an error table: a cell of digits alone is read in place, any other cell as its text
/// (markup removed, white space trimmed) parsed as an integer, as before; a cell that is no integer gives no status.
/// </summary>
public sealed class ErrorTableReaderTests
{
    private const string Page = """
        # DeleteThing

        Deletes a thing.

        ## Request parameters

        |Parameter|Type|Required|Example|Description|
        |---------|----|--------|-------|-----------|
        |Action|String|Yes|DeleteThing|The operation.|

        ## Response parameters

        |Parameter|Type|Example|Description|
        |---------|----|-------|-----------|
        |RequestId|String|0EA5|The ID of the request.|

        ## Error codes

        |HTTP status code|Error code|Error message|Description|
        |----------------|----------|-------------|-----------|
        |400|Plain|Plain digits.|Read in place.|
        |  403  |Padded|Padded digits.| |
        |**404**|Bold|Digits in markup.|Read as text.|
        |+409|Signed|A sign.|int.TryParse takes it.|
        |4000000000|TooLarge|Past int's range.|No status.|
        |-|Dash|No status.|No status.|
        |4 04|Spaced|Two words.|No status.|
        """;

    [Fact]
    public void Status_cells_are_read_as_numbers_where_they_are_integers()
    {
        Operation operation = Assert.Single(SpecReader.Read(new SpecFile("/specs/things/DeleteThing.md", Page, SpecOptions.None), default).Operations);

        Assert.Equal(
            [("Plain", 400), ("Padded", 403), ("Bold", 404), ("Signed", 409), ("TooLarge", null), ("Dash", null), ("Spaced", null)],
            operation.Errors.Select(e => (e.Code, e.HttpStatus)));
        Assert.Equal("Plain digits.", operation.Errors[0].Message);
        Assert.Null(operation.Errors[1].Description);
    }
}

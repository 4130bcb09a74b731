using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// A parameter or field row of a request or response table, with its columns read. <see cref="Position"/> is the
/// Position/Location column of ROA pages (Path, Query, Body, Header), null where the table has none.
/// </summary>
internal sealed record SpecRow(
    string Name,
    TypeCell Type,
    string TypeText,
    bool IsRequired,
    bool HasTreeMark,
    DocComment Doc,
    LocationInfo Location,
    ParameterPosition? Position = null);

namespace SpecClient.Generator.Model;

/// <summary>
/// One request parameter. <see cref="WireName"/> is the doc's name (<c>Email</c>, or <c>Tag</c> for the
/// repeat list <c>Tag.N.Key</c>); <see cref="Members"/> holds the item's fields for a list of objects.
/// <see cref="Position"/> says where it travels; doc pages that do not say leave it at Query.
/// <see cref="EnumTypeName"/> names the extensible string enum emitted for a string parameter whose docs list
/// its values (<see cref="DocComment.Values"/>); null for every other parameter. <see cref="MediaType"/> is the
/// content type of a <see cref="ScalarKind.Binary"/> body, null otherwise.
/// </summary>
internal sealed record RequestParameter(
    string WireName,
    string PropertyName,
    ValueShape Shape,
    ScalarKind Kind,
    bool IsRequired,
    DocComment Doc,
    string? ItemTypeName,
    EquatableArray<RequestParameter> Members,
    LocationInfo Location,
    ParameterPosition Position = ParameterPosition.Query,
    string? EnumTypeName = null,
    string? MediaType = null);

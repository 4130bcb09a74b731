namespace SpecClient.Generator.Model;

/// <summary>
/// One field of a response, with its children for objects and lists of objects. <see cref="ItemWrapper"/>
/// is the XML item element the docs name (<c>Instance</c> under <c>Instances</c>), which JSON responses
/// keep as a wrapper object. <see cref="EnumTypeName"/> names the extensible string enum of a string field
/// whose docs list its values; null otherwise.
/// </summary>
internal sealed record ResponseField(
    string WireName,
    string PropertyName,
    ValueShape Shape,
    ScalarKind Kind,
    DocComment Doc,
    string? TypeName,
    string? ItemWrapper,
    EquatableArray<ResponseField> Children,
    LocationInfo Location,
    string? EnumTypeName = null);

namespace SpecClient.Generator.Model;

/// <summary>
/// One field of a response, with its children for objects and lists of objects. <see cref="ItemWrapper"/>
/// is the XML item element the docs name (<c>Instance</c> under <c>Instances</c>), which JSON responses
/// keep as a wrapper object. <see cref="EnumTypeName"/> names the extensible string enum of a string field
/// whose docs list its values; null otherwise. A list whose <see cref="WireName"/> is <see cref="WholeBody"/> (empty)
/// is the body itself: a response that is a bare JSON array. <see cref="FromHeader"/> marks a top-level field the
/// service sends as a response header (SLS's <c>x-log-progress</c>), <see cref="WireName"/> being the header's name.
/// A whole-body scalar of <see cref="ScalarKind.Binary"/> is a body of bytes (SLS's <c>PullLogs</c>), of media type
/// <see cref="MediaType"/> (<c>application/x-protobuf</c>), asked for with <c>Accept</c>.
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
    string? EnumTypeName = null,
    bool FromHeader = false,
    string? MediaType = null)
{
    /// <summary>The wire name of the field that is the whole body (a bare JSON array): no name.</summary>
    public const string WholeBody = "";

    /// <summary>The property that holds a bare JSON array body.</summary>
    public const string WholeBodyProperty = "Items";

    public bool IsWholeBody => WireName.Length == 0;

    /// <summary>The body of bytes a response is (not JSON): a whole-body binary scalar.</summary>
    public bool IsBytesBody => IsWholeBody && Shape == ValueShape.Scalar && Kind == ScalarKind.Binary;

    /// <summary>The request id every Alibaba Cloud response carries (SLS's in a header), by its name in any case.</summary>
    public bool IsRequestId => string.Equals(WireName, "RequestId", System.StringComparison.OrdinalIgnoreCase);
}

namespace SpecClient.Generator.Model;

/// <summary>
/// The scalar types a doc page's Type column maps to, and <see cref="Binary"/>: a request body the docs send
/// as bytes (<c>Content-Type: application/x-protobuf</c>), never a table cell's type.
/// </summary>
internal enum ScalarKind
{
    String,
    Int32,
    Int64,
    Boolean,
    Double,
    Binary,
}

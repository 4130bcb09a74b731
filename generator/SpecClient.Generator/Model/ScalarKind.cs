namespace SpecClient.Generator.Model;

/// <summary>The scalar types a doc page's Type column maps to.</summary>
internal enum ScalarKind
{
    String,
    Int32,
    Int64,
    Boolean,
    Double,
}

namespace SpecClient.Generator.Model;

/// <summary>Whether a parameter or field holds one scalar, a list of scalars, an object, or a list of objects.</summary>
internal enum ValueShape
{
    Scalar,
    ScalarList,
    Object,
    ObjectList,
}

using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>The one mapping from model types to fully qualified C# types and runtime reader calls.</summary>
internal static class TypeNames
{
    public const string List = "global::System.Collections.Generic.IReadOnlyList";
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string Json = "global::SpecClient.Serialization.JsonRead";

    public static string Scalar(ScalarKind kind) => kind switch
    {
        ScalarKind.Int32 => "int",
        ScalarKind.Int64 => "long",
        ScalarKind.Boolean => "bool",
        ScalarKind.Double => "double",
        ScalarKind.Binary => "byte[]",
        _ => "string",
    };

    /// <summary>The scalar's type with <c>?</c>: one string per kind rather than a new one per property.</summary>
    public static string NullableScalar(ScalarKind kind) => kind switch
    {
        ScalarKind.Int32 => "int?",
        ScalarKind.Int64 => "long?",
        ScalarKind.Boolean => "bool?",
        ScalarKind.Double => "double?",
        ScalarKind.Binary => "byte[]?",
        _ => "string?",
    };

    /// <summary>True for the scalars that are references (null when unset, so a required one is checked before sending).</summary>
    public static bool IsReference(ScalarKind kind) => kind is ScalarKind.String or ScalarKind.Binary;

    /// <summary>The type of one value: the extensible enum where the docs list values, else the scalar.</summary>
    public static string Value(ScalarKind kind, string? enumTypeName) => enumTypeName ?? Scalar(kind);

    public static string ReadMethod(ScalarKind kind) => kind switch
    {
        ScalarKind.Int32 => Json + ".Int32",
        ScalarKind.Int64 => Json + ".Int64",
        ScalarKind.Boolean => Json + ".Boolean",
        ScalarKind.Double => Json + ".Double",
        _ => Json + ".String",
    };
}

/// <summary>Reader calls for list items, which are never null.</summary>
internal static class ItemReaders
{
    public static string For(ScalarKind kind) => kind switch
    {
        ScalarKind.Int32 => TypeNames.Json + ".Int32Item",
        ScalarKind.Int64 => TypeNames.Json + ".Int64Item",
        ScalarKind.Boolean => TypeNames.Json + ".BooleanItem",
        ScalarKind.Double => TypeNames.Json + ".DoubleItem",
        _ => TypeNames.Json + ".StringItem",
    };
}

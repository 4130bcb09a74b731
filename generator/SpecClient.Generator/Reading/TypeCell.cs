using System;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// The one place where a Type cell becomes a type. Covers the spellings seen in real pages: short and
/// lowercase forms, typos, <c>Array of X</c>, <c>List&lt;String&gt;</c>, <c>X[]</c>, anchor links to sub-tables.
/// <see cref="IsMap"/> marks an object whose keys are data (<c>Map</c>), not field names.
/// </summary>
internal sealed record TypeCell(TypeCellKind Kind, ScalarKind Scalar, string? ItemTypeName, bool IsRecognized, bool IsMap = false)
{
    public bool IsContainer => Kind != TypeCellKind.Scalar;

    public static TypeCell Parse(string cell) => Parse(DocText.OneLine(cell), cell.AsSpan());

    /// <summary>The type a cell states, given the cell (<paramref name="cell"/>) and its <see cref="DocText.OneLine(string)"/> text.</summary>
    public static TypeCell Parse(string oneLine, ReadOnlySpan<char> cell)
    {
        // Backslashes left by doubled escapes ("List<String\\\>" reads as "List<String\>") are never part of a type.
        string text = oneLine.Replace("\\", string.Empty).Trim();
        string? linked = LinkText(cell);
        if (linked is not null)
        {
            // [DnsHostType](#table_x): a named type described by a sub-table further down.
            return new TypeCell(TypeCellKind.Linked, ScalarKind.String, Identifier.Pascal(linked), true);
        }

        string lower = text.ToLowerInvariant();
        if (lower.Length == 0 || lower == "n/a" || lower == "-")
        {
            return new TypeCell(TypeCellKind.Unspecified, ScalarKind.String, null, true);
        }

        if (TryScalar(lower, out ScalarKind scalar))
        {
            return new TypeCell(TypeCellKind.Scalar, scalar, null, true);
        }

        if (lower.StartsWith("array of ", StringComparison.Ordinal) || lower.StartsWith("list of ", StringComparison.Ordinal))
        {
            string item = text.Substring(text.IndexOf(" of ", StringComparison.OrdinalIgnoreCase) + 4).Trim();
            return ListOf(item);
        }

        int angle = lower.IndexOf('<');
        if ((lower.StartsWith("list<", StringComparison.Ordinal) || lower.StartsWith("array<", StringComparison.Ordinal)) && lower.EndsWith(">", StringComparison.Ordinal))
        {
            return ListOf(text.Substring(angle + 1, text.Length - angle - 2).Trim());
        }

        if (lower.EndsWith("[]", StringComparison.Ordinal))
        {
            return ListOf(text.Substring(0, text.Length - 2).Trim());
        }

        switch (lower)
        {
            case "array":
            case "list":
            case "repeatlist":
            case "json array":
            case "jsonarray":
                return new TypeCell(TypeCellKind.List, ScalarKind.String, null, true);
            case "struct":
            case "object":
            case "json":
            case "json object":
                return new TypeCell(TypeCellKind.Object, ScalarKind.String, null, true);
            case "map":
            case "string to string map":
                return new TypeCell(TypeCellKind.Object, ScalarKind.String, null, true, IsMap: true);
        }

        return new TypeCell(TypeCellKind.Scalar, ScalarKind.String, null, false);
    }

    public static bool TryScalar(string lower, out ScalarKind kind)
    {
        switch (lower)
        {
            case "string":
            case "str":
            case "sting":
            case "datetime":
            case "date":
                kind = ScalarKind.String;
                return true;
            case "integer":
            case "int":
            case "int32":
            case "interger":
            case "short":
                kind = ScalarKind.Int32;
                return true;
            case "long":
            case "int64":
                kind = ScalarKind.Int64;
                return true;
            case "boolean":
            case "bool":
                kind = ScalarKind.Boolean;
                return true;
            case "float":
            case "double":
            case "number":
                kind = ScalarKind.Double;
                return true;
            default:
                kind = ScalarKind.String;
                return false;
        }
    }

    private static TypeCell ListOf(string item)
    {
        if (TryScalar(item.ToLowerInvariant(), out ScalarKind scalar))
        {
            return new TypeCell(TypeCellKind.ScalarList, scalar, null, true);
        }

        return new TypeCell(TypeCellKind.List, ScalarKind.String, Identifier.Pascal(item), true);
    }

    private static string? LinkText(ReadOnlySpan<char> cell)
    {
        ReadOnlySpan<char> trimmed = cell.Trim();
        if (trimmed.Length == 0 || trimmed[0] != '[')
        {
            return null;
        }

        int close = trimmed.IndexOf("](".AsSpan());
        return close > 1 && trimmed[trimmed.Length - 1] == ')' ? trimmed.Slice(1, close - 1).ToString() : null;
    }
}

/// <summary>What a Type cell says about the shape of the value.</summary>
internal enum TypeCellKind
{
    Scalar,
    ScalarList,
    List,
    Object,
    Unspecified,
    Linked,
}

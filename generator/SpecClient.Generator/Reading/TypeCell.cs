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
    // Shared parses: the records are values, so a row needs no TypeCell of its own (a page has hundreds of rows).
    // One per ScalarKind, at the kind's value (GetValues sorts by value), so a new kind cannot shift the others.
    private static readonly TypeCell[] Scalars = Array.ConvertAll(
        (ScalarKind[])Enum.GetValues(typeof(ScalarKind)),
        kind => new TypeCell(TypeCellKind.Scalar, kind, null, true));

    private static readonly TypeCell Unspecified = new(TypeCellKind.Unspecified, ScalarKind.String, null, true);
    private static readonly TypeCell AnyList = new(TypeCellKind.List, ScalarKind.String, null, true);
    private static readonly TypeCell AnyObject = new(TypeCellKind.Object, ScalarKind.String, null, true);
    private static readonly TypeCell Map = new(TypeCellKind.Object, ScalarKind.String, null, true, IsMap: true);
    private static readonly TypeCell Unknown = new(TypeCellKind.Scalar, ScalarKind.String, null, false);

    // The spellings of nearly every Type cell of the corpus (String alone is three quarters), each with its parse
    // made once: a cell that is one of them, with white space around at most, costs no copy and no parse.
    private static readonly string[] CommonSpellings =
    {
        "String", "Integer", "Boolean", "Long", "Struct", "Array", "List", "Float", "Double", "RepeatList", "Object",
        "string", "integer", "boolean", "long",
    };

    private static readonly TypeCell[] CommonTypes = Array.ConvertAll(CommonSpellings, spelling => Parse(spelling, spelling.AsSpan()));

    public bool IsContainer => Kind != TypeCellKind.Scalar;

    /// <summary>The type of an empty or missing Type cell.</summary>
    public static TypeCell None => Unspecified;

    public static TypeCell Parse(string cell) => Parse(DocText.OneLine(cell), cell.AsSpan());

    /// <summary>The type a table cell states, read in place, and the cell's <see cref="DocText.OneLine(TableCell)"/> text.</summary>
    public static TypeCell Parse(TableCell cell, out string text)
    {
        // A common spelling has no markup and no inner white space to collapse: its one-line text is itself.
        ReadOnlySpan<char> trimmed = cell.Span.Trim();
        for (int i = 0; i < CommonSpellings.Length; i++)
        {
            if (trimmed.SequenceEqual(CommonSpellings[i].AsSpan()))
            {
                text = CommonSpellings[i];
                return CommonTypes[i];
            }
        }

        text = DocText.OneLine(cell);
        return Parse(text, cell.Span);
    }

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
            return Unspecified;
        }

        if (TryScalar(lower, out ScalarKind scalar))
        {
            return Scalars[(int)scalar];
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
                return AnyList;
            case "struct":
            case "object":
            case "json":
            case "json object":
                return AnyObject;
            case "map":
            case "string to string map":
                return Map;
        }

        return Unknown;
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

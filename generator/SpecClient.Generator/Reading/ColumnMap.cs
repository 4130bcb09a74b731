using System;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Which column of a table holds the name, type, requiredness, example, description and position. Doc pages
/// use about thirty header spellings in two languages, in different orders.
/// </summary>
internal sealed record ColumnMap(int Name, int Type, int Required, int Example, int Description, int Position)
{
    private static readonly char[] QuestionMarks = { '?', '？' };

    /// <summary>The layout of the most common header, for tables that have none.</summary>
    public static readonly ColumnMap Default = new(0, 1, -1, -1, 2, -1);

    public bool IsRecognized => Name >= 0 && (Type >= 0 || Description >= 0);

    public static ColumnMap FromHeader(TableRow? header)
    {
        if (header is not { Cells: var cells })
        {
            return Default;
        }

        int name = -1, type = -1, required = -1, example = -1, description = -1, position = -1;
        for (int i = 0; i < cells.Count; i++)
        {
            switch (Classify(Normalize(cells[i])))
            {
                case Column.Name when name < 0:
                    name = i;
                    break;
                case Column.Name when type < 0:
                    // "Name|Parameters|Required|Description": the second name-like column is the type.
                    type = i;
                    break;
                case Column.Type when type < 0:
                    type = i;
                    break;
                case Column.Required when required < 0:
                    required = i;
                    break;
                case Column.Example when example < 0:
                    example = i;
                    break;
                case Column.Description when description < 0:
                    description = i;
                    break;
                case Column.Position when position < 0:
                    position = i;
                    break;
            }
        }

        if (name < 0 && type > 0 && required > 0 && Classify(Normalize(cells[0])) == Column.Unknown)
        {
            // A parameter table whose first header cell was copied from another table (Elasticsearch's TriggerNetwork
            // heads its body fields "HTTP status code|Type|Required|..."): with Type and Required beside it, the first
            // column still holds the names.
            name = 0;
        }

        return new ColumnMap(name, type, required, example, description, position);
    }

    public static bool LooksLikeHeader(TableRow row)
    {
        int known = 0;
        foreach (TableCell cell in row.Cells)
        {
            if (Classify(Normalize(cell)) != Column.Unknown)
            {
                known++;
            }
        }

        return known >= 2;
    }

    public string Cell(TableRow row, int column) =>
        column >= 0 && column < row.Cells.Count ? row.Cells[column].Text : string.Empty;

    /// <summary>The row's cell in <paramref name="column"/>, or null when the table or the row has no such column.</summary>
    public TableCell? CellAt(TableRow row, int column) =>
        column >= 0 && column < row.Cells.Count ? row.Cells[column] : null;

    // The header cell cleaned, trimmed and lower-cased, read in place (only a cell with markup is copied), in
    // LowerText's buffer: valid until the next lower-casing.
    private static ReadOnlySpan<char> Normalize(TableCell cell)
    {
        ReadOnlySpan<char> text = DocText.HasMarkup(cell.Span) ? DocText.Clean(cell.Text).AsSpan() : cell.Span;
        return LowerText.Of(text.Trim().TrimEnd(QuestionMarks.AsSpan()));
    }

    private static Column Classify(ReadOnlySpan<char> cell)
    {
        switch (cell)
        {
            case "parameter":
            case "parameters":
            case "parameter name":
            case "name":
            case "field":
            case "attribute":
            case "prameter":
            case "名称":
            case "参数":
            case "参数名":
            case "字段":
                return Column.Name;
            case "type":
            case "data type":
            case "类型":
                return Column.Type;
            case "required":
            case "required or not":
            case "mandatory or not":
            case "mandatory":
            case "是否必选":
            case "是否必须":
            case "是否必需":
            case "必选":
                return Column.Required;
            case "example":
            case "example value":
            case "example values":
            case "sample value":
            case "sample values":
            case "instance value":
            case "sample response":
            case "sample":
            case "示例值":
            case "示例":
                return Column.Example;
            case "description":
            case "descriptions":
            case "描述":
            case "说明":
                return Column.Description;
            case "position":
            case "location":
            case "位置":
                return Column.Position;
            default:
                return Column.Unknown;
        }
    }

    private enum Column
    {
        Unknown,
        Name,
        Type,
        Required,
        Example,
        Description,
        Position,
    }
}

using System;

namespace SpecClient.Generator.Reading.Json;

/// <summary>Text that is not JSON, with the 0-based line and column where reading stopped.</summary>
internal sealed class JsonParseException : Exception
{
    public JsonParseException(string message, int offset, int line, int column)
        : base(message + " (line " + (line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ", column " + (column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")")
    {
        Reason = message;
        Offset = offset;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    public int Offset { get; }

    public int Line { get; }

    public int Column { get; }
}

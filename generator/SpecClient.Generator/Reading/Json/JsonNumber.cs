using System.Globalization;

namespace SpecClient.Generator.Reading.Json;

/// <summary>A number, kept as the text it was written with: no precision is lost before a reader decides its type.</summary>
internal sealed class JsonNumber : JsonValue
{
    public JsonNumber(string text, int offset, int line, int column)
        : base(offset, line, column)
    {
        Text = text;
    }

    public override JsonKind Kind => JsonKind.Number;

    public string Text { get; }

    public bool TryGetInt64(out long value) => long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public bool TryGetDouble(out double value) => double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public override string ToString() => Text;
}

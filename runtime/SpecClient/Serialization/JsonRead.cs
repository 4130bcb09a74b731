using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SpecClient.Serialization;

/// <summary>
/// The primitives generated response readers are made of. Every method starts at the reader's current
/// token and leaves the reader on the last token of the value it read.
/// </summary>
/// <remarks>
/// Services answer with names in PascalCase or camelCase, send numbers as strings and booleans as
/// <c>"true"</c>, and add fields the docs never listed. These readers accept all of that: a response that
/// the docs describe loosely still reads. A value that cannot mean what the docs say throws
/// <see cref="JsonException"/>, which the transport reports with the request id.
/// </remarks>
public static class JsonRead
{
    /// <summary>
    /// At the start of an object value: true when it is an object to read. A null is skipped
    /// (false); any other token is skipped (false) so that a surprising shape never throws.
    /// </summary>
    public static bool BeginObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        reader.Skip();
        return false;
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        return reader.Read() && reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>
    /// On a property name: true when it equals <paramref name="name"/> ignoring ASCII case. On a match the
    /// reader is moved to the property's value.
    /// </summary>
    public static bool Property(ref Utf8JsonReader reader, string name)
    {
        if (!NameEquals(ref reader, name))
        {
            return false;
        }

        reader.Read();
        return true;
    }

    /// <summary>
    /// Moves to the value of the object's next property whose name is one of <paramref name="names"/> (ignoring
    /// ASCII case; the first that matches wins), skipping the others; false at the object's end.
    /// <paramref name="field"/> is the index of the name found, and -1 before the first call: that call starts at
    /// the object's first token, where a null or any other token is skipped (false), as in <see cref="BeginObject"/>.
    /// </summary>
    /// <remarks>
    /// A generated reader is one loop over this and a <c>switch</c> on <paramref name="field"/>: its names sit in one
    /// array instead of a <see cref="Property"/> test per field, a quarter of what the generator used to write.
    /// </remarks>
    public static bool NextField(ref Utf8JsonReader reader, string[] names, ref int field)
    {
        if (field < 0 && !BeginObject(ref reader))
        {
            return false;
        }

        while (NextProperty(ref reader))
        {
            int index = IndexOf(ref reader, names);
            reader.Read();
            if (index >= 0)
            {
                field = index;
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    /// <summary>On a property name: skips the property's value.</summary>
    public static void SkipProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>Reads any value as text: strings as they are, numbers and booleans as written, objects and arrays as raw JSON.</summary>
    public static string? String(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return RawText(ref reader);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return document.RootElement.GetRawText();
                }

            default:
                return null;
        }
    }

    /// <summary>Reads a 32-bit integer, also from a string such as <c>"42"</c>; null or <c>""</c> gives null.</summary>
    public static int? Int32(ref Utf8JsonReader reader)
    {
        long? value = Int64(ref reader);
        if (value is null)
        {
            return null;
        }

        if (value.Value < int.MinValue || value.Value > int.MaxValue)
        {
            throw new JsonException("The value " + value.Value.ToString(CultureInfo.InvariantCulture) + " does not fit a 32-bit integer.");
        }

        return (int)value.Value;
    }

    /// <summary>Reads a 64-bit integer, also from a string such as <c>"42"</c> or a number written as <c>42.0</c>.</summary>
    public static long? Int64(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out long number))
                {
                    return number;
                }

                return Integral(reader.GetDouble());
            case JsonTokenType.String:
                string? text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long parsed))
                {
                    return parsed;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double asDouble))
                {
                    return Integral(asDouble);
                }

                throw new JsonException("Expected an integer but found the string \"" + Shorten(text!) + "\".");
            case JsonTokenType.Null:
                return null;
            default:
                throw Unexpected(ref reader, "an integer");
        }
    }

    /// <summary>Reads a floating-point number, also from a string.</summary>
    public static double? Double(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.GetDouble();
            case JsonTokenType.String:
                string? text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed))
                {
                    return parsed;
                }

                throw new JsonException("Expected a number but found the string \"" + Shorten(text!) + "\".");
            case JsonTokenType.Null:
                return null;
            default:
                throw Unexpected(ref reader, "a number");
        }
    }

    /// <summary>Reads a boolean from <c>true</c>/<c>false</c>, the strings <c>"true"</c>/<c>"false"</c> (any case), or 1/0.</summary>
    public static bool? Boolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out long number) && number != 0;
            case JsonTokenType.String:
                string? text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (bool.TryParse(text!.Trim(), out bool parsed))
                {
                    return parsed;
                }

                if (text == "1")
                {
                    return true;
                }

                if (text == "0")
                {
                    return false;
                }

                throw new JsonException("Expected a boolean but found the string \"" + Shorten(text) + "\".");
            case JsonTokenType.Null:
                return null;
            default:
                throw Unexpected(ref reader, "a boolean");
        }
    }

    /// <summary>
    /// Reads a list. Accepts a JSON array, the XML-shaped wrapper object of Alibaba Cloud responses
    /// (<c>{"Instance": [...]}</c>, named <paramref name="itemWrapper"/> when the docs name it), a single item
    /// where a list was expected, and null (an empty list).
    /// </summary>
    public static IReadOnlyList<T> List<T>(ref Utf8JsonReader reader, string? itemWrapper, ResponseReader<T> readItem)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return Array.Empty<T>();
            case JsonTokenType.StartArray:
                var items = new List<T>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(readItem(ref reader));
                }

                return items;
            case JsonTokenType.StartObject when IsWrapper(reader, itemWrapper):
                IReadOnlyList<T> wrapped = Array.Empty<T>();
                while (NextProperty(ref reader))
                {
                    reader.Read();
                    wrapped = List(ref reader, null, readItem);
                }

                return wrapped;
            default:
                return new[] { readItem(ref reader) };
        }
    }

    /// <summary>Reads an object with <paramref name="read"/>, or null for a JSON null.</summary>
    public static T? Object<T>(ref Utf8JsonReader reader, ResponseReader<T> read)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return read(ref reader);
    }

    /// <summary>A list item that is text; null becomes the empty string.</summary>
    public static string StringItem(ref Utf8JsonReader reader) => String(ref reader) ?? string.Empty;

    /// <summary>A list item that is a 32-bit integer; null becomes 0.</summary>
    public static int Int32Item(ref Utf8JsonReader reader) => Int32(ref reader) ?? 0;

    /// <summary>A list item that is a 64-bit integer; null becomes 0.</summary>
    public static long Int64Item(ref Utf8JsonReader reader) => Int64(ref reader) ?? 0;

    /// <summary>A list item that is a boolean; null becomes false.</summary>
    public static bool BooleanItem(ref Utf8JsonReader reader) => Boolean(ref reader) ?? false;

    /// <summary>A list item that is a number; null becomes 0.</summary>
    public static double DoubleItem(ref Utf8JsonReader reader) => Double(ref reader) ?? 0;

    /// <summary>True when the current property name equals <paramref name="name"/> ignoring ASCII case.</summary>
    public static bool NameEquals(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            return false;
        }

        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return string.Equals(reader.GetString(), name, StringComparison.OrdinalIgnoreCase);
        }

        return AsciiEqualsIgnoreCase(reader.ValueSpan, name);
    }

    // UTF-8 bytes against a name, ignoring ASCII case.
    private static bool AsciiEqualsIgnoreCase(ReadOnlySpan<byte> span, string name)
    {
        if (span.Length != name.Length)
        {
            return false;
        }

        for (int i = 0; i < span.Length; i++)
        {
            int a = span[i];
            int b = name[i];
            if (a == b)
            {
                continue;
            }

            // ASCII letters only differ by 0x20 between cases; names in the docs are ASCII.
            if ((a | 0x20) != (b | 0x20) || (a | 0x20) < 'a' || (a | 0x20) > 'z')
            {
                return false;
            }
        }

        return true;
    }

    // The index of the current property name in names, or -1. An escaped name is unescaped once for all of them.
    private static int IndexOf(ref Utf8JsonReader reader, string[] names)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            string? name = reader.GetString();
            for (int i = 0; i < names.Length; i++)
            {
                if (string.Equals(name, names[i], StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }

        ReadOnlySpan<byte> span = reader.ValueSpan;
        for (int i = 0; i < names.Length; i++)
        {
            if (AsciiEqualsIgnoreCase(span, names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // An object is the XML item wrapper when it has exactly one property, named like the docs' item row,
    // or holding an array. Looks ahead on a copy: Utf8JsonReader is a struct.
    private static bool IsWrapper(Utf8JsonReader lookahead, string? itemWrapper)
    {
        if (!NextProperty(ref lookahead))
        {
            return false;
        }

        bool named = itemWrapper is not null && NameEquals(ref lookahead, itemWrapper);
        lookahead.Read();
        bool holdsArray = lookahead.TokenType == JsonTokenType.StartArray;
        lookahead.Skip();
        bool single = lookahead.Read() && lookahead.TokenType == JsonTokenType.EndObject;
        return single && (named || holdsArray);
    }

    private static long Integral(double value)
    {
        if (Math.Floor(value) != value || value < long.MinValue || value > long.MaxValue)
        {
            throw new JsonException("Expected an integer but found " + value.ToString("R", CultureInfo.InvariantCulture) + ".");
        }

        return (long)value;
    }

    private static string RawText(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
#if NETSTANDARD2_0
        return Encoding.UTF8.GetString(span.ToArray());
#else
        return Encoding.UTF8.GetString(span);
#endif
    }

    private static JsonException Unexpected(ref Utf8JsonReader reader, string expected)
    {
        return new JsonException("Expected " + expected + " but found " + reader.TokenType.ToString() + ".");
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text.Substring(0, 64) + "...";
}

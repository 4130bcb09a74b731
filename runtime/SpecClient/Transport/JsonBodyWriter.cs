using System;
using System.IO;
using System.Text.Json;

namespace SpecClient;

/// <summary>
/// Writes the JSON body of a ROA request field by field, as generated request classes call it: no reflection,
/// no serializer options, invariant by construction (numbers and booleans as JSON literals). The outer object
/// is opened by the first field, so a request whose body fields are all null sends no body.
/// </summary>
public sealed class JsonBodyWriter
{
    private readonly MemoryStream _stream = new();
    private readonly Utf8JsonWriter _writer;
    private bool _started;

    internal JsonBodyWriter()
    {
        _writer = new Utf8JsonWriter(_stream);
    }

    /// <summary>Writes a string field; null writes nothing.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    public void Add(string name, string? value)
    {
        if (value is not null)
        {
            Start().WriteString(name, value);
        }
    }

    /// <summary>Writes an integer field; null writes nothing.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    public void Add(string name, long? value)
    {
        if (value is { } v)
        {
            Start().WriteNumber(name, v);
        }
    }

    /// <summary>Writes a boolean field; null writes nothing.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    public void Add(string name, bool? value)
    {
        if (value is { } v)
        {
            Start().WriteBoolean(name, v);
        }
    }

    /// <summary>Writes a number field; null writes nothing.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    public void Add(string name, double? value)
    {
        if (value is { } v)
        {
            Start().WriteNumber(name, v);
        }
    }

    /// <summary>Opens an object: a field of the current object when <paramref name="name"/> is given, else an item of the current array.</summary>
    /// <param name="name">The field name, or null for an array item.</param>
    public void StartObject(string? name = null)
    {
        Utf8JsonWriter writer = Start();
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }
    }

    /// <summary>Closes the object <see cref="StartObject"/> opened.</summary>
    public void EndObject() => _writer.WriteEndObject();

    /// <summary>Opens an array field of the current object.</summary>
    /// <param name="name">The field name.</param>
    public void StartArray(string name) => Start().WriteStartArray(name);

    /// <summary>Closes the array <see cref="StartArray"/> opened.</summary>
    public void EndArray() => _writer.WriteEndArray();

    /// <summary>Writes a string item of the current array (null as JSON null, to keep positions).</summary>
    /// <param name="value">The item.</param>
    public void Item(string? value)
    {
        if (value is null)
        {
            _writer.WriteNullValue();
        }
        else
        {
            _writer.WriteStringValue(value);
        }
    }

    /// <summary>Writes an integer item of the current array.</summary>
    /// <param name="value">The item.</param>
    public void Item(long value) => _writer.WriteNumberValue(value);

    /// <summary>Writes a boolean item of the current array.</summary>
    /// <param name="value">The item.</param>
    public void Item(bool value) => _writer.WriteBooleanValue(value);

    /// <summary>Writes a number item of the current array.</summary>
    /// <param name="value">The item.</param>
    public void Item(double value) => _writer.WriteNumberValue(value);

    /// <summary>Closes the body; null when nothing was written.</summary>
    internal byte[]? Finish()
    {
        if (!_started)
        {
            return null;
        }

        _writer.WriteEndObject();
        _writer.Flush();
        return _stream.ToArray();
    }

    private Utf8JsonWriter Start()
    {
        if (!_started)
        {
            _writer.WriteStartObject();
            _started = true;
        }

        return _writer;
    }
}

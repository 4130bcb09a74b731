using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>
/// Emits an extensible string enum: a <c>readonly struct</c> wrapping the wire text, with a static property per
/// value the docs list. Any other text is a value too (the service adds values without notice, and reading one
/// must never fail), so it is a struct over a string rather than a C# <c>enum</c>, as Azure's generated clients do.
/// </summary>
/// <remarks>
/// Equality is ordinal: the service compares values exactly, and two documented values may differ only by case.
/// Strings convert implicitly to the enum (any string is a value) and back only explicitly or through
/// <c>ToString()</c>: both conversions implicit would make <c>value == "text"</c> ambiguous.
/// The 834 enums of the corpus were a sixth of its generated text: each writes only the internal members its
/// place uses (<c>WireValue</c> for a request, <c>Read</c> or <c>ReadItem</c> for a response), and the public ones
/// as expressions.
/// </remarks>
internal static class EnumEmitter
{
    // Members every enum declares, which a value's name must not take.
    private static readonly string[] Reserved = { "Value", "WireValue", "Equals", "GetHashCode", "ToString", "Read", "ReadItem", "GetType", "MemberwiseClone", "ReferenceEquals" };

    // The names an enum's values took, reused from enum to enum (the corpus has ~800 enums).
    [ThreadStatic]
    private static HashSet<string>? Taken;

    /// <summary>The internal members an enum's place calls.</summary>
    [Flags]
    public enum Uses
    {
        /// <summary>A request sends it: <c>WireValue</c>.</summary>
        Sent = 1,

        /// <summary>A response reads one value: <c>Read</c>.</summary>
        Read = 2,

        /// <summary>A response reads a list of them: <c>ReadItem</c>.</summary>
        ReadItem = 4,
    }

    public static void Emit(SourceWriter w, string type, string wireName, EquatableArray<DocValue> values, Uses uses)
    {
        w.Begin("/// <summary>The values the docs list for ").WriteXml(wireName).End("; any other text is a value too.</summary>");
        w.Begin("public readonly partial struct ").Write(type).Write(" : global::System.IEquatable<").Write(type).EndOpen(">");
        w.Line("private readonly string? _value;");
        w.Line();
        w.Line("/// <summary>A value from its wire text.</summary>");
        w.Line("/// <param name=\"value\">The text sent and received.</param>");
        w.Line("public ", type, "(string value) => this._value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        w.Line();

        HashSet<string> taken = Taken ??= new HashSet<string>(StringComparer.Ordinal);
        taken.Clear();
        taken.Add(type);
        foreach (string reserved in Reserved)
        {
            // Not UnionWith: over an IEnumerable it takes an enumerator object, one per enum.
            taken.Add(reserved);
        }

        foreach (DocValue value in values)
        {
            string name = Identifier.Unique(Identifier.Pascal(value.Value), taken);
            w.Begin("/// <summary>").WriteXml(value.Value);
            if (value.Description is { Length: > 0 } description)
            {
                w.Write(": ").WriteXml(description);
            }
            else
            {
                w.Write(".");
            }

            w.End("</summary>");
            w.Begin("public static ").Write(type).Write(" ").Write(name).Write(" { get; } = new ").Write(type).Write("(").WriteLiteral(value.Value).End(");");
            w.Line();
        }

        w.Line("/// <summary>The text sent and received; empty for <c>default</c>.</summary>");
        w.Line("public string Value => this._value ?? string.Empty;");
        w.Line();
        w.Line("/// <summary>The value with this text.</summary>");
        w.Line("public static implicit operator ", type, "(string value) => new ", type, "(value);");
        w.Line();
        w.Line("/// <summary>The text of the value.</summary>");
        w.Line("public static explicit operator string(", type, " value) => value.Value;");
        w.Line();
        w.Line("/// <summary>Whether both have the same text (ordinal).</summary>");
        w.Line("public static bool operator ==(", type, " left, ", type, " right) => left.Equals(right);");
        w.Line();
        w.Line("/// <summary>Whether the texts differ (ordinal).</summary>");
        w.Line("public static bool operator !=(", type, " left, ", type, " right) => !left.Equals(right);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public bool Equals(", type, " other) => string.Equals(this.Value, other.Value);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override bool Equals(object? obj) => obj is ", type, " other && this.Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override int GetHashCode() => this.Value.GetHashCode();");
        w.Line();
        w.Line("/// <summary>The text sent and received.</summary>");
        w.Line("public override string ToString() => this.Value;");
        if ((uses & Uses.Sent) != 0)
        {
            w.Line();
            w.Line("// Null for default(", type, "): an unset value is left out of the request, or reported where the docs ask for one.");
            w.Line("internal string? WireValue => this._value;");
        }

        if ((uses & Uses.Read) != 0)
        {
            w.Line();
            w.Begin("internal static ").Write(type).Write("? Read(ref " + TypeNames.Reader + " reader) => " + TypeNames.Json + ".String(ref reader) is { } text ? new ").Write(type).Write("(text) : (").Write(type).End("?)null;");
        }

        if ((uses & Uses.ReadItem) != 0)
        {
            w.Line();
            w.Begin("internal static ").Write(type).Write(" ReadItem(ref " + TypeNames.Reader + " reader) => new ").Write(type).End("(" + TypeNames.Json + ".StringItem(ref reader));");
        }

        w.Close();
    }
}

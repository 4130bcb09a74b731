using System;
using System.Globalization;
using System.Text;

namespace SpecClient.Serialization;

/// <summary>
/// Reads protocol buffers' wire format from a span, field by field: the counterpart of <see cref="ProtobufWriter"/>
/// for what SpecClient reads (SLS's log groups). Unknown fields of any wire type but the deprecated groups are
/// skipped, as protobuf's own parsers do, so a schema that grows never breaks a reader. Anything malformed (a
/// truncated field, a varint over ten bytes, a length past the end) throws <see cref="FormatException"/> naming
/// the offset.
/// </summary>
internal ref struct ProtobufReader
{
    public const int VarintWire = 0;
    public const int Fixed64Wire = 1;
    public const int LengthDelimitedWire = 2;
    public const int Fixed32Wire = 5;

    private readonly ReadOnlySpan<byte> _data;
    private readonly int _origin;
    private int _position;

    /// <summary>A reader over <paramref name="data"/>; <paramref name="origin"/> is its offset in the outermost message, for error messages.</summary>
    public ProtobufReader(ReadOnlySpan<byte> data, int origin = 0)
    {
        _data = data;
        _origin = origin;
        _position = 0;
        WireType = 0;
    }

    /// <summary>The wire type of the field <see cref="NextField"/> returned.</summary>
    public int WireType { get; private set; }

    /// <summary>The offset of the next byte in the outermost message.</summary>
    public int Offset => _origin + _position;

    /// <summary>The next field's number, or 0 at the end of the message.</summary>
    public int NextField()
    {
        if (_position == _data.Length)
        {
            return 0;
        }

        int at = Offset;
        ulong tag = ReadVarint();
        int field = (int)Math.Min(tag >> 3, int.MaxValue);
        WireType = (int)(tag & 7);
        if (field == 0)
        {
            throw Malformed("field number 0", at);
        }

        return field;
    }

    /// <summary>A varint field's value, as the unsigned 64 bits on the wire (a uint32 field uses the low 32).</summary>
    public ulong Varint()
    {
        Expect(VarintWire);
        return ReadVarint();
    }

    public uint Fixed32()
    {
        Expect(Fixed32Wire);
        ReadOnlySpan<byte> b = Take(4);
        return b[0] | ((uint)b[1] << 8) | ((uint)b[2] << 16) | ((uint)b[3] << 24);
    }

    /// <summary>A length-delimited field's bytes (a nested message, a string or bytes).</summary>
    public ReadOnlySpan<byte> Bytes()
    {
        Expect(LengthDelimitedWire);
        int at = Offset;
        ulong length = ReadVarint();
        if (length > (ulong)(_data.Length - _position))
        {
            throw Malformed("a length of " + length.ToString(CultureInfo.InvariantCulture) + " bytes past the end of the message", at);
        }

        return Take((int)length);
    }

    /// <summary>A nested message field: a reader over its bytes, with offsets still counted from the outermost message.</summary>
    public ProtobufReader Message()
    {
        ReadOnlySpan<byte> bytes = Bytes();
        return new ProtobufReader(bytes, Offset - bytes.Length);
    }

    /// <summary>A string field, decoded as UTF-8 (invalid sequences become U+FFFD, as protobuf's C# runtime reads them).</summary>
    public string String()
    {
        ReadOnlySpan<byte> bytes = Bytes();
        return bytes.IsEmpty ? string.Empty : Utf8(bytes);
    }

    /// <summary>Skips the value of the field <see cref="NextField"/> returned.</summary>
    public void Skip()
    {
        switch (WireType)
        {
            case VarintWire:
                ReadVarint();
                break;
            case Fixed64Wire:
                Take(8);
                break;
            case LengthDelimitedWire:
                Bytes();
                break;
            case Fixed32Wire:
                Take(4);
                break;
            default:
                throw Malformed("wire type " + WireType.ToString(CultureInfo.InvariantCulture) + ", which protobuf 3 no longer writes and this reader does not read", Offset);
        }
    }

    private void Expect(int wireType)
    {
        if (WireType != wireType)
        {
            throw Malformed("wire type " + WireType.ToString(CultureInfo.InvariantCulture) + " where the schema has " + wireType.ToString(CultureInfo.InvariantCulture), Offset);
        }
    }

    private ulong ReadVarint()
    {
        int at = Offset;
        ulong value = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            if (_position == _data.Length)
            {
                throw Malformed("a varint cut off by the end of the message", at);
            }

            byte b = _data[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw Malformed("a varint longer than ten bytes", at);
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > _data.Length - _position)
        {
            throw Malformed("a field cut off by the end of the message", Offset);
        }

        ReadOnlySpan<byte> taken = _data.Slice(_position, length);
        _position += length;
        return taken;
    }

    private static FormatException Malformed(string what, int offset) =>
        new("The protocol buffers data is malformed at byte " + offset.ToString(CultureInfo.InvariantCulture) + ": " + what + ".");

    private static string Utf8(ReadOnlySpan<byte> bytes) =>
#if NET8_0_OR_GREATER
        Encoding.UTF8.GetString(bytes);
#else
        Encoding.UTF8.GetString(bytes.ToArray());
#endif
}

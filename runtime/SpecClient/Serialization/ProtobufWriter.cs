using System;
using System.Text;

namespace SpecClient.Serialization;

/// <summary>
/// Writes protocol buffers' wire format into a buffer sized beforehand: the caller adds up each message's
/// length with the <c>Size</c> methods, then writes fields in the same order. Only what SpecClient sends needs:
/// varints, fixed32 and length-delimited fields (strings and nested messages).
/// </summary>
internal sealed class ProtobufWriter
{
    private const int VarintWire = 0;
    private const int LengthDelimitedWire = 2;
    private const int Fixed32Wire = 5;

    private readonly byte[] _buffer;
    private int _position;

    public ProtobufWriter(int length) => _buffer = new byte[length];

    /// <summary>The bytes written; throws when fewer were written than sized, which would be a sizing bug.</summary>
    public byte[] ToArray() =>
        _position == _buffer.Length ? _buffer : throw new InvalidOperationException("The message was sized at " + _buffer.Length + " bytes but " + _position + " were written.");

    public static int VarintSize(uint value)
    {
        int size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }

        return size;
    }

    /// <summary>The size of a length-delimited field (tag, length, then <paramref name="length"/> bytes); field numbers here are under 16, one tag byte.</summary>
    public static int LengthDelimitedSize(int length) => 1 + VarintSize((uint)length) + length;

    public static int StringSize(string value) => LengthDelimitedSize(Encoding.UTF8.GetByteCount(value));

    public void Varint(int field, uint value)
    {
        Tag(field, VarintWire);
        WriteVarint(value);
    }

    public void Fixed32(int field, uint value)
    {
        Tag(field, Fixed32Wire);
        _buffer[_position++] = (byte)value;
        _buffer[_position++] = (byte)(value >> 8);
        _buffer[_position++] = (byte)(value >> 16);
        _buffer[_position++] = (byte)(value >> 24);
    }

    public void String(int field, string value)
    {
        Tag(field, LengthDelimitedWire);
        int length = Encoding.UTF8.GetByteCount(value);
        WriteVarint((uint)length);
        _position += Encoding.UTF8.GetBytes(value, 0, value.Length, _buffer, _position);
    }

    /// <summary>Starts a nested message of <paramref name="length"/> bytes; its fields follow.</summary>
    public void Message(int field, int length)
    {
        Tag(field, LengthDelimitedWire);
        WriteVarint((uint)length);
    }

    private void Tag(int field, int wireType) => WriteVarint((uint)((field << 3) | wireType));

    private void WriteVarint(uint value)
    {
        while (value >= 0x80)
        {
            _buffer[_position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_position++] = (byte)value;
    }
}

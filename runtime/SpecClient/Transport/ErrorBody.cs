using System;
using System.Text.Json;
using SpecClient.Serialization;

namespace SpecClient;

/// <summary>
/// The fields of an Alibaba Cloud error body (<c>{RequestId, HostId, Code, Message, Recommend}</c>, any name
/// case), read without reflection. Best effort: whatever could be read before the JSON went wrong is kept,
/// and a body that is not a JSON object gives all nulls.
/// </summary>
internal readonly struct ErrorBody
{
    private ErrorBody(string? requestId, string? hostId, string? code, string? message, string? recommend)
    {
        RequestId = requestId;
        HostId = hostId;
        Code = code;
        Message = message;
        Recommend = recommend;
    }

    public string? RequestId { get; }

    public string? HostId { get; }

    public string? Code { get; }

    public string? Message { get; }

    public string? Recommend { get; }

    public static ErrorBody Parse(ReadOnlySpan<byte> json)
    {
        string? requestId = null, hostId = null, code = null, message = null, recommend = null;
        var reader = new Utf8JsonReader(Utf8Bom.Skip(json));
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (JsonRead.NextProperty(ref reader))
                {
                    if (JsonRead.Property(ref reader, "RequestId"))
                    {
                        requestId = NonEmpty(JsonRead.String(ref reader));
                    }
                    else if (JsonRead.Property(ref reader, "HostId"))
                    {
                        hostId = NonEmpty(JsonRead.String(ref reader));
                    }
                    else if (JsonRead.Property(ref reader, "Code"))
                    {
                        code = NonEmpty(JsonRead.String(ref reader));
                    }
                    else if (JsonRead.Property(ref reader, "Message"))
                    {
                        message = NonEmpty(JsonRead.String(ref reader));
                    }
                    else if (JsonRead.Property(ref reader, "Recommend"))
                    {
                        recommend = NonEmpty(JsonRead.String(ref reader));
                    }
                    else
                    {
                        JsonRead.SkipProperty(ref reader);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Keep what was read: a truncated error body still tells its request id.
        }
        catch (InvalidOperationException)
        {
            // A value of an unexpected kind (for example a truncated string); keep what was read.
        }

        return new ErrorBody(requestId, hostId, code, message, recommend);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

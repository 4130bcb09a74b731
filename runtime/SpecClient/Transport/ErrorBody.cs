using System;
using System.Text.Json;
using SpecClient.Serialization;

namespace SpecClient;

/// <summary>
/// The fields of an Alibaba Cloud error body (<c>{RequestId, HostId, Code, Message, Recommend, AccessDeniedDetail}</c>,
/// any name case; SLS-style ROA services say <c>errorCode</c> and <c>errorMessage</c>), read without reflection. Best effort: whatever could be read before the JSON went wrong is
/// kept, and a body that is not a JSON object gives all nulls.
/// </summary>
internal readonly struct ErrorBody
{
    private ErrorBody(string? requestId, string? hostId, string? code, string? message, string? recommend, AccessDeniedDetail? accessDeniedDetail)
    {
        RequestId = requestId;
        HostId = hostId;
        Code = code;
        Message = message;
        Recommend = recommend;
        AccessDeniedDetail = accessDeniedDetail;
    }

    public string? RequestId { get; }

    public string? HostId { get; }

    public string? Code { get; }

    public string? Message { get; }

    public string? Recommend { get; }

    public AccessDeniedDetail? AccessDeniedDetail { get; }

    public static ErrorBody Parse(ReadOnlySpan<byte> json)
    {
        string? requestId = null, hostId = null, code = null, message = null, recommend = null;
        AccessDeniedDetail? detail = null;
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
                    else if (JsonRead.Property(ref reader, "Code") || JsonRead.Property(ref reader, "errorCode"))
                    {
                        code = NonEmpty(JsonRead.String(ref reader));
                    }
                    else if (JsonRead.Property(ref reader, "Message") || JsonRead.Property(ref reader, "errorMessage"))
                    {
                        message = NonEmpty(JsonRead.String(ref reader));
                    }
                    else if (JsonRead.Property(ref reader, "Recommend"))
                    {
                        recommend = NonEmpty(JsonRead.String(ref reader));
                    }
                    else if (JsonRead.Property(ref reader, "AccessDeniedDetail"))
                    {
                        detail = ReadDetail(ref reader);
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

        return new ErrorBody(requestId, hostId, code, message, recommend, detail);
    }

    // An object as the services send it; a string holding such an object as some gateways do; else its text.
    private static AccessDeniedDetail? ReadDetail(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            string? text = NonEmpty(reader.GetString());
            if (text is null)
            {
                return null;
            }

            try
            {
                byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
                var inner = new Utf8JsonReader(bytes);
                if (inner.Read() && inner.TokenType == JsonTokenType.StartObject)
                {
                    return ReadDetail(ref inner);
                }
            }
            catch (JsonException)
            {
            }

            return new AccessDeniedDetail(null, null, null, null, null, null, null, text);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        Utf8JsonReader fields = reader;
        string? raw = JsonRead.String(ref reader);
        string? authAction = null, principalType = null, ownerId = null, displayName = null, policyType = null, noPermissionType = null, encoded = null;
        while (JsonRead.NextProperty(ref fields))
        {
            if (JsonRead.Property(ref fields, "AuthAction"))
            {
                authAction = NonEmpty(JsonRead.String(ref fields));
            }
            else if (JsonRead.Property(ref fields, "AuthPrincipalType"))
            {
                principalType = NonEmpty(JsonRead.String(ref fields));
            }
            else if (JsonRead.Property(ref fields, "AuthPrincipalOwnerId"))
            {
                ownerId = NonEmpty(JsonRead.String(ref fields));
            }
            else if (JsonRead.Property(ref fields, "AuthPrincipalDisplayName"))
            {
                displayName = NonEmpty(JsonRead.String(ref fields));
            }
            else if (JsonRead.Property(ref fields, "PolicyType"))
            {
                policyType = NonEmpty(JsonRead.String(ref fields));
            }
            else if (JsonRead.Property(ref fields, "NoPermissionType"))
            {
                noPermissionType = NonEmpty(JsonRead.String(ref fields));
            }
            else if (JsonRead.Property(ref fields, "EncodedDiagnosticMessage"))
            {
                encoded = NonEmpty(JsonRead.String(ref fields));
            }
            else
            {
                JsonRead.SkipProperty(ref fields);
            }
        }

        return new AccessDeniedDetail(authAction, principalType, ownerId, displayName, policyType, noPermissionType, encoded, raw);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

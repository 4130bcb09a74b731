using System.Collections.Generic;
using System.Globalization;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>An api's <c>errorCodes</c>: <c>{"400": [{errorCode, errorMessage}], ...}</c>.</summary>
internal static class MetadataErrorCodes
{
    public static EquatableArray<ErrorCode> Read(JsonObject api)
    {
        var codes = new List<ErrorCode>();
        foreach (JsonProperty status in api.GetObject("errorCodes")?.Properties ?? System.Array.Empty<JsonProperty>())
        {
            int? http = int.TryParse(status.Name, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) ? parsed : null;
            foreach (JsonValue item in (status.Value as JsonArray)?.Items ?? System.Array.Empty<JsonValue>())
            {
                // As on doc pages, a "code" with spaces is prose, not a code.
                if (item is JsonObject error && error.GetString("errorCode")?.Trim() is { Length: > 0 } code && code.IndexOf(' ') < 0)
                {
                    string? message = error.GetString("errorMessage")?.Trim();
                    codes.Add(new ErrorCode(code, string.IsNullOrEmpty(message) ? null : message, http, null));
                }
            }
        }

        return codes.ToEquatableArray();
    }
}

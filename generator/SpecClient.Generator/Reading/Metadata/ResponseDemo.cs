using System;
using SpecClient.Generator.Diagnostics;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>
/// The sample responses of an api: <c>responseDemo</c> is a string holding a JSON array of
/// <c>{type: json|xml, example, errorExample}</c>. The success examples become the descriptor's samples,
/// which the emulator answers with.
/// </summary>
internal static class ResponseDemo
{
    public static (string? Json, string? Xml) Read(JsonObject api, MetadataContext context)
    {
        JsonValue? demo = api.Get("responseDemo");
        if (demo is not JsonString { Value: { Length: > 0 } text })
        {
            return (null, null);
        }

        JsonValue parsed;
        try
        {
            parsed = JsonParser.Parse(text);
        }
        catch (JsonParseException exception)
        {
            context.Diagnostics.Add(DiagnosticIds.UnreadableSample, "responseDemo is not valid JSON (" + exception.Message + "); the operation has no sample response.", context.At(demo));
            return (null, null);
        }

        string? json = null, xml = null;
        foreach (JsonValue entry in (parsed as JsonArray)?.Items ?? Array.Empty<JsonValue>())
        {
            if (entry is not JsonObject sample || sample.GetString("example") is not { } example || example.Trim().Length == 0)
            {
                continue;
            }

            switch (sample.GetString("type")?.ToLowerInvariant())
            {
                case "json":
                    json ??= example.Trim();
                    break;
                case "xml":
                    xml ??= example.Trim();
                    break;
            }
        }

        if (json is not null && SampleJson.TryParse(json) is null)
        {
            context.Diagnostics.Add(DiagnosticIds.UnreadableSample, "The JSON sample response in responseDemo is not valid JSON.", context.At(demo));
        }

        return (json, xml);
    }
}

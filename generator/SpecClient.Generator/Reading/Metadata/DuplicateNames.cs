using System;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>
/// What to do when a name comes twice in one request or object, as it does in real metadata: ECS lists
/// <c>RegionId</c> twice in 80 operations (the same parameter), and its <c>Tag</c> items have both the
/// deprecated <c>Tag.N.key</c> and the current <c>Tag.N.Key</c>, which one property cannot hold.
/// </summary>
internal static class DuplicateNames
{
    /// <summary>
    /// Of two names equal ignoring case, the later replaces the kept one when it is the PascalCase spelling
    /// the docs recommend (<c>Key</c> over <c>key</c>): both reach the same field of the service.
    /// </summary>
    public static bool PreferLater(string kept, string later) =>
        !string.Equals(kept, later, StringComparison.Ordinal) && !char.IsUpper(kept[0]) && char.IsUpper(later[0]);

    /// <summary>
    /// True when the second entry only repeats the first (same name, position and type): nothing to report.
    /// A case variant is a repeat too (the alias of a kept spelling). Anything else is a real conflict.
    /// </summary>
    public static bool IsRepeat(string keptName, JsonObject? kept, string laterName, JsonObject? later)
    {
        if (!string.Equals(keptName, laterName, StringComparison.Ordinal))
        {
            return true;
        }

        // A dotted parameter (DataDisk.1.Size) repeating an item property (DataDisk items' Size) has no "in"
        // to compare on one side.
        return kept is not null && later is not null
            && (kept.GetString("in") is not { } keptIn || later.GetString("in") is not { } laterIn || keptIn == laterIn)
            && TypeOf(kept) == TypeOf(later);
    }

    // A parameter's type sits in its schema, a property's type on the property itself.
    private static string? TypeOf(JsonObject value) => (value.GetObject("schema") ?? value).GetString("type");
}

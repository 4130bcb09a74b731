using System;
using SpecClient.Generator.Model;
using SpecClient.Generator.Reading.Json;

namespace SpecClient.Generator.Reading.Metadata;

/// <summary>
/// What to do when a name comes twice in one request object, as it does in real metadata: ECS lists
/// <c>RegionId</c> twice in 80 operations (the same parameter), and its <c>Tag</c> items have both the
/// deprecated <c>Tag.N.key</c> and the current <c>Tag.N.Key</c>, which one property cannot hold.
/// The choice between spellings is the one <see cref="DuplicateNames"/> makes for doc pages.
/// </summary>
internal static class RepeatedNames
{
    /// <summary>Of two spellings of one name, whether the later one should replace the kept one.</summary>
    public static bool PreferLater(string kept, DocComment keptDoc, string later, DocComment laterDoc) =>
        Rank(later, laterDoc) < Rank(kept, keptDoc);

    /// <summary>
    /// True when the second entry only repeats the first (same name, position and type): the metadata says
    /// the same thing twice, which is nothing to warn about. Anything else is a real conflict.
    /// </summary>
    public static bool IsRepeat(JsonObject? kept, JsonObject? later)
    {
        // A dotted parameter (DataDisk.1.Size) repeating an item property (DataDisk items' Size) has no "in"
        // to compare on one side.
        return kept is not null && later is not null
            && (kept.GetString("in") is not { } keptIn || later.GetString("in") is not { } laterIn || keptIn == laterIn)
            && TypeOf(kept) == TypeOf(later);
    }

    // Lower is better: a name the docs do not call deprecated, then one starting with a capital letter.
    private static int Rank(string name, DocComment doc)
    {
        int rank = 0;
        string text = doc.Summary;
        if (text.StartsWith("Deprecated.", StringComparison.Ordinal)
            || text.IndexOf("will be removed", StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("deprecated", StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("废弃", StringComparison.Ordinal) >= 0)
        {
            rank += 2;
        }

        if (name.Length > 0 && char.IsLower(name[0]))
        {
            rank += 1;
        }

        return rank;
    }

    // A parameter's type sits in its schema, a property's type on the property itself.
    private static string? TypeOf(JsonObject value) => (value.GetObject("schema") ?? value).GetString("type");
}

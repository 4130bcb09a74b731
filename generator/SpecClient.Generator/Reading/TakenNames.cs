using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Sets of the property and type names one generated class has taken (see <see cref="Identifier.Unique"/>), kept per
/// thread and handed out cleared: every container of every page names its members, and a new set each time (its
/// buckets and entries) was a share of what reading allocates. Classes nest, so a set is rented for one class and
/// given back when its names are all chosen; a nested class rents another.
/// </summary>
internal static class TakenNames
{
    [ThreadStatic]
    private static Stack<HashSet<string>>? Spare;

    /// <summary>An empty set (ordinal, as names are compared), holding <paramref name="first"/> and <paramref name="second"/> if given.</summary>
    public static HashSet<string> Rent(string first, string? second = null)
    {
        HashSet<string> set = Spare is { Count: > 0 } spare ? spare.Pop() : new HashSet<string>(StringComparer.Ordinal);
        set.Add(first);
        if (second is not null)
        {
            set.Add(second);
        }

        return set;
    }

    /// <summary>Gives the set back, cleared; the caller no longer uses it.</summary>
    public static void Return(HashSet<string> set)
    {
        set.Clear();
        (Spare ??= new Stack<HashSet<string>>()).Push(set);
    }
}

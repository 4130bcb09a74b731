using System;

namespace SpecClient.Generator.Reading;

/// <summary>How doc pages name a list's item after the list: <c>CertInfos</c> / <c>CertInfo</c>, <c>Policies</c> / <c>Policy</c>.</summary>
internal static class ItemNames
{
    /// <summary>Whether <paramref name="item"/> is the singular of <paramref name="list"/> (ignoring case).</summary>
    /// <remarks>
    /// Compared in place, no item-plus-suffix strings: it is asked of response rows and sample objects as they are
    /// placed. The suffixes are ASCII, so comparing the two parts apart is comparing the joined text.
    /// </remarks>
    public static bool IsSingularOf(string item, string list)
    {
        if (list.Length > item.Length && list.AsSpan(0, item.Length).Equals(item.AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            ReadOnlySpan<char> suffix = list.AsSpan(item.Length);
            if (Is(suffix, "s") || Is(suffix, "es") || Is(suffix, "List") || Is(suffix, "Set"))
            {
                return true;
            }
        }

        // Policy / Policies.
        int stem = item.Length - 1;
        return stem >= 0 && (item[stem] is 'y' or 'Y') && list.Length == stem + 3
            && list.AsSpan(0, stem).Equals(item.AsSpan(0, stem), StringComparison.OrdinalIgnoreCase)
            && Is(list.AsSpan(stem), "ies");
    }

    private static bool Is(ReadOnlySpan<char> text, string value) => text.Equals(value.AsSpan(), StringComparison.OrdinalIgnoreCase);
}

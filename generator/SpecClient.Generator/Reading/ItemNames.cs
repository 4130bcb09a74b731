using System;

namespace SpecClient.Generator.Reading;

/// <summary>How doc pages name a list's item after the list: <c>CertInfos</c> / <c>CertInfo</c>, <c>Policies</c> / <c>Policy</c>.</summary>
internal static class ItemNames
{
    /// <summary>Whether <paramref name="item"/> is the singular of <paramref name="list"/> (ignoring case).</summary>
    public static bool IsSingularOf(string item, string list)
    {
        foreach (string suffix in new[] { "s", "es", "List", "Set" })
        {
            if (string.Equals(item + suffix, list, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return item.EndsWith("y", StringComparison.OrdinalIgnoreCase)
            && string.Equals(item.Substring(0, item.Length - 1) + "ies", list, StringComparison.OrdinalIgnoreCase);
    }
}

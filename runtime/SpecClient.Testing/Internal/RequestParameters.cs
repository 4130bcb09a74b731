using System;
using System.Collections.Generic;

namespace SpecClient.Testing.Internal;

/// <summary>Checks a descriptor's required parameters against the received ones.</summary>
internal static class RequestParameters
{
    /// <summary>
    /// True when <paramref name="required"/> was sent. A repeat-list name such as <c>Tag.N.Key</c> is satisfied by
    /// any index (<c>Tag.1.Key</c>), as the service flattens lists that way. <c>Action</c> and <c>Version</c> are
    /// common parameters that V3 sends as headers, so they are checked elsewhere.
    /// </summary>
    public static bool IsPresent(string required, IReadOnlyList<KeyValuePair<string, string>> received)
    {
        if (required == "Action" || required == "Version")
        {
            return true;
        }

        foreach (var pair in received)
        {
            if (NameMatches(required, pair.Key))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool NameMatches(string pattern, string name)
    {
        if (string.Equals(pattern, name, StringComparison.Ordinal))
        {
            return true;
        }

        if (pattern.IndexOf(".N", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var patternParts = pattern.Split('.');
        var nameParts = name.Split('.');

        // "Tag.N" is satisfied by "Tag.1" and also by "Tag.1.Key" (a list of objects flattened one level deeper).
        if (nameParts.Length < patternParts.Length)
        {
            return false;
        }

        for (var i = 0; i < patternParts.Length; i++)
        {
            if (patternParts[i] == "N" ? !IsIndex(nameParts[i]) : !string.Equals(patternParts[i], nameParts[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIndex(string part)
    {
        if (part.Length == 0)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}

using System;
using System.Collections.Generic;

namespace SpecClient.Generator;

/// <summary>
/// The one naming function: valid, stable C# identifiers from any name a doc page uses (hyphens, dots,
/// leading digits, keywords, non-Latin text).
/// </summary>
internal static class Identifier
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    [ThreadStatic]
    private static char[]? Scratch;

    /// <summary>PascalCase identifier: <c>max-results</c> → <c>MaxResults</c>, <c>2fa</c> → <c>_2fa</c>.</summary>
    public static string Pascal(string name)
    {
        if (IsAsciiPascal(name) || IsPascal(name))
        {
            // Most names already are (DescribeInstances, RequestId): the same string, no copy.
            return name;
        }

        // At most one character per character of the name. Written into a buffer kept per thread, so the name
        // itself is the one new object: error codes and enum values are mostly not PascalCase (InvalidParameter.Name,
        // "running"), and a fresh array for each was 0.16 MB of a whole-corpus run.
        char[] text = Scratch is { } scratch && scratch.Length >= name.Length ? scratch : Scratch = new char[Math.Max(name.Length, 64)];
        int length = 0;
        bool upper = true;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                text[length++] = upper ? char.ToUpperInvariant(c) : c;
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (length == 0)
        {
            return "Value" + StableHash(name);
        }

        string result = char.IsDigit(text[0]) ? "_" + new string(text, 0, length) : new string(text, 0, length);
        return Keywords.Contains(result) ? "@" + result : result;
    }

    // IsPascal's answer for the common case without its Unicode tests and keyword lookup (a hash of the name): an
    // ASCII name of letters, digits and '_' whose first character is a capital or '_' is Pascal already, and no
    // keyword starts with either. False sends any other name to IsPascal.
    private static bool IsAsciiPascal(string name)
    {
        if (name.Length == 0 || !(name[0] is (>= 'A' and <= 'Z') or '_'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    // Whether Pascal's loop would give back the name unchanged: letters, digits and '_' only, a first character
    // that is no digit and has no upper case of its own, and no keyword.
    private static bool IsPascal(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]) || char.ToUpperInvariant(name[0]) != name[0])
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return !Keywords.Contains(name);
    }

    /// <summary>camelCase identifier for parameters and locals, escaped when it is a keyword.</summary>
    public static string Camel(string name)
    {
        string pascal = Pascal(name).TrimStart('@');
        if (pascal[0] == '_')
        {
            return pascal;
        }

        // Lower the leading capitals as one word: OIDCProviderArn -> oidcProviderArn, URL -> url.
        int upper = 0;
        while (upper < pascal.Length && char.IsUpper(pascal[upper]))
        {
            upper++;
        }

        int lowered = upper <= 1 || upper == pascal.Length ? upper : upper - 1;
        lowered = Math.Max(lowered, 1);
        string camel = pascal.Substring(0, lowered).ToLowerInvariant() + pascal.Substring(lowered);
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>Returns <paramref name="name"/>, or it with 2, 3, ... appended, whichever is not taken yet.</summary>
    public static string Unique(string name, ISet<string> taken)
    {
        string candidate = name;
        for (int i = 2; !taken.Add(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    // FNV-1a: the same name gives the same identifier on every machine and run.
    private static string StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}

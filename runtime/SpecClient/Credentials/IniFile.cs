using System;
using System.Collections.Generic;

namespace SpecClient;

/// <summary>
/// The ini format of <c>~/.alibabacloud/credentials</c>: <c>[section]</c> lines, <c>key = value</c> lines, and
/// comments starting with <c>#</c> or <c>;</c>. Names compare ignoring case; a repeated key keeps its last value.
/// </summary>
internal static class IniFile
{
    public static Dictionary<string, Dictionary<string, string>> Parse(string text)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, string>? current = null;
        foreach (string rawLine in text.Split('\n'))
        {
            string line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                int close = line.IndexOf(']');
                string name = (close < 0 ? line.Substring(1) : line.Substring(1, close - 1)).Trim();
                if (!sections.TryGetValue(name, out current))
                {
                    current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    sections.Add(name, current);
                }

                continue;
            }

            int equals = line.IndexOf('=');
            if (current is null || equals <= 0)
            {
                continue;
            }

            current[line.Substring(0, equals).Trim()] = Unquote(line.Substring(equals + 1).Trim());
        }

        return sections;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[value.Length - 1] == '"') || (value[0] == '\'' && value[value.Length - 1] == '\''))
            ? value.Substring(1, value.Length - 2)
            : value;
}

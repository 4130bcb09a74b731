using System;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Counts the values pages give for one thing (a product's spelling, a folder's version) and names the most
/// common. Few distinct values ever compete, so a list searched in order beats a dictionary and allocates less.
/// </summary>
internal sealed class Votes
{
    private readonly List<string> _values = new();
    private readonly List<int> _counts = new();

    public void Add(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        int at = _values.IndexOf(value!);
        if (at < 0)
        {
            _values.Add(value!);
            _counts.Add(1);
        }
        else
        {
            _counts[at]++;
        }
    }

    /// <summary>The most common value, ties going to the ordinal-first one (so file order never matters); null when none was given.</summary>
    public string? Winner()
    {
        string? winner = null;
        int best = 0;
        for (int i = 0; i < _values.Count; i++)
        {
            if (_counts[i] > best || (_counts[i] == best && string.CompareOrdinal(_values[i], winner) < 0))
            {
                (winner, best) = (_values[i], _counts[i]);
            }
        }

        return winner;
    }

    public static string? MostCommon(IEnumerable<string?> values)
    {
        var votes = new Votes();
        foreach (string? value in values)
        {
            votes.Add(value);
        }

        return votes.Winner();
    }
}

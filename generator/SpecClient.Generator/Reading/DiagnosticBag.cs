using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>Collects the diagnostics of reading one file.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = new();

    public void Add(string id, string message, LocationInfo location) => _items.Add(new DiagnosticInfo(id, message, location));

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}

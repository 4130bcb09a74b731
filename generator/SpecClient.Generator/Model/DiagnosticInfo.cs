namespace SpecClient.Generator.Model;

/// <summary>A diagnostic as a value: descriptor id, formatted message and where it belongs.</summary>
internal sealed record DiagnosticInfo(string Id, string Message, LocationInfo Location);

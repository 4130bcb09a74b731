namespace SpecClient.Generator.Model;

/// <summary>An error code listed on a doc page.</summary>
internal sealed record ErrorCode(string Code, string? Message, int? HttpStatus, string? Description);

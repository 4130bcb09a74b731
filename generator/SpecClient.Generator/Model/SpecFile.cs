namespace SpecClient.Generator.Model;

/// <summary>A spec file's path, text and options: the input of the reading stage.</summary>
internal sealed record SpecFile(string Path, string Text, SpecOptions Options);

using System;
using System.Runtime.InteropServices;

namespace SpecClient.Generator.Reading;

/// <summary>
/// White space taken off a slice of text (<see cref="ReadOnlyMemory{T}"/>) as <see cref="string.Trim()"/> takes it off a
/// string (<see cref="char.IsWhiteSpace(char)"/>), giving a slice of the same text: netstandard2.0's MemoryExtensions trims
/// spans only. Code blocks are read as slices of their page (<see cref="CodeSample"/>).
/// </summary>
internal static class TextSlice
{
    public static ReadOnlyMemory<char> Trimmed(ReadOnlyMemory<char> text)
    {
        ReadOnlySpan<char> span = text.Span;
        ReadOnlySpan<char> rest = span.TrimStart();
        return text.Slice(span.Length - rest.Length, rest.TrimEnd().Length);
    }

    public static ReadOnlyMemory<char> TrimmedStart(ReadOnlyMemory<char> text)
    {
        ReadOnlySpan<char> span = text.Span;
        return text.Slice(span.Length - span.TrimStart().Length);
    }

    /// <summary>The slice as a string: the string it is a slice of when it is the whole of it (a code block copied whole).</summary>
    public static string ToText(ReadOnlyMemory<char> text) =>
        MemoryMarshal.TryGetString(text, out string? source, out int start, out int length) && start == 0 && length == source.Length ? source : text.ToString();
}

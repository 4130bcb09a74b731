using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace SpecClient.Generator;

/// <summary>A test of characters for <see cref="CharScan.First"/>: a quick one over a vector, and the exact one.</summary>
internal interface ICharTest
{
    /// <summary>False only when no character of the vector can pass <see cref="Is"/> (a superset test is fine).</summary>
    bool MayHold(Vector<ushort> chars);

    bool Is(char c);
}

/// <summary>
/// The first character that passes a test, a vector of characters (16 with AVX2) passed over at once where the quick test
/// rules them all out. netstandard2.0 has no IndexOfAny over a range or a set of ranges, and an IndexOfAny over many
/// characters builds its lookup map on every call. The test is a struct, so each use is compiled with its test inlined.
/// </summary>
internal static class CharScan
{
    /// <summary>The position of the first character from <paramref name="from"/> on that passes the test, or the text's length.</summary>
    public static int First<T>(ReadOnlySpan<char> text, int from, T test)
        where T : struct, ICharTest
    {
        int i = from;
        int width = Vector<ushort>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            while (text.Length - i >= width)
            {
                if (!test.MayHold(MemoryMarshal.Read<Vector<ushort>>(MemoryMarshal.AsBytes(text.Slice(i, width)))))
                {
                    i += width;
                    continue;
                }

                // The quick test flagged the vector: Chinese text does without a character passing, so the search goes on past it.
                for (int end = i + width; i < end; i++)
                {
                    if (test.Is(text[i]))
                    {
                        return i;
                    }
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (test.Is(text[i]))
            {
                return i;
            }
        }

        return text.Length;
    }
}

using System.Globalization;

namespace SpecClient.Generator.Emit;

/// <summary>The text of small non-negative numbers (switch cases, indices), made once instead of per use.</summary>
internal static class Numbers
{
    private static readonly string[] Small = Make(64);

    public static string Get(int value) =>
        value < Small.Length ? Small[value] : value.ToString(CultureInfo.InvariantCulture);

    private static string[] Make(int count)
    {
        var texts = new string[count];
        for (int i = 0; i < count; i++)
        {
            texts[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return texts;
    }
}

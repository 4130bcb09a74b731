using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecClient.Generator.Emit;

namespace SpecClient.Generator.Tests;

/// <summary>
/// String literals find the characters to escape a vector of characters at a time (<c>SourceWriter.NextEscape</c>):
/// every escaped character is found wherever it sits against the vector boundaries, among ASCII or wider text.
/// </summary>
public sealed class LiteralEscapeTests
{
    public static TheoryData<char, string> Escapes() => new()
    {
        { '"', "\\\"" },
        { '\\', "\\\\" },
        { '\n', "\\n" },
        { '\r', "\\r" },
        { '\t', "\\t" },
        { '\0', "\\u0000" },
        { '\u001f', "\\u001f" },
        { '\u0085', "\\u0085" },
        { '\u2028', "\\u2028" },
        { '\u2029', "\\u2029" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void An_escaped_character_is_found_at_every_position_of_a_long_text(char special, string escape)
    {
        // Fillers: plain ASCII, DEL and a space (the edges of the vector test's ranges), Chinese and a no-break
        // space (vectors flagged without an escape in them).
        foreach (char filler in new[] { 'a', '\u007f', ' ', '中', '\u00a0' })
        {
            for (int length = 1; length <= 70; length += 23)
            {
                for (int at = 0; at < length; at++)
                {
                    string text = new string(filler, at) + special + new string(filler, length - at - 1);
                    string literal = SourceWriter.Literal(text);

                    Assert.Equal("\"" + new string(filler, at) + escape + new string(filler, length - at - 1) + "\"", literal);
                    var parsed = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
                    Assert.Equal(text, parsed.Token.ValueText);
                }
            }
        }
    }

    [Fact]
    public void Escapes_in_a_row_and_at_both_ends_are_all_kept()
    {
        string text = "\"\"\r\n" + new string('x', 40) + "\\\"\t" + new string('中', 17) + "\n\"";

        string literal = SourceWriter.Literal(text);

        Assert.Equal("\"\\\"\\\"\\r\\n" + new string('x', 40) + "\\\\\\\"\\t" + new string('中', 17) + "\\n\\\"\"", literal);
    }
}

namespace SpecClient.Generator.Emit;

/// <summary>
/// What the user's compilation supports: <c>required</c> members (C# 11 and RequiredMemberAttribute) and
/// <c>init</c> accessors (C# 9 and IsExternalInit). Older targets get constructors and setters instead.
/// </summary>
internal sealed record EmitOptions(bool UseRequiredMembers, bool UseInit, bool LanguageSupported)
{
    public static readonly EmitOptions Modern = new(true, true, true);
}

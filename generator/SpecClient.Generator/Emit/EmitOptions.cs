namespace SpecClient.Generator.Emit;

/// <summary>
/// What the user's compilation supports: <c>required</c> members (C# 11 and RequiredMemberAttribute) and
/// <c>init</c> accessors (C# 9 and IsExternalInit). Older targets get constructors and setters instead.
/// <see cref="UseClientFactory"/>: the runtime's ISpecClientFactory (static abstract, .NET 7+ and C# 11) exists,
/// so clients can be created by dependency injection without reflection.
/// <see cref="UsePaginators"/>: IAsyncEnumerable and EnumeratorCancellationAttribute exist (.NET Core 3.0+, or
/// Microsoft.Bcl.AsyncInterfaces), so paging operations get their async-stream helpers.
/// </summary>
internal sealed record EmitOptions(bool UseRequiredMembers, bool UseInit, bool LanguageSupported, bool UseClientFactory = false, bool UsePaginators = false)
{
    public static readonly EmitOptions Modern = new(true, true, true, UsePaginators: true);
}

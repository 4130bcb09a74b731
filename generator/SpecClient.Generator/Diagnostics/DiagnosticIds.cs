namespace SpecClient.Generator.Diagnostics;

/// <summary>
/// The ids of every diagnostic the generator reports. Kept apart from the Roslyn descriptors so the reading
/// stage (shared with the command-line tool) does not depend on the compiler.
/// </summary>
internal static class DiagnosticIds
{
    public const string InternalError = "SPEC001";
    public const string NoOperationName = "SPEC002";
    public const string NoRequestTable = "SPEC003";
    public const string NoResponseTable = "SPEC004";
    public const string MalformedRow = "SPEC005";
    public const string UnknownType = "SPEC006";
    public const string AmbiguousNesting = "SPEC007";
    public const string UnknownProduct = "SPEC008";
    public const string UnsupportedParameter = "SPEC009";
    public const string DuplicateName = "SPEC010";
    public const string UnreadableSample = "SPEC011";
    public const string ConflictingPages = "SPEC012";
    public const string DuplicateOperation = "SPEC013";
    public const string LanguageVersion = "SPEC014";
    public const string NotInSample = "SPEC015";
    public const string UnsupportedSpec = "SPEC016";
    public const string CaseAlias = "SPEC017";
    public const string SampleFieldNotDocumented = "SPEC018";
    public const string PageMetadataDisagree = "SPEC019";
    public const string SampleTypeMismatch = "SPEC020";
}

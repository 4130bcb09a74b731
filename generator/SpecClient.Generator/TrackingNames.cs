namespace SpecClient.Generator;

/// <summary>Names of the pipeline steps, for incrementality tests.</summary>
internal static class TrackingNames
{
    public const string SpecFiles = "SpecFiles";
    public const string ReadPages = "ReadPages";
    public const string Layout = "Layout";
    public const string Resolve = "Resolve";
    public const string Disagreements = "Disagreements";
    public const string EmitOptions = "EmitOptions";
    public const string Operations = "Operations";
    public const string Clients = "Clients";
}

namespace SpecClient.Testing.Internal;

/// <summary>What a test asked an action to answer instead of its sample: a JSON body or an error.</summary>
internal sealed class ResponseOverride
{
    private ResponseOverride(string? json, EmulatorError? error)
    {
        Json = json;
        Error = error;
    }

    public string? Json { get; }

    public EmulatorError? Error { get; }

    public static ResponseOverride Success(string json) => new(json, null);

    public static ResponseOverride Failure(EmulatorError error) => new(null, error);
}

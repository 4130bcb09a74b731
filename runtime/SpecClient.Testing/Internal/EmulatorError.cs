namespace SpecClient.Testing.Internal;

/// <summary>An error answer: HTTP status plus the service's <c>Code</c> and <c>Message</c>.</summary>
internal sealed class EmulatorError
{
    public EmulatorError(int statusCode, string code, string message)
    {
        StatusCode = statusCode;
        Code = code;
        Message = message;
    }

    public int StatusCode { get; }

    public string Code { get; }

    public string Message { get; }

    /// <summary>Alibaba's shape for an absent parameter: <c>Missing&lt;Name&gt;</c>, "&lt;Name&gt; is mandatory for this action."</summary>
    public static EmulatorError Missing(string name) =>
        new(400, "Missing" + name, name + " is mandatory for this action.");
}

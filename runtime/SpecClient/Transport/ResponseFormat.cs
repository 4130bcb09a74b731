namespace SpecClient;

/// <summary>The format the service is asked to answer in (the <c>Format</c> common parameter).</summary>
public enum ResponseFormat
{
    /// <summary>JSON, the default.</summary>
    Json,

    /// <summary>
    /// XML. The transport converts the answer to JSON before the generated reader runs, so the same typed
    /// response comes back: repeated elements become lists, in both of the services' wrapper shapes.
    /// </summary>
    Xml,
}

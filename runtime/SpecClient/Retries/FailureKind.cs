namespace SpecClient;

/// <summary>Why an attempt failed, as far as retrying is concerned.</summary>
internal enum FailureKind
{
    /// <summary>Not retried: a 4xx, an unreadable body, anything else.</summary>
    Final,

    /// <summary>The service asked to slow down (throttling code, 429, 503): it did not act on the request.</summary>
    Throttled,

    /// <summary>No byte of the request reached the server (refused, not resolved, connect timeout).</summary>
    NotSent,

    /// <summary>A 5xx other than 503: the service may have acted on the request.</summary>
    ServerError,

    /// <summary>The connection broke after the request was sent: the service may have acted on it.</summary>
    LostAfterSend,

    /// <summary>The attempt's own time limit (or an injected HttpClient's Timeout) elapsed.</summary>
    AttemptTimeout,
}

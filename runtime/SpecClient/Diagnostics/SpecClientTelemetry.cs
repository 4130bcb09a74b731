namespace SpecClient;

/// <summary>
/// The names under which the transport reports: subscribe to them with OpenTelemetry
/// (<c>AddSource(SpecClientTelemetry.ActivitySourceName)</c>, <c>AddMeter(SpecClientTelemetry.MeterName)</c>) or with
/// an <see cref="System.Diagnostics.ActivityListener"/> / <see cref="System.Diagnostics.Metrics.MeterListener"/>.
/// </summary>
/// <remarks>
/// One client span per call (not per attempt: HttpClient's own spans show the attempts), named
/// <c>{product}/{action}</c>, with the tags <c>rpc.system</c> (<c>alibaba_cloud</c>), <c>rpc.service</c> (the product),
/// <c>rpc.method</c> (the action), <c>server.address</c>, <c>server.port</c>, and when known
/// <c>http.response.status_code</c>, <c>alibaba_cloud.request_id</c>, <c>specclient.attempts</c> and, for a failure,
/// <c>error.type</c> (the service's error code, else the status code, else the exception type) and
/// <c>alibaba_cloud.error_code</c>. Each retry adds a <c>specclient.retry</c> event.
/// </remarks>
public static class SpecClientTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: <c>SpecClient</c>.</summary>
    public const string ActivitySourceName = "SpecClient";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name: <c>SpecClient</c>.</summary>
    public const string MeterName = "SpecClient";

    /// <summary>The logger category: <c>SpecClient</c>.</summary>
    public const string LoggerCategory = "SpecClient";

    /// <summary>
    /// Histogram of whole-call durations in seconds, retries and waits included; tagged <c>rpc.system</c>,
    /// <c>rpc.service</c>, <c>rpc.method</c>, <c>server.address</c>, and <c>error.type</c> on failure.
    /// </summary>
    public const string CallDurationInstrument = "specclient.call.duration";

    /// <summary>
    /// Counter of retries (attempts after the first); tagged <c>rpc.service</c>, <c>rpc.method</c> and
    /// <c>specclient.retry.reason</c> (<c>throttling</c>, <c>server_error</c>, <c>connect_failure</c>,
    /// <c>connection_lost</c>, <c>timeout</c>).
    /// </summary>
    public const string RetriesInstrument = "specclient.call.retries";
}

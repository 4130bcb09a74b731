using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace SpecClient;

/// <summary>
/// The process-wide <see cref="ActivitySource"/> and <see cref="Meter"/> of SpecClient and the helpers that
/// write to them. Everything is a no-op costing a field read when nobody listens.
/// </summary>
internal static class Telemetry
{
    public const string RpcSystem = "alibaba_cloud";

    private static readonly string s_version = typeof(Telemetry).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static readonly ActivitySource Source = new(SpecClientTelemetry.ActivitySourceName, s_version);

    public static readonly Meter Meter = new(SpecClientTelemetry.MeterName, s_version);

    public static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>(
        SpecClientTelemetry.CallDurationInstrument, "s", "Duration of SpecClient calls, retries and waits included.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        SpecClientTelemetry.RetriesInstrument, "{retry}", "Attempts after the first of SpecClient calls.");

    /// <summary>Starts the span of one call, or returns null when no listener wants it.</summary>
    public static Activity? StartCall(OperationDescriptor operation, Uri endpoint)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        Activity? activity = Source.StartActivity(operation.Product + "/" + operation.Action, ActivityKind.Client);
        if (activity is not null && activity.IsAllDataRequested)
        {
            activity.SetTag("rpc.system", RpcSystem);
            activity.SetTag("rpc.service", operation.Product);
            activity.SetTag("rpc.method", operation.Action);
            activity.SetTag("server.address", endpoint.Host);
            activity.SetTag("server.port", endpoint.Port);
        }

        return activity;
    }

    public static void RecordRetry(Activity? activity, OperationDescriptor operation, string reason, int attempt, TimeSpan delay)
    {
        if (Retries.Enabled)
        {
            var tags = new TagList
            {
                { "rpc.system", RpcSystem },
                { "rpc.service", operation.Product },
                { "rpc.method", operation.Action },
                { "specclient.retry.reason", reason },
            };
            Retries.Add(1, tags);
        }

        if (activity is not null && activity.IsAllDataRequested)
        {
            activity.AddEvent(new ActivityEvent("specclient.retry", tags: new ActivityTagsCollection
            {
                { "specclient.attempt", attempt },
                { "specclient.retry.reason", reason },
                { "specclient.retry.delay_ms", delay.TotalMilliseconds },
            }));
        }
    }

    /// <summary>
    /// Ends the call: tags and status of the span, and the duration histogram. <c>errorType</c> is null on
    /// success, else the error code, status or exception type.
    /// </summary>
    public static void EndCall(
        Activity? activity,
        OperationDescriptor operation,
        Uri endpoint,
        double elapsedSeconds,
        int attempts,
        int status,
        string? requestId,
        string? errorCode,
        string? errorType,
        string? errorDescription)
    {
        if (CallDuration.Enabled)
        {
            var tags = new TagList
            {
                { "rpc.system", RpcSystem },
                { "rpc.service", operation.Product },
                { "rpc.method", operation.Action },
                { "server.address", endpoint.Host },
            };
            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }

            CallDuration.Record(elapsedSeconds, tags);
        }

        if (activity is null)
        {
            return;
        }

        if (activity.IsAllDataRequested)
        {
            activity.SetTag("specclient.attempts", attempts);
            if (status != 0)
            {
                activity.SetTag("http.response.status_code", status);
            }

            if (requestId is not null)
            {
                activity.SetTag("alibaba_cloud.request_id", requestId);
            }

            if (errorCode is not null)
            {
                activity.SetTag("alibaba_cloud.error_code", errorCode);
            }

            if (errorType is not null)
            {
                activity.SetTag("error.type", errorType);
            }
        }

        if (errorType is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, errorDescription);
        }

        activity.Dispose();
    }

    /// <summary>The <c>error.type</c> of a failure: the service's code, else the HTTP status, else the exception type.</summary>
    public static string ErrorType(Exception exception)
    {
        if (exception is ServiceException service)
        {
            return service.Code ?? service.StatusCode.ToString(CultureInfo.InvariantCulture);
        }

        return exception.GetType().FullName ?? exception.GetType().Name;
    }

    /// <summary>Seconds between two <see cref="Stopwatch.GetTimestamp"/> readings.</summary>
    public static double Seconds(long start, long end) => (end - start) / (double)Stopwatch.Frequency;
}

using System;
using Microsoft.Extensions.Logging;

namespace SpecClient;

/// <summary>
/// Every line the transport logs, as source-generated cached delegates (no formatting unless the level is on).
/// Structured fields: Product, Action, Attempt, Status, ErrorCode, RequestId. Nothing here may take a secret,
/// a security token, a request body or a URL with its query: the host and the AccessKeyId are the most it says.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "Sending", Level = LogLevel.Debug,
        Message = "Sending {Product} {Action} (attempt {Attempt}) to {Host} as AccessKeyId {AccessKeyId}")]
    public static partial void Sending(ILogger logger, string product, string action, int attempt, string host, string accessKeyId);

    [LoggerMessage(EventId = 2, EventName = "Succeeded", Level = LogLevel.Debug,
        Message = "{Product} {Action} succeeded with HTTP {Status} after {Attempt} attempt(s) in {ElapsedMs:0} ms (RequestId {RequestId})")]
    public static partial void Succeeded(ILogger logger, string product, string action, int status, int attempt, double elapsedMs, string? requestId);

    [LoggerMessage(EventId = 3, EventName = "Retrying", Level = LogLevel.Information,
        Message = "{Product} {Action} attempt {Attempt} failed ({Reason}, HTTP {Status} {ErrorCode}, RequestId {RequestId}); retrying in {DelayMs:0} ms")]
    public static partial void Retrying(ILogger logger, string product, string action, int attempt, string reason, int status, string? errorCode, string? requestId, double delayMs);

    [LoggerMessage(EventId = 4, EventName = "NotRetried", Level = LogLevel.Information,
        Message = "{Product} {Action} attempt {Attempt} failed ({Reason}, HTTP {Status}) and is not retried: {WhyNot}")]
    public static partial void NotRetried(ILogger logger, string product, string action, int attempt, string reason, int status, string whyNot);

    [LoggerMessage(EventId = 5, EventName = "Failed", Level = LogLevel.Warning,
        Message = "{Product} {Action} failed after {Attempt} attempt(s) in {ElapsedMs:0} ms: HTTP {Status} {ErrorCode} (RequestId {RequestId})")]
    public static partial void Failed(ILogger logger, string product, string action, int attempt, double elapsedMs, int status, string? errorCode, string? requestId, Exception? exception);

    [LoggerMessage(EventId = 6, EventName = "Canceled", Level = LogLevel.Debug,
        Message = "{Product} {Action} was canceled by the caller during attempt {Attempt}")]
    public static partial void Canceled(ILogger logger, string product, string action, int attempt);
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SpecClient.Signing;

namespace SpecClient.Testing.Internal;

/// <summary>
/// Answers one request the way an Alibaba Cloud endpoint does: resolve the action and version (for ROA, the
/// route: RequestPipeline.Roa.cs), authenticate, check required parameters, then answer the override or the
/// doc page's sample.
/// </summary>
internal sealed partial class RequestPipeline
{
    private const string JsonContentType = "application/json;charset=utf-8";
    private const string XmlContentType = "text/xml;charset=utf-8";

    private readonly OperationCatalog _operations;
    private readonly Authenticator _authenticator;
    private readonly RequestLog _log;
    private readonly TimeProvider _clock;
    private readonly ILogger? _logger;
    private readonly SlsLogStore _slsLogs;
    private readonly ConcurrentDictionary<string, ResponseOverride> _overrides = new(StringComparer.Ordinal);

    public RequestPipeline(OperationCatalog operations, Authenticator authenticator, RequestLog log, TimeProvider clock, ILogger? logger, SlsLogStore slsLogs)
    {
        _slsLogs = slsLogs;
        _operations = operations;
        _authenticator = authenticator;
        _log = log;
        _clock = clock;
        _logger = logger;
    }

    public void SetOverride(string action, ResponseOverride answer) => _overrides[action] = answer;

    public void ClearOverrides() => _overrides.Clear();

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString("D").ToUpperInvariant();
        var receivedAt = _clock.GetUtcNow();
        context.Response.Headers["x-acs-request-id"] = requestId;
        var exchange = new Exchange();
        IReadOnlyList<KeyValuePair<string, string>> parameters = Array.Empty<KeyValuePair<string, string>>();
        byte[] requestBody = Array.Empty<byte>();
        int status;
        string? errorCode = null;
        string body;
        string contentType;
        SlsAnswer? bytes = null;
        try
        {
            object outcome;
            try
            {
                var received = await ReceivedRequest.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
                parameters = Redact(received.Parameters);
                bool sls = IsSls(received);
                requestBody = sls ? SlsBody.ForLog(received) : received.Body;
                if (sls)
                {
                    // SLS names its request id in its own header (the x-acs one stays, for clients of either).
                    context.Response.Headers["x-log-requestid"] = requestId;
                }

                outcome = Evaluate(received, exchange, requestId);
                if (exchange.RoaParameters is { } roaParameters)
                {
                    parameters = parameters.Concat(roaParameters).ToArray();
                }
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                outcome = new EmulatorError(413, "RequestEntityTooLarge", "The request body is larger than the emulator accepts.");
            }

            if (outcome is EmulatorError error)
            {
                status = error.StatusCode;
                errorCode = error.Code;
                var hostId = context.Request.Host.HasValue ? context.Request.Host.Value : "127.0.0.1";
                body = exchange.WantsXml
                    ? ErrorResponses.Xml(error, requestId, hostId, exchange.Product)
                    : ErrorResponses.Json(error, requestId, hostId, exchange.Product);
                contentType = exchange.WantsXml ? XmlContentType : JsonContentType;
            }
            else if (outcome is SlsAnswer answer)
            {
                status = StatusCodes.Status200OK;
                bytes = answer;
                body = string.Empty;
                contentType = answer.ContentType;
            }
            else
            {
                var success = (Success)outcome;
                status = StatusCodes.Status200OK;
                body = success.Body;
                contentType = success.IsXml ? XmlContentType : JsonContentType;
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-body: nobody to answer.
            return;
        }
        catch (Exception e)
        {
            // A bug in the emulator should surface as the service's 500, not as a hung or reset connection.
            _logger?.LogError(e, "Emulator failed on request {RequestId}", requestId);
            status = StatusCodes.Status500InternalServerError;
            errorCode = "InternalError";
            body = ErrorResponses.Json(
                new EmulatorError(500, "InternalError", "The request processing has failed due to some unknown error, exception or failure."),
                requestId,
                "127.0.0.1",
                exchange.Product);
            contentType = JsonContentType;
        }

        _log.Add(new EmulatedRequest(
            requestId, receivedAt, context.Request.Method, exchange.Action, exchange.Version, exchange.Product,
            exchange.SignatureVersion, exchange.AccessKeyId, parameters, status, errorCode, requestBody, context.Request.ContentType));
        _logger?.LogInformation(
            "{Method} {Action} {Version} -> {Status} {Code} ({RequestId})",
            context.Request.Method, exchange.Action, exchange.Version, status, errorCode ?? "OK", requestId);

        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        if (bytes is not null)
        {
            foreach (var header in bytes.Headers)
            {
                context.Response.Headers[header.Key] = header.Value;
            }

            await context.Response.Body.WriteAsync(bytes.Body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Returns an <see cref="EmulatorError"/> or a <see cref="Success"/>.</summary>
    private object Evaluate(ReceivedRequest request, Exchange exchange, string requestId)
    {
        exchange.WantsXml = string.Equals(request.Parameter("Format"), "XML", StringComparison.OrdinalIgnoreCase);
        if (IsRoa(request))
        {
            return EvaluateRoa(request, exchange, requestId);
        }

        Acs3Authorization? acs3 = null;
        var authorization = request.Header("Authorization");
        if (authorization is not null)
        {
            exchange.Action = request.Header("x-acs-action") ?? request.Parameter("Action");
            exchange.Version = request.Header("x-acs-version") ?? request.Parameter("Version");
            if (!Acs3Authorization.TryParse(authorization, out acs3, out var problem))
            {
                exchange.Product = _operations.Find(exchange.Action ?? string.Empty).FirstOrDefault()?.Product;
                return new EmulatorError(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards. " + problem);
            }

            exchange.SignatureVersion = SignatureVersion.V3;
            exchange.AccessKeyId = acs3!.Credential;
        }
        else
        {
            exchange.SignatureVersion = SignatureVersion.V1;
            exchange.Action = request.Parameter("Action");
            exchange.Version = request.Parameter("Version");
            exchange.AccessKeyId = request.Parameter("AccessKeyId");
        }

        if (string.IsNullOrEmpty(exchange.Action))
        {
            return EmulatorError.Missing("Action");
        }

        var candidates = _operations.Find(exchange.Action!);
        if (candidates.Count == 0)
        {
            return new EmulatorError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
        }

        exchange.Product = candidates[0].Product;
        if (string.IsNullOrEmpty(exchange.Version))
        {
            return EmulatorError.Missing("Version");
        }

        var operation = candidates.FirstOrDefault(o => string.Equals(o.Version, exchange.Version, StringComparison.Ordinal));
        if (operation is null)
        {
            return new EmulatorError(400, "InvalidVersion", "Specified parameter Version is not valid.");
        }

        exchange.Product = operation.Product;
        var rejected = acs3 is null
            ? _authenticator.AuthenticateV1(request, exchange)
            : _authenticator.AuthenticateV3(request, acs3, exchange);
        if (rejected is not null)
        {
            return rejected;
        }

        // ROA operations reached through the root path with an RPC-style request are checked by EvaluateRoa only.
        if (operation.Style == ApiStyle.Rpc)
        {
            foreach (var required in operation.RequiredParameters)
            {
                if (!RequestParameters.IsPresent(required, request.Parameters))
                {
                    return EmulatorError.Missing(required);
                }
            }
        }

        if (_overrides.TryGetValue(operation.Action, out var answer))
        {
            return answer.Error ?? (object)new Success(answer.Json!, isXml: false);
        }

        return Sample(operation, exchange.WantsXml, requestId);
    }

    private static Success Sample(OperationDescriptor operation, bool wantsXml, string requestId)
    {
        if (wantsXml && !string.IsNullOrWhiteSpace(operation.SampleResponseXml))
        {
            var xml = operation.SampleResponseXml!.TrimStart();
            return new Success(xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml : ErrorResponses.XmlDeclaration + xml, isXml: true);
        }

        if (!string.IsNullOrWhiteSpace(operation.SampleResponseJson))
        {
            return new Success(operation.SampleResponseJson!, isXml: false);
        }

        // No sample on the page: the one field every answer has, equal to the x-acs-request-id header as on the real service.
        return wantsXml
            ? new Success(ErrorResponses.XmlDeclaration + "<" + operation.Action + "Response><RequestId>" + requestId + "</RequestId></" + operation.Action + "Response>", isXml: true)
            : new Success("{\"RequestId\":\"" + requestId + "\"}", isXml: false);
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Redact(IReadOnlyList<KeyValuePair<string, string>> parameters) =>
        parameters.Select(p => p.Key == "SecurityToken" ? new KeyValuePair<string, string>(p.Key, "***") : p).ToArray();

    private sealed class Success
    {
        public Success(string body, bool isXml)
        {
            Body = body;
            IsXml = isXml;
        }

        public string Body { get; }

        public bool IsXml { get; }
    }
}
